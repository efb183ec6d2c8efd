/**
 * The article body that near-duplicate detection compares: the document's text without the wire
 * layer's furniture (prefix lines, bylines, the dateline, credits) and without page-furniture lines
 * (see furniture-rules.ts), folded to lower-case words separated by single spaces.
 */
import type { Document, WireKind } from '../document/document.js';
import type { Span } from '../document/span.js';
import { furnitureRuleFor } from './furniture-rules.js';

/** Wire segment kinds left out of the body: all of them are publisher or agency furniture. */
export const DEDUP_WIRE_KINDS: ReadonlySet<WireKind> = new Set<WireKind>([
  'prefix',
  'byline',
  'dateline',
  'credit',
  'correction',
  'boilerplate',
]);

/** A stretch of the original text left out of the body, and the rule (wire or furniture) that said so. */
export interface RemovedStretch extends Span {
  readonly rule: string;
}

export interface DedupBodyDetail {
  readonly body: string;
  /** In text order, not overlapping; offsets into `doc.text`. */
  readonly removed: readonly RemovedStretch[];
}

/**
 * The normalized body used to compare articles. Example:
 * `dedupBody(wirePipeline.run(createDocument('HELSINKI (AP) — Trump met Putin.\n\nAdvertisement')))` → `'trump met putin'`.
 */
export function dedupBody(doc: Pick<Document, 'text' | 'layers'>): string {
  return explainDedupBody(doc).body;
}

/** `dedupBody` with the stretches it left out and why, for debugging and tests. */
export function explainDedupBody(doc: Pick<Document, 'text' | 'layers'>): DedupBodyDetail {
  const { text } = doc;
  const removed: RemovedStretch[] = [];
  let kept = '';
  let at = 0;
  for (const seg of doc.layers.wire ?? []) {
    if (!DEDUP_WIRE_KINDS.has(seg.kind) || seg.start < at || seg.end <= seg.start) continue;
    kept += keepLines(text, at, seg.start, removed);
    kept += '\n';
    removed.push({ start: seg.start, end: seg.end, rule: seg.rule });
    at = seg.end;
  }
  kept += keepLines(text, at, text.length, removed);
  return { body: normalizeBody(kept), removed };
}

/** The lines of `text[from, to)` that are not furniture; furniture lines go to `removed`. */
function keepLines(text: string, from: number, to: number, removed: RemovedStretch[]): string {
  const parts: string[] = [];
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const line = text.slice(lineStart, lineEnd);
    const rule = line.trim() === '' ? undefined : furnitureRuleFor(line);
    if (rule) removed.push({ start: lineStart, end: lineEnd, rule: rule.id });
    else parts.push(line);
    lineStart = lineEnd + 1;
  }
  return parts.join('\n');
}

const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ](?=\p{L})/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Case, punctuation and white space folded away: NFKC, lower case, apostrophes inside words
 * dropped (`Russia’s` → `russias`), every other run of non-word characters one space.
 * Example: `normalizeBody('“We’re fine,” Trump said.')` → `'were fine trump said'`.
 */
export function normalizeBody(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(INNER_APOSTROPHE, '');
  return (folded.match(WORD) ?? []).join(' ');
}
