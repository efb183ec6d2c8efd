/**
 * Small non-cryptographic 32-bit hashes for shingles and band keys: FNV-1a over a word's UTF-16
 * code units, and a MurmurHash3-style mix over a sequence of 32-bit values. Both are fixed
 * functions of their input, so a hash computed today equals one a store saved last year.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. Example: `fnv1a32('putin')`. */
export function fnv1a32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's final avalanche: spreads every input bit over the output. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 (x86, 32-bit) body over `count` 32-bit blocks starting at `from`, with a seed.
 * Example: `hashBlocks(Uint32Array.of(1, 2, 3), 0, 3, 0)`.
 */
export function hashBlocks(blocks: ArrayLike<number>, from: number, count: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < from + count; i++) {
    let k = Math.imul(blocks[i] ?? 0, C1);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, C2);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ (count * 4));
}
