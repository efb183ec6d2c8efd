/**
 * The scrapinghub article-extraction-benchmark metric (evaluate.py): `\w+` tokens (Unicode word
 * characters, as Python's `re` has them), 4-token shingles, TP/FP/FN from the multiset overlap of
 * shingles per page, precision and recall averaged over pages, F1 of the two averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens of a text. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * 4-token shingles with counts. As in evaluate.py, a text of fewer than n tokens (but at least one)
 * is one short shingle, so a short answer can still match.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const shingle = toks.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Match {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Same token sequence (the benchmark's "accuracy"). */
  readonly exact: boolean;
}

/** TP/FP/FN of predicted against expected shingles (multiset intersection). */
export function match(expected: string, predicted: string): Match {
  const want = shingles(expected);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  return { tp, fp, fn, exact: tokens(expected).join(' ') === tokens(predicted).join(' ') };
}

/**
 * Empty cases as evaluate.py defines them: nothing expected and nothing predicted scores 1 for
 * both; a page with nothing predicted (tp + fp = 0) is left out of the precision average, and a
 * page with nothing expected (tp + fn = 0) out of the recall average.
 */
function precision({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly exact: number;
}

/** Averaged precision and recall over pages, their F1, and the share of exact matches. */
export function score(matches: readonly Match[]): Scores {
  const p = mean(matches.filter((m) => m.tp + m.fp > 0).map(precision));
  const r = mean(matches.filter((m) => m.tp + m.fn > 0).map(recall));
  return {
    precision: p,
    recall: r,
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    exact: mean(matches.map((m) => (m.exact ? 1 : 0))),
  };
}
