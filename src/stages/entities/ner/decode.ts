/**
 * Viterbi decoding over a first-order model: each token's label score is the sum of its static
 * features, its document-history features, and features pairing the previous label with the word
 * and shape. Only well-formed BIO/BILOU sequences are considered. Training (a structured
 * perceptron) decodes the same way and compares paths.
 */
import type { PredictionHistory } from './history.js';
import { allowedAfter } from './labels.js';
import { addScores } from './perceptron.js';
import type { WeightTable } from './perceptron.js';
import { normalizeWord, wordShape } from './features.js';

/** Labels and weights: what decoding needs from a model. */
export interface Scorer {
  labels: readonly string[];
  table: WeightTable;
}

/** A decoded sentence and the features behind any (position, previous label) choice. */
export interface Decoded {
  labels: string[];
  /** Features of token `i` when preceded by `prev` (`<s>` at the start). */
  featuresAt(i: number, prev: string): string[];
}

function transitionFeatures(prev: string, lower: string, shape: string): string[] {
  return [`p1=${prev}`, `p1w=${prev}|${lower}`, `p1sh=${prev}|${shape}`];
}

interface Lattice {
  emit: Float64Array[];
  lower: string[];
  shapes: string[];
  local: string[][];
}

function lattice(
  scorer: Scorer,
  staticFeatures: readonly (readonly string[])[],
  words: readonly string[],
  history?: PredictionHistory,
): Lattice {
  const n = words.length;
  const out: Lattice = { emit: [], lower: [], shapes: [], local: [] };
  for (let i = 0; i < n; i++) {
    const norm = normalizeWord(words[i] ?? '');
    const local = [...(staticFeatures[i] ?? [])];
    history?.features(norm, local);
    const emit = new Float64Array(scorer.labels.length);
    addScores(scorer.table, local, emit);
    out.emit.push(emit);
    out.lower.push(norm.toLowerCase());
    out.shapes.push(wordShape(norm));
    out.local.push(local);
  }
  return out;
}

/** Rows of the transition features by previous label, indexed by word and shape. */
interface TransitionIndex {
  size: number;
  start: Map<string, number>;
  byWord: Map<string, Map<string, number>>;
  byShape: Map<string, Map<string, number>>;
}

// Built once per frozen table; a table still growing (in training) takes the string path.
const transitionIndexes = new WeakMap<WeightTable, TransitionIndex | 'growing'>();

function indexRow(map: Map<string, Map<string, number>>, rest: string, row: number): void {
  const bar = rest.indexOf('|');
  const prev = rest.slice(0, bar);
  const key = rest.slice(bar + 1);
  const inner = map.get(key) ?? new Map<string, number>();
  inner.set(prev, row);
  map.set(key, inner);
}

function transitionIndex(table: WeightTable): TransitionIndex | undefined {
  const known = transitionIndexes.get(table);
  if (known === 'growing') return undefined;
  if (known && known.size === table.index.size) return known;
  if (known) {
    transitionIndexes.set(table, 'growing');
    return undefined;
  }
  const out: TransitionIndex = {
    size: table.index.size,
    start: new Map(),
    byWord: new Map(),
    byShape: new Map(),
  };
  for (const [name, row] of table.index) {
    if (name.startsWith('p1=')) out.start.set(name.slice(3), row);
    else if (name.startsWith('p1w=')) indexRow(out.byWord, name.slice(4), row);
    else if (name.startsWith('p1sh=')) indexRow(out.byShape, name.slice(5), row);
  }
  transitionIndexes.set(table, out);
  return out;
}

function addRow(table: WeightTable, row: number | undefined, out: Float64Array): void {
  if (row === undefined) return;
  const base = row * table.nLabels;
  for (let k = 0; k < table.nLabels; k++) out[k] = (out[k] ?? 0) + (table.weights[base + k] ?? 0);
}

function transitionScores(scorer: Scorer, prev: string, lower: string, shape: string): Float64Array {
  const s = new Float64Array(scorer.labels.length);
  const index = transitionIndex(scorer.table);
  if (!index) {
    addScores(scorer.table, transitionFeatures(prev, lower, shape), s);
    return s;
  }
  addRow(scorer.table, index.start.get(prev), s);
  addRow(scorer.table, index.byWord.get(lower)?.get(prev), s);
  addRow(scorer.table, index.byShape.get(shape)?.get(prev), s);
  return s;
}

// allowed[p * L + k]: label k may follow label p; computed once per label set.
const allowedMatrices = new WeakMap<readonly string[], Uint8Array>();

function allowedMatrix(labels: readonly string[]): Uint8Array {
  const known = allowedMatrices.get(labels);
  if (known) return known;
  const L = labels.length;
  const bilou = labels.includes('U-PER');
  const m = new Uint8Array(L * L);
  for (let p = 0; p < L; p++) {
    for (let k = 0; k < L; k++)
      m[p * L + k] = allowedAfter(labels[p] ?? 'O', labels[k] ?? 'O', bilou) ? 1 : 0;
  }
  allowedMatrices.set(labels, m);
  return m;
}

function viterbiPath(scorer: Scorer, lat: Lattice): number[] {
  const { labels } = scorer;
  const L = labels.length;
  const bilou = labels.includes('U-PER');
  const allowed = allowedMatrix(labels);
  const n = lat.emit.length;
  let delta = new Float64Array(L).fill(-Infinity);
  const back: Int32Array[] = [];
  const start = transitionScores(scorer, '<s>', lat.lower[0] ?? '', lat.shapes[0] ?? '');
  for (let k = 0; k < L; k++) {
    if (allowedAfter('O', labels[k] ?? 'O', bilou)) delta[k] = (lat.emit[0]?.[k] ?? 0) + (start[k] ?? 0);
  }
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(L).fill(-Infinity);
    const ptr = new Int32Array(L);
    for (let p = 0; p < L; p++) {
      if (delta[p] === -Infinity) continue;
      const trans = transitionScores(scorer, labels[p] ?? 'O', lat.lower[i] ?? '', lat.shapes[i] ?? '');
      const emit = lat.emit[i];
      const from = delta[p] ?? 0;
      for (let k = 0; k < L; k++) {
        if (allowed[p * L + k] === 0) continue;
        const s = from + (trans[k] ?? 0) + (emit?.[k] ?? 0);
        if (s > (next[k] ?? -Infinity)) {
          next[k] = s;
          ptr[k] = p;
        }
      }
    }
    delta = next;
    back.push(ptr);
  }
  return backtrack(labels, delta, back, bilou);
}

function backtrack(
  labels: readonly string[],
  delta: Float64Array,
  back: readonly Int32Array[],
  bilou: boolean,
): number[] {
  // The last label must close any entity it is part of (no trailing B or I in BILOU).
  let best = -1;
  for (let k = 0; k < labels.length; k++) {
    if (!allowedAfter(labels[k] ?? 'O', 'O', bilou)) continue;
    if (best < 0 || (delta[k] ?? -Infinity) > (delta[best] ?? -Infinity)) best = k;
  }
  best = Math.max(best, 0);
  const path = [best];
  for (let i = back.length - 1; i >= 0; i--) path.unshift(back[i]?.[path[0] ?? 0] ?? 0);
  return path;
}

/**
 * Best label sequence for one sentence given its static features; records it in `history`.
 * @example decodeSentence(model, sentenceFeatures(words, res), words).labels // ['B-PER', 'L-PER', 'O']
 */
export function decodeSentence(
  scorer: Scorer,
  staticFeatures: readonly (readonly string[])[],
  words: readonly string[],
  history?: PredictionHistory,
): Decoded {
  if (words.length === 0) return { labels: [], featuresAt: () => [] };
  const lat = lattice(scorer, staticFeatures, words, history);
  const labels = viterbiPath(scorer, lat).map((k) => scorer.labels[k] ?? 'O');
  if (history) words.forEach((w, i) => history.record(normalizeWord(w), labels[i] ?? 'O'));
  return {
    labels,
    featuresAt: (i, prev) => [
      ...(lat.local[i] ?? []),
      ...transitionFeatures(prev, lat.lower[i] ?? '', lat.shapes[i] ?? ''),
    ],
  };
}
