/**
 * Event location on `eval/events/event-location/` (sentences with an annotated event verb and the
 * location spans of that event, or none). For each accepted sentence dateline analyses the text
 * and picks the event's place as the events stage does (`placeMentions`). A sentence is right when
 * the chosen place overlaps a gold location, or when both say there is none. Baseline in the same
 * run: the first place-typed name in the sentence. Gold spans are placed by their token indices:
 * in about a third of the records the character offsets hold token numbers instead (" McCoy was
 * captured in March in Las Vegas" marks "Las Vegas" as characters 7–8). The PETRARCH validation
 * suites are `npm run bench:petrarch`. Run with `npm run bench:events`; `--limit N` sentences.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { Document } from '../src/document/document.js';
import type { Span } from '../src/document/span.js';
import { analyze } from '../src/pipeline/analyze.js';
import { placeMentions } from '../src/stages/events/event-place.js';
import { printTable, writeResults } from './lib/report.js';
import type { Row } from './lib/report.js';
import { sharedPath } from './lib/shared.js';

const recordSchema = z.object({
  text: z.string(),
  answer: z.string().nullable().optional(),
  tokens: z.array(z.object({ start: z.number(), end: z.number() })).optional(),
  spans: z
    .array(
      z.object({
        start: z.number(),
        end: z.number(),
        token_start: z.number().optional(),
        token_end: z.number().optional(),
        label: z.string(),
      }),
    )
    .optional(),
});
type LocationRecord = z.infer<typeof recordSchema>;

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadRecords(zipPath: string): LocationRecord[] {
  // The file ships zipped; unzip -p streams the one member without writing anything.
  const json = execFileSync('unzip', ['-p', zipPath, 'labeled_text.jsonl'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  return z.array(recordSchema).parse(JSON.parse(json));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** A gold span in characters, from its token indices when the record has tokens. */
function goldSpan(r: LocationRecord, s: NonNullable<LocationRecord['spans']>[number]): Span {
  const first = s.token_start === undefined ? undefined : r.tokens?.[s.token_start];
  const last = s.token_end === undefined ? undefined : r.tokens?.[s.token_end];
  return first && last ? { start: first.start, end: last.end } : { start: s.start, end: s.end };
}

function firstPlace(doc: Document): Span | undefined {
  return (doc.layers.mentions ?? []).find((m) => m.kind === 'name' && PLACE_TYPES.has(m.type));
}

interface Tally {
  right: number;
  total: number;
  withPlace: { right: number; total: number };
  withoutPlace: { right: number; total: number };
}

const emptyTally = (): Tally => ({
  right: 0,
  total: 0,
  withPlace: { right: 0, total: 0 },
  withoutPlace: { right: 0, total: 0 },
});

function score(t: Tally, chosen: Span | undefined, gold: readonly Span[]): void {
  const right =
    gold.length === 0 ? chosen === undefined : chosen !== undefined && gold.some((g) => overlaps(g, chosen));
  const part = gold.length === 0 ? t.withoutPlace : t.withPlace;
  t.total++;
  part.total++;
  if (right) {
    t.right++;
    part.right++;
  }
}

function main(): void {
  const path = sharedPath('eval/events/event-location/labeled_text.jsonl.zip');
  if (!path) {
    console.log('skipped: eval/events/event-location/labeled_text.jsonl.zip not found');
    return;
  }
  const limit = Number(arg('limit') ?? Infinity);
  const records = loadRecords(path).filter(
    (r) => r.answer === 'accept' && (r.spans ?? []).filter((s) => s.label === 'VERB').length === 1,
  );
  const ours = emptyTally();
  const baseline = emptyTally();
  const t0 = performance.now();
  for (const r of records.slice(0, limit)) {
    const spans = (r.spans ?? []).map((s) => ({ ...goldSpan(r, s), label: s.label }));
    const verb = spans.find((s) => s.label === 'VERB');
    const gold = spans.filter((s) => s.label === 'LOCATION');
    const doc = analyze(r.text);
    score(ours, verb ? placeMentions(doc, { start: 0, end: r.text.length }, verb)[0] : undefined, gold);
    score(baseline, firstPlace(doc), gold);
  }
  const seconds = (performance.now() - t0) / 1000;
  const pct = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);
  const rows: Row[] = [
    [
      'dateline (placeMentions: place words, kinds of place, objects of place verbs; nearest the verb)',
      ours,
    ] as const,
    ['baseline: first place name in the sentence', baseline] as const,
  ].map(([system, t]) => ({
    system,
    sentences: t.total,
    'accuracy %': pct(t.right, t.total),
    'with a gold place %': pct(t.withPlace.right, t.withPlace.total),
    'no gold place %': pct(t.withoutPlace.right, t.withoutPlace.total),
  }));
  printTable('Event location (eval/events/event-location, accepted sentences with one event verb)', rows, 1);
  console.log(`\n${ours.total} sentences in ${seconds.toFixed(1)} s.`);
  writeResults('events', {
    method:
      'place chosen as the events stage does; right when it overlaps a gold location span, or when neither has one',
    rows,
    seconds,
  });
}

main();
