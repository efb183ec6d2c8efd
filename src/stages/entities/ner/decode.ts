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

function lattice(scorer: Scorer, staticFeatures: readonly (readonly string[])[], words: readonly string[], history?: PredictionHistory): Lattice {
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

function transitionScores(scorer: Scorer, prev: string, lower: string, shape: string): Float64Array {
  const s = new Float64Array(scorer.labels.length);
  addScores(scorer.table, transitionFeatures(prev, lower, shape), s);
  return s;
}

function viterbiPath(scorer: Scorer, lat: Lattice): number[] {
  const { labels } = scorer;
  const L = labels.length;
  const bilou = labels.includes('U-PER');
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
      const prev = labels[p] ?? 'O';
      const trans = transitionScores(scorer, prev, lat.lower[i] ?? '', lat.shapes[i] ?? '');
      for (let k = 0; k < L; k++) {
        if (!allowedAfter(prev, labels[k] ?? 'O', bilou)) continue;
        const s = (delta[p] ?? 0) + (trans[k] ?? 0) + (lat.emit[i]?.[k] ?? 0);
        if (s > (next[k] ?? -Infinity)) [next[k], ptr[k]] = [s, p];
      }
    }
    delta = next;
    back.push(ptr);
  }
  return backtrack(labels, delta, back, bilou);
}

function backtrack(labels: readonly string[], delta: Float64Array, back: readonly Int32Array[], bilou: boolean): number[] {
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
    featuresAt: (i, prev) => [...(lat.local[i] ?? []), ...transitionFeatures(prev, lat.lower[i] ?? '', lat.shapes[i] ?? '')],
  };
}
