/**
 * Non-local features for the second tagging pass (Ratinov & Roth 2009, "two-stage prediction
 * aggregation"): how the first pass labelled the same capitalised word elsewhere in the document,
 * which types the longer entities containing it had, and the first-pass labels around the token.
 */
import { normalizeWord } from './features.js';
import { ENTITY_TYPES, labelsToSpans } from './labels.js';

const SLOTS = ['O', ...ENTITY_TYPES];

type Counts = Map<string, number[]>;

function bump(counts: Counts, word: string, slot: number, by = 1): void {
  const row = counts.get(word) ?? SLOTS.map(() => 0);
  row[slot] = (row[slot] ?? 0) + by;
  counts.set(word, row);
}

function slotOf(label: string): number {
  return label === 'O' ? 0 : SLOTS.indexOf(label.slice(2));
}

function tally(
  words: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
): { tokens: Counts; spans: Counts } {
  const tokens: Counts = new Map();
  const spans: Counts = new Map();
  words.forEach((sentence, s) => {
    const sl = labels[s] ?? [];
    sentence.forEach((w, i) => {
      if (/^\p{Lu}/u.test(w)) bump(tokens, w, slotOf(sl[i] ?? 'O'));
    });
    for (const span of labelsToSpans(sl)) {
      if (span.end - span.start < 2) continue;
      for (let i = span.start; i < span.end; i++) bump(spans, sentence[i] ?? '', SLOTS.indexOf(span.type));
    }
  });
  return { tokens, spans };
}

function majority(row: readonly number[]): number {
  let best = -1;
  row.forEach((n, k) => {
    if (n > 0 && (best < 0 || n > (row[best] ?? 0))) best = k;
  });
  return best;
}

function wordFeatures(
  word: string,
  own: number,
  counts: { tokens: Counts; spans: Counts },
  out: string[],
): void {
  const row = [...(counts.tokens.get(word) ?? [])];
  if (own >= 0 && row[own] !== undefined) row[own] -= 1;
  const best = majority(row);
  if (best >= 0) out.push(`nl:maj=${SLOTS[best] ?? ''}`);
  row.forEach((n, k) => {
    if (n > 0) out.push(`nl:any=${SLOTS[k] ?? ''}`);
  });
  const inSpan = majority(counts.spans.get(word) ?? []);
  if (inSpan >= 0) out.push(`nl:span=${SLOTS[inSpan] ?? ''}`);
}

/**
 * Extra features per sentence and token from the first pass's BIO labels of a whole document.
 * @example nonLocalFeatures([['Clinton', 'won'], ['Clinton', 'left']], [['B-PER', 'O'], ['O', 'O']])[1]?.[0] // ['s1=O', …, 'nl:maj=PER', …]
 */
export function nonLocalFeatures(
  sentences: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
): string[][][] {
  const words = sentences.map((s) => s.map(normalizeWord));
  const counts = tally(words, labels);
  return words.map((sentence, s) => {
    const sl = labels[s] ?? [];
    return sentence.map((w, i) => {
      const out = [
        `s1=${sl[i] ?? 'O'}`,
        `s1-1|0=${sl[i - 1] ?? '<s>'}|${sl[i] ?? 'O'}`,
        `s1+1=${sl[i + 1] ?? '</s>'}`,
      ];
      if (/^\p{Lu}/u.test(w)) wordFeatures(w, slotOf(sl[i] ?? 'O'), counts, out);
      return out;
    });
  });
}
