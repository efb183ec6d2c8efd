/**
 * The wire stage reads a story's furniture — publisher prefix lines, bylines, the dateline, closing
 * credits — into `meta` (published, dateline, bylines, agencies) and marks each piece in the `wire`
 * layer. Nothing is deleted: the text stays as it came.
 */
import type { Document, Meta, WireSegment } from '../../document/document.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { toIsoDate } from '../../time/iso-date.js';
import { findAgency } from './agencies.js';
import { matchCredits } from './credits.js';
import type { DatelineMatch } from './dateline.js';
import { matchDateline } from './dateline.js';
import type { HeadMatch } from './head-rules.js';
import { matchHead } from './head-rules.js';
import { resolvePlace } from './resolve-place.js';

/** Datelines open the story; saved web pages put menus and captions first, so look further, carefully. */
const HEAD_WINDOW = 600;
const PAGE_WINDOW = 3000;
const MAX_LINES = 100;

export const wireStage: Stage = {
  name: 'wire',
  reads: ['meta'],
  writes: ['meta', 'wire'],
  run: runWire,
};

function runWire(doc: Document, context: StageContext): void {
  const { text } = doc;
  const head = matchHead(text, 0);
  const published = publicationDate(doc, head.matches, context);
  const dateline = findDateline(text, head.end, published);
  const credits = matchCredits(text);
  const segments: WireSegment[] = [
    ...head.matches.map((m) => ({ start: m.start, end: m.end, kind: m.kind, rule: m.rule })),
    ...(dateline
      ? [
          {
            start: dateline.start,
            end: trimEnd(text, dateline.start, dateline.end),
            kind: 'dateline' as const,
            rule: dateline.rule,
          },
        ]
      : []),
    ...credits.map((c) => ({ start: c.start, end: c.end, kind: 'credit' as const, rule: c.rule })),
  ];
  doc.layers.wire = segments.sort((a, b) => a.start - b.start);
  doc.provenance.wire = { stage: 'wire', rule: 'wire-rules/1' };

  const meta: Meta = doc.meta;
  if (published) meta.published = published;
  if (dateline) setDateline(doc, dateline, published);
  const bylines = unique([
    ...(meta.bylines ?? []),
    ...head.matches.flatMap((m) => m.bylines ?? []),
    ...credits.flatMap((c) => c.bylines),
  ]);
  if (bylines.length > 0) meta.bylines = bylines;
  const agencies = agencyChain(
    meta.agencies ?? [],
    head.matches,
    dateline,
    credits.flatMap((c) => c.agencies),
  );
  if (agencies.length > 0) meta.agencies = agencies;
}

/** Reader's date first (with `--date` as fallback), else the date a prefix line states. */
function publicationDate(
  doc: Document,
  head: readonly HeadMatch[],
  context: StageContext,
): string | undefined {
  const fromReader =
    doc.meta.published ?? (doc.meta.date !== undefined ? toIsoDate(doc.meta.date) : undefined);
  if (doc.meta.date !== undefined && fromReader === undefined) {
    doc.messages.push({
      severity: 'warning',
      reason: `publication date "${doc.meta.date.slice(0, 60)}" not understood`,
      rule: 'wire/bad-date',
      stage: 'wire',
    });
  }
  const fromText = head.map((m) => m.published).find((d) => d !== undefined);
  return fromReader ?? (fromText ? toIsoDate(fromText) : undefined) ?? context.defaultDate;
}

/** Datelines open a line: right after the head furniture, or at one of the first lines. */
function findDateline(text: string, afterHead: number, published?: string): DatelineMatch | undefined {
  const starts = [afterHead];
  for (
    let i = text.indexOf('\n');
    i !== -1 && i < PAGE_WINDOW && starts.length < MAX_LINES;
    i = text.indexOf('\n', i + 1)
  ) {
    starts.push(i + 1);
  }
  for (const raw of starts) {
    let at = raw;
    while (at < text.length && /\s/u.test(text[at] ?? '')) at++;
    if (at >= PAGE_WINDOW) continue;
    const found = matchDateline(text, at, published);
    if (found && (at < HEAD_WINDOW || plausibleDeepDateline(found))) return found;
  }
  return undefined;
}

/** Past the head, a line like "UPDATE — …" is not a dateline: it needs an agency or a known place. */
function plausibleDeepDateline(found: DatelineMatch): boolean {
  if (found.agencies.length > found.unknownAgencies.length) return true;
  return found.place !== '' && resolvePlace(found.place, found.qualifiers).via !== 'unresolved';
}

function setDateline(doc: Document, d: DatelineMatch, published?: string): void {
  const span = { start: d.start, end: trimEnd(doc.text, d.start, d.end) };
  if (d.place === '') {
    doc.messages.push({
      severity: 'info',
      reason: 'dateline names no place',
      rule: 'wire/dateline-no-place',
      stage: 'wire',
      span,
    });
    return;
  }
  const place = resolvePlace(d.place, d.qualifiers);
  const date = d.date ?? published;
  doc.meta.dateline = {
    place: place.place,
    ...(place.country ? { country: place.country } : {}),
    ...(place.countryName ? { countryName: place.countryName } : {}),
    ...(place.region ? { region: place.region } : {}),
    ...(date ? { date } : {}),
    span,
    rule: d.rule,
  };
  if (place.via === 'unresolved') {
    doc.messages.push({
      severity: 'info',
      reason: `dateline place "${place.place}" not in the gazetteer`,
      rule: 'wire/place-unresolved',
      stage: 'wire',
      span,
    });
  }
  for (const name of d.unknownAgencies) {
    doc.messages.push({
      severity: 'info',
      reason: `"${name}" taken as an agency but not in the agency lexicon`,
      rule: 'wire/unknown-agency',
      stage: 'wire',
      span,
    });
  }
}

/**
 * Credit chain, originating agency first: an agency byline ("by Xinhua writers"), then the
 * dateline credit read innermost-first ("NNN-XINHUA": Xinhua carried by NNN), then outer carriers
 * from prefix lines and closing credits.
 */
function agencyChain(
  given: readonly string[],
  head: readonly HeadMatch[],
  d: DatelineMatch | undefined,
  closing: readonly string[],
): string[] {
  const canonical = (name: string): string => findAgency(name)?.name ?? name;
  const origins = head.flatMap((m) => (m.origin ? [m.origin] : []));
  const datelineCredit = [...(d?.agencies ?? [])].reverse();
  const carriers = head.flatMap((m) => m.agencies ?? []);
  return unique(
    [...origins, ...datelineCredit, ...[...closing].reverse(), ...carriers, ...given].map(canonical),
  );
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => v.trim() !== '' && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}
