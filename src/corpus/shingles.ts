/**
 * Word shingles: every run of `k` consecutive words of a dedup body, hashed to 32 bits, kept as a
 * sorted set without repeats (a `Uint32Array`, so sets compare by merging and store compactly).
 */
import { DatelineError } from '../document/errors.js';
import { fnv1a32, hashBlocks } from './hash.js';

/** Words per shingle: five is long enough that shared phrases are rare between different stories. */
export const DEFAULT_SHINGLE_SIZE = 5;

/** Seed of the shingle hash; changing it changes every stored signature. */
const SHINGLE_SEED = 0x5eed5111;

/**
 * The hashed `k`-word shingles of a body (words split on spaces), sorted ascending, unique. A body
 * of fewer than `k` words (but at least one) is one shingle. Example: `shingleSet('a b c d e f', 5).length` → 2.
 */
export function shingleSet(body: string, k: number = DEFAULT_SHINGLE_SIZE): Uint32Array {
  if (!Number.isInteger(k) || k < 1) {
    throw new DatelineError('E_USAGE', `shingle size must be a whole number ≥ 1, got ${k}`);
  }
  const words = body.split(' ').filter((w) => w !== '');
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = Uint32Array.from(words, fnv1a32);
  const width = Math.min(k, words.length);
  const count = words.length - width + 1;
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hashBlocks(wordHashes, i, width, SHINGLE_SEED);
  hashes.sort();
  return uniqueSorted(hashes);
}

function uniqueSorted(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] ?? 0;
    if (i === 0 || v !== sorted[n - 1]) sorted[n++] = v;
  }
  return sorted.slice(0, n);
}
