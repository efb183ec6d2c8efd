/**
 * Distributional word clusters for the NER features, a cheap stand-in for Brown clusters: each
 * frequent word is described by PPMI-weighted counts of its left and right neighbours, then
 * grouped by spherical k-means into a tree, three levels (64 → 8 → 4) by default. A word's path is
 * `a/b/c`; the tagger uses each level as a feature. Deterministic for a fixed seed.
 */
import { clusterTree, normalizeRows } from './cluster-tree.js';
import { seededRandom } from './train-loop.js';

interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

const CONTEXTS = 1000;
const ITERATIONS = 8;

/** How to cluster: words kept, seed, and the number of branches at each level of the tree. */
export interface ClusterOptions {
  minCount: number;
  seed: number;
  branching: readonly number[];
}

const DEFAULTS: ClusterOptions = { minCount: 4, seed: 7, branching: [64, 8, 4] };

function countWords(lines: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const w of line) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function byFrequency(counts: Map<string, number>, minCount: number): string[] {
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

function contextVectors(lines: readonly string[][], vocab: readonly string[]): SparseVector[] {
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(vocab.slice(0, CONTEXTS).map((w, i) => [w, i]));
  const rows = vocab.map(() => new Map<number, number>());
  const ctxTotals = new Float64Array(2 * CONTEXTS);
  const bump = (row: Map<number, number>, c: number): void => {
    row.set(c, (row.get(c) ?? 0) + 1);
    ctxTotals[c] = (ctxTotals[c] ?? 0) + 1;
  };
  for (const line of lines) {
    line.forEach((w, i) => {
      const row = rows[wordId.get(w) ?? -1];
      if (!row) return;
      const left = ctxId.get(line[i - 1] ?? '<s>');
      const right = ctxId.get(line[i + 1] ?? '</s>');
      if (left !== undefined) bump(row, left);
      if (right !== undefined) bump(row, CONTEXTS + right);
    });
  }
  return rows.map((row) => ppmi(row, ctxTotals));
}

function ppmi(row: Map<number, number>, ctxTotals: Float64Array): SparseVector {
  let rowTotal = 0;
  for (const n of row.values()) rowTotal += n;
  const all = ctxTotals.reduce((a, b) => a + b, 0);
  const entries = [...row].map(
    ([c, n]) => [c, Math.max(0, Math.log((n * all) / (rowTotal * (ctxTotals[c] ?? 1))))] as const,
  );
  const kept = entries.filter(([, v]) => v > 0);
  const norm = Math.sqrt(kept.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return {
    idx: Int32Array.from(kept.map(([c]) => c)),
    val: Float64Array.from(kept.map(([, v]) => v / norm)),
  };
}

function dot(v: SparseVector, centroids: Float64Array, k: number, dims: number): number {
  let s = 0;
  const base = k * dims;
  for (let j = 0; j < v.idx.length; j++) s += (v.val[j] ?? 0) * (centroids[base + (v.idx[j] ?? 0)] ?? 0);
  return s;
}

function recompute(
  vectors: readonly SparseVector[],
  members: readonly number[],
  assign: Int32Array,
  k: number,
  dims: number,
): Float64Array {
  const c = new Float64Array(k * dims);
  members.forEach((m, i) => {
    const v = vectors[m];
    const base = (assign[i] ?? 0) * dims;
    if (v)
      for (let j = 0; j < v.idx.length; j++)
        c[base + (v.idx[j] ?? 0)] = (c[base + (v.idx[j] ?? 0)] ?? 0) + (v.val[j] ?? 0);
  });
  normalizeRows(c, k, dims);
  return c;
}

/** Spherical k-means over `members` (indices into vectors); returns each member's cluster. */
function kmeans(
  vectors: readonly SparseVector[],
  members: readonly number[],
  k: number,
  random: () => number,
): Int32Array {
  const dims = 2 * CONTEXTS;
  const assign = new Int32Array(members.length);
  if (members.length <= k) return assign.map((_, i) => i);
  // Seeds are drawn from the more frequent half, whose vectors are the least noisy.
  const seeds = new Set<number>();
  while (seeds.size < k) seeds.add(Math.floor(random() * Math.max(k, members.length / 2)));
  const seedList = [...seeds];
  seedList.forEach((s, q) => (assign[q] = q));
  let centroids = recompute(
    vectors,
    seedList.map((s) => members[s] ?? 0),
    assign,
    k,
    dims,
  );
  for (let it = 0; it < ITERATIONS; it++) {
    members.forEach((m, i) => {
      const v = vectors[m];
      let best = 0;
      let bestScore = -Infinity;
      for (let q = 0; q < k && v; q++) {
        const s = dot(v, centroids, q, dims);
        if (s > bestScore) [best, bestScore] = [q, s];
      }
      assign[i] = best;
    });
    centroids = recompute(vectors, members, assign, k, dims);
  }
  return assign;
}

/** word → cluster path for every word seen at least `minCount` times. */
export function buildClusters(
  lines: readonly string[][],
  options: Partial<ClusterOptions> = {},
): Map<string, string> {
  const { minCount, seed, branching } = { ...DEFAULTS, ...options };
  const vocab = byFrequency(countWords(lines), minCount);
  const vectors = contextVectors(lines, vocab);
  const random = seededRandom(seed);
  const paths = clusterTree(vocab.length, branching, (members, k) => kmeans(vectors, members, k, random));
  return new Map(vocab.map((w, i) => [w, paths[i] ?? '']));
}
