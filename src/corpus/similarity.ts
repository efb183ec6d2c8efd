/**
 * Exact overlap of two shingle sets, and the near-copy decision built on it. Thresholds are
 * named constants chosen by measurement on the Helsinki syndication set (bench/dedup.ts).
 */

/** How two shingle sets overlap. `containment` is |A∩B| / min(|A|, |B|). */
export interface ShingleOverlap {
  readonly intersection: number;
  readonly jaccard: number;
  readonly containment: number;
  /** Size of the smaller set, and of the larger. */
  readonly smaller: number;
  readonly larger: number;
}

/** Overlap of two sorted, repeat-free shingle sets (as `shingleSet` makes). Empty sets overlap nothing. */
export function compareShingles(a: ArrayLike<number>, b: ArrayLike<number>): ShingleOverlap {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const smaller = Math.min(a.length, b.length);
  const larger = Math.max(a.length, b.length);
  const union = a.length + b.length - both;
  return {
    intersection: both,
    jaccard: union === 0 ? 0 : both / union,
    containment: smaller === 0 ? 0 : both / smaller,
    smaller,
    larger,
  };
}

/** Jaccard similarity of two shingle sets. Example: `jaccard(shingleSet(a), shingleSet(b))`. */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return compareShingles(a, b).jaccard;
}

/** Containment |A∩B| / min(|A|, |B|) of two shingle sets. */
export function containment(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return compareShingles(a, b).containment;
}

/**
 * Thresholds, measured on the Helsinki set (612 pages, every pair compared; see bench/dedup.ts).
 * Pairs at Jaccard ≥ 0.5 were all the same story: syndicated copies with another headline, byline,
 * photo caption or a paragraph changed, and wire write-throughs that keep most paragraphs. Between
 * 0.3 and 0.5 lie write-throughs rewritten from the top, and different stories by one agency
 * sharing background paragraphs; these are left out. Different stories that reuse the same quotes
 * or tweets share at most about half of the smaller body's shingles (containment ≈ 0.5, Jaccard
 * ≈ 0.15), so containment alone must reach 0.8 — which truncated copies, excerpts and pages with
 * extra furniture do — and only for a body of at least 50 shingles (about 54 words): below that one
 * shared paragraph or caption would be enough.
 */
export const NEAR_COPY_JACCARD = 0.5;
export const NEAR_COPY_CONTAINMENT = 0.8;
export const MIN_CONTAINED_SHINGLES = 50;

export type NearCopyRule = 'near-copy/jaccard' | 'near-copy/containment';

/** The rule by which two sets are near copies, or undefined when they are not. */
export function nearCopyRule(overlap: ShingleOverlap): NearCopyRule | undefined {
  if (overlap.smaller === 0) return undefined;
  if (overlap.jaccard >= NEAR_COPY_JACCARD) return 'near-copy/jaccard';
  if (overlap.containment >= NEAR_COPY_CONTAINMENT && overlap.smaller >= MIN_CONTAINED_SHINGLES) {
    return 'near-copy/containment';
  }
  return undefined;
}

/**
 * Whether two articles are copies of one story: Jaccard ≥ `NEAR_COPY_JACCARD`, or containment ≥
 * `NEAR_COPY_CONTAINMENT` with the smaller body at least `MIN_CONTAINED_SHINGLES` shingles. An
 * empty body is nobody's copy. Example: `isNearCopy(compareShingles(shingleSet(a), shingleSet(b)))`.
 */
export function isNearCopy(overlap: ShingleOverlap): boolean {
  return nearCopyRule(overlap) !== undefined;
}
