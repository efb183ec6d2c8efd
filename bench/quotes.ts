/**
 * Quote attribution accuracy on PolNeAR: content-token P/R/F1, Gender Gap Tracker-style matching
 * (lenient ≥ 30 %, strict ≥ 80 % of a gold content's word tokens covered, one-to-one) and speaker
 * accuracy on matched pairs, for attributions with a speech-verb cue and for all attributions.
 *
 *   npm run bench:quotes                        dev split
 *   npm run bench:quotes -- --split train       another split (test only to report, as the data asks)
 *   npm run bench:quotes -- --limit 20          the first 20 articles
 *   npm run bench:quotes -- --errors 10         up to 10 misses, false alarms and speaker errors
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { printTable, writeResults } from './lib/report.js';
import type { Row } from './lib/report.js';
import { sharedPath } from './lib/shared.js';
import {
  SUBSETS,
  addCounts,
  emptyCounts,
  goldInSubset,
  parseVerbList,
  predictionInSubset,
  predictionsFromDocument,
  scoreDocument,
  speakerCorrect,
  summarize,
} from './lib/quote-score.js';
import type { Counts, GoldAttribution, Pair, PredictedQuote, SubsetName } from './lib/quote-score.js';
import { analyze } from '../src/pipeline/analyze.js';
import type { Span } from '../src/document/span.js';

const DATA = 'eval/quotes/polnear/polnear_attributions.jsonl';
const VERBS = 'eval/quotes/quote_verb_list_en.txt';
const SPLITS = ['train', 'dev', 'test'] as const;

const part = z.object({ frags: z.array(z.tuple([z.number(), z.number()])), text: z.string() });
const key = z.object({ compartment: z.string(), filename: z.string() });
const record = key.extend({
  date: z.string(),
  text: z.string(),
  attributions: z.array(
    z.object({ id: z.string(), source: part.optional(), cue: part.optional(), content: part.optional() }),
  ),
});
type PolnearRecord = z.infer<typeof record>;

const ANCHORS: Row[] = [
  {
    system: 'Gender Gap Tracker (own gold set)',
    subset: 'speech-verb',
    'lenient F1': 83.7,
    'strict F1': 76.1,
    'speaker acc': 87,
  },
  {
    system: 'target (at least)',
    subset: 'speech-verb',
    'lenient F1': 90,
    'strict F1': 80,
    'speaker acc': 93,
  },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The split's articles, first record per (compartment, filename): a few have several annotators. */
function loadArticles(path: string, split: string): PolnearRecord[] {
  const seen = new Set<string>();
  const out: PolnearRecord[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const json: unknown = JSON.parse(line);
    // parc3-replication records have no text (it is in the Penn Treebank), so only the split is read in full.
    const { compartment, filename } = key.parse(json);
    const id = `${compartment}/${filename}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (compartment === split) out.push(record.parse(json));
  }
  return out;
}

const spans = (frags: readonly (readonly [number, number])[]): Span[] =>
  frags.map(([start, end]) => ({ start, end }));

function golds(r: PolnearRecord): GoldAttribution[] {
  return r.attributions.flatMap((a) =>
    a.content
      ? [
          {
            id: a.id,
            content: spans(a.content.frags),
            ...(a.source ? { source: spans(a.source.frags) } : {}),
            ...(a.cue ? { cue: a.cue.text } : {}),
          },
        ]
      : [],
  );
}

/** Development listing: speech-verb misses, false alarms and wrong speakers, with some context. */
class ErrorLog {
  readonly missed: string[] = [];
  readonly spurious: string[] = [];
  readonly speakers: string[] = [];
  constructor(private readonly limit: number) {}

  add(
    r: PolnearRecord,
    golds: readonly GoldAttribution[],
    preds: readonly PredictedQuote[],
    pairs: readonly Pair[],
    verbs: ReadonlySet<string>,
  ): void {
    const show = (s: readonly Span[]): string => context(r.text, s);
    const byGold = new Map(pairs.map((p) => [p.gold, p.pred]));
    const byPred = new Set(pairs.map((p) => p.pred));
    golds.forEach((g, i) => {
      const pred = preds[byGold.get(i) ?? -1];
      if (!goldInSubset(g, 'speech-verb', verbs)) return;
      if (pred === undefined) {
        // Whether a prediction touched this attribution (a boundary problem) or none did (a miss).
        const touched = preds.find((p) =>
          p.content.some((a) => g.content.some((b) => a.start < b.end && b.start < a.end)),
        );
        const how = touched ? `partly by ${touched.id} (${touched.rule})` : 'untouched';
        this.push(this.missed, `${r.filename} ${g.id} ${how} cue "${g.cue ?? ''}": ${show(g.content)}`);
      } else if (g.source && !speakerCorrect(pred, g.source)) {
        const said = pred.speaker ? `"${r.text.slice(pred.speaker.start, pred.speaker.end)}"` : 'none';
        const gold = g.source.map((s) => r.text.slice(s.start, s.end)).join(' … ');
        this.push(
          this.speakers,
          `${r.filename} ${pred.id} (${pred.rule}) speaker ${said}, gold "${gold}": ${show(g.content)}`,
        );
      }
    });
    preds.forEach((p, i) => {
      if (byPred.has(i) || !predictionInSubset(p, 'speech-verb', verbs)) return;
      this.push(
        this.spurious,
        `${r.filename} ${p.id} ${p.kind} (${p.rule}) cue "${p.cue ?? ''}": ${show(p.content)}`,
      );
    });
  }

  private push(list: string[], line: string): void {
    if (list.length < this.limit) list.push(line);
  }

  print(): void {
    for (const [title, list] of [
      ['speech-verb gold not matched (lenient)', this.missed],
      ['speech-verb predictions not matched (lenient)', this.spurious],
      ['wrong speaker on matched pairs', this.speakers],
    ] as const) {
      console.log(`\n${title}: ${list.length}`);
      for (const line of list) console.log(`  ${line}`);
    }
  }
}

/** The spans in ⟦ ⟧ with about 40 characters either side, on one line; long spans shortened. */
function context(text: string, s: readonly Span[]): string {
  const first = s[0];
  const last = s[s.length - 1];
  if (!first || !last) return '';
  let inner = text.slice(first.start, last.end);
  if (inner.length > 200) inner = `${inner.slice(0, 95)} … ${inner.slice(-95)}`;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const after = text.slice(last.end, last.end + 40);
  return `…${before}⟦${inner}⟧${after}…`.replace(/\s+/g, ' ');
}

function tableRows(counts: Record<SubsetName, Counts>): Row[] {
  const rows: Row[] = SUBSETS.map((subset) => {
    const s = summarize(counts[subset]);
    return {
      system: 'dateline',
      subset,
      ...{ 'token P': s.token.P, 'token R': s.token.R, 'token F1': s.token.F1 },
      ...{ 'lenient P': s.lenient.P, 'lenient R': s.lenient.R, 'lenient F1': s.lenient.F1 },
      ...{ 'strict P': s.strict.P, 'strict R': s.strict.R, 'strict F1': s.strict.F1 },
      speaker: `${s.speaker.right}/${s.speaker.pairs}`,
      'speaker acc': s.speaker.accuracy,
      'n gold': counts[subset].gold,
      'n pred': counts[subset].pred,
    };
  });
  return [...rows, ...ANCHORS];
}

function kindRows(counts: Record<SubsetName, Counts>): Row[] {
  return SUBSETS.flatMap((subset) =>
    Object.entries(counts[subset].kinds).map(([kind, k]) => ({
      subset,
      kind,
      predicted: k.pred,
      'matched (lenient)': k.matched,
      precision: k.pred === 0 ? 0 : (100 * k.matched) / k.pred,
    })),
  );
}

interface Run {
  readonly counts: Record<SubsetName, Counts>;
  readonly loadSeconds: number;
  readonly seconds: number;
}

function evaluate(articles: readonly PolnearRecord[], verbs: ReadonlySet<string>, errors: ErrorLog): Run {
  const counts = { 'speech-verb': emptyCounts(), all: emptyCounts() };
  const loadStart = performance.now();
  analyze('Warm-up: models load on first use, so loading is timed apart.');
  const loadSeconds = (performance.now() - loadStart) / 1000;
  let seconds = 0;
  for (const r of articles) {
    const t0 = performance.now();
    const doc = analyze({ text: r.text, meta: { published: r.date } });
    seconds += (performance.now() - t0) / 1000;
    const preds = predictionsFromDocument(doc);
    const scored = scoreDocument(r.text, golds(r), preds, verbs);
    for (const subset of SUBSETS) addCounts(counts[subset], scored.counts[subset]);
    errors.add(r, scored.golds, preds, scored.lenient, verbs);
  }
  return { counts, loadSeconds, seconds };
}

function report(split: string, articles: number, run: Run): void {
  const { counts, loadSeconds, seconds } = run;
  const rows = tableRows(counts);
  printTable(`Quote attribution, PolNeAR ${split} (${articles} articles; %)`, rows, 1);
  printTable('Predictions by kind', kindRows(counts), 1);
  const perSecond = seconds === 0 ? 0 : articles / seconds;
  const speed = `${articles} articles in ${seconds.toFixed(2)} s: ${perSecond.toFixed(1)} articles/s`;
  console.log(`\n${speed} (model load ${loadSeconds.toFixed(2)} s apart)`);
  writeResults('quotes', {
    data: `PolNeAR v1.0.0 ${split} (first annotator's record per article)`,
    split,
    articles,
    matching:
      "word tokens /[\\p{L}\\p{N}]+(?:['’]\\p{L}+)*/u wholly inside a span; a prediction matches a gold " +
      'attribution when it covers ≥ 30 % (lenient) or ≥ 80 % (strict) of the gold content tokens, ' +
      'one-to-one, greedy by largest overlap; speaker right when the speaker span or a mention of its ' +
      'entity overlaps the gold source; speech-verb subset: cue has a GGT quote verb or "according to" ' +
      '(predictions without a cue count as speech); gold without word content ignored',
    subsets: Object.fromEntries(SUBSETS.map((s) => [s, { ...summarize(counts[s]), counts: counts[s] }])),
    loadSeconds,
    seconds,
    articlesPerSecond: perSecond,
    table: rows,
  });
}

function main(): void {
  const split = arg('split') ?? 'dev';
  if (!(SPLITS as readonly string[]).includes(split)) {
    console.log(`--split must be one of ${SPLITS.join(', ')}, not ${split}`);
    process.exitCode = 1;
    return;
  }
  const dataPath = sharedPath(DATA);
  const verbPath = dataPath && sharedPath(VERBS);
  if (!dataPath || !verbPath) return;
  const verbs = parseVerbList(readFileSync(verbPath, 'utf8'));
  const articles = loadArticles(dataPath, split).slice(0, Number(arg('limit') ?? Infinity));
  const errors = new ErrorLog(Number(arg('errors') ?? 0));
  const run = evaluate(articles, verbs, errors);
  if (arg('errors') !== undefined) errors.print();
  report(split, articles.length, run);
}

main();
