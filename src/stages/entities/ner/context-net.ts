/**
 * The window network: a small neural tagger (Collobert et al. 2011, "window approach") whose
 * guesses the perceptron reads as features. Each word of a five-word window is looked up in a
 * table of 32-dimensional word embeddings (pre-trained GloVe vectors projected by a learned
 * matrix, `scripts/ner/context-network.ts`) and joined with a few spelling flags; one hidden
 * layer then scores the nine BIO labels of the middle word. Unlike the perceptron's features, the
 * embeddings let "minister", "coach" or "shares of" near an unseen name count as what they mean.
 */
import type { WordInfo } from './word-info.js';

/** A trained window network, as the tagger runs it. */
export interface ContextNet {
  /** BIO labels scored, in output order. */
  classes: readonly string[];
  /** Embedding dimensions per word. */
  dims: number;
  hidden: number;
  /** word (lower case) → row of `embeddings`. */
  rows: ReadonlyMap<string, number>;
  /** rows × dims. */
  embeddings: Float32Array;
  /** hidden × inputs, hidden; classes × hidden, classes. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

/** The key under which a sentence's precomputed guesses are kept (`FeatureResources.contextGuesses`). */
export function sentenceKey(words: readonly string[]): string {
  return words.join('\u0001');
}

/** Words each side of the middle word. */
export const CONTEXT_SIDE = 2;
const WIDTH = 2 * CONTEXT_SIDE + 1;
/** Spelling flags per window word: beyond the sentence, no embedding, capitalised, all caps, digit, first. */
export const CONTEXT_FLAGS = 6;

/** Inputs of the hidden layer for a network of `dims` embedding dimensions. */
export function contextInputs(dims: number): number {
  return WIDTH * (dims + CONTEXT_FLAGS);
}

/** The embedding row of a word (by its lower case), or -1. */
export function embeddingRow(rows: ReadonlyMap<string, number>, x: WordInfo): number {
  return rows.get(x.lower) ?? -1;
}

/**
 * Writes the window input of token `i` into `out`, given each token's embedding row (-1: none);
 * `embed(k, out, at)` copies the embedding of token `k` to `out[at…]`.
 */
export function windowInput(
  words: readonly WordInfo[],
  rowsOf: readonly number[],
  i: number,
  dims: number,
  embed: (k: number, out: Float32Array, at: number) => void,
  out: Float32Array,
): void {
  out.fill(0);
  for (let p = 0; p < WIDTH; p++) {
    const k = i + p - CONTEXT_SIDE;
    const at = p * (dims + CONTEXT_FLAGS);
    const known = (rowsOf[k] ?? -1) >= 0;
    if (known) embed(k, out, at);
    spellingFlags(words[k], known, out, at + dims);
    if (k === 0) out[at + dims + FIRST_FLAG] = 1;
  }
}

const FIRST_FLAG = 5;

/** The flags of a window word but the first-word flag, written from `out[at]`. */
function spellingFlags(x: WordInfo | undefined, known: boolean, out: Float32Array, at: number): void {
  if (!x) {
    out[at] = 1;
    return;
  }
  if (!known) out[at + 1] = 1;
  if (x.cap) out[at + 2] = 1;
  if (x.lettered && !x.hasLower && x.norm.length > 1) out[at + 3] = 1;
  if (/\d/u.test(x.norm)) out[at + 4] = 1;
}

/** Hidden activations (tanh) and label probabilities (softmax) for one window input. */
export function forwardWindow(
  net: Pick<ContextNet, 'w1' | 'b1' | 'w2' | 'b2' | 'hidden'>,
  x: Float32Array,
  h: Float32Array,
  p: Float32Array,
): void {
  const n = x.length;
  const { w1, b1, hidden } = net;
  for (let j = 0; j < hidden; j++) {
    let s = b1[j] ?? 0;
    const base = j * n;
    for (let d = 0; d < n; d++) {
      const v = x[d] ?? 0;
      if (v !== 0) s += (w1[base + d] ?? 0) * v;
    }
    h[j] = Math.tanh(s);
  }
  outputLayer(net, h, p);
}

/** Label probabilities (softmax) from hidden activations. */
function outputLayer(net: Pick<ContextNet, 'w2' | 'b2' | 'hidden'>, h: Float32Array, p: Float32Array): void {
  const { w2, b2, hidden } = net;
  let max = -Infinity;
  for (let k = 0; k < p.length; k++) {
    let s = b2[k] ?? 0;
    for (let j = 0; j < hidden; j++) s += (w2[k * hidden + j] ?? 0) * (h[j] ?? 0);
    p[k] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let k = 0; k < p.length; k++) z += p[k] = Math.exp((p[k] ?? 0) - max);
  for (let k = 0; k < p.length; k++) p[k] = (p[k] ?? 0) / z;
}

/**
 * A guess as a feature value: the most likely label with a confidence band (`B-PER2`: p ≥ 0.8),
 * then the runner-up when it has p ≥ 0.2 (`I-ORG1 I-LOC`).
 * @example contextGuess(['O', 'B-PER'], Float32Array.of(0.1, 0.9)) // 'B-PER2'
 */
export function contextGuess(classes: readonly string[], p: Float32Array): string {
  let best = 0;
  let second = -1;
  for (let k = 1; k < p.length; k++) {
    if ((p[k] ?? 0) > (p[best] ?? 0)) [second, best] = [best, k];
    else if (second < 0 || (p[k] ?? 0) > (p[second] ?? 0)) second = k;
  }
  const q = p[best] ?? 0;
  const first = `${classes[best] ?? 'O'}${q >= 0.8 ? 2 : q >= 0.5 ? 1 : 0}`;
  return second >= 0 && (p[second] ?? 0) >= 0.2 ? `${first} ${classes[second] ?? 'O'}` : first;
}

/**
 * The network's guess for every token of a sentence (see `contextGuess`). The same sums as
 * `windowInput` and `forwardWindow` compute, in another order: the hidden layer is linear in the
 * window, so what a word form adds to it at each window position is computed once per form and
 * cached (the first-word flag, which depends on the sentence, is added apart).
 */
export function contextGuesses(net: ContextNet, words: readonly WordInfo[]): string[] {
  const { hidden, dims, w1, b1 } = net;
  const inputs = contextInputs(dims);
  const parts = words.map((x) => wordContribution(net, x));
  const pad = wordContribution(net, undefined);
  const h = new Float32Array(hidden);
  const p = new Float32Array(net.classes.length);
  return words.map((_, i) => {
    h.set(b1);
    for (let q = 0; q < WIDTH; q++) {
      const k = i + q - CONTEXT_SIDE;
      const part = parts[k] ?? pad;
      const base = q * hidden;
      for (let j = 0; j < hidden; j++) h[j] = (h[j] ?? 0) + (part[base + j] ?? 0);
      if (k === 0) {
        const column = q * (dims + CONTEXT_FLAGS) + dims + FIRST_FLAG;
        for (let j = 0; j < hidden; j++) h[j] = (h[j] ?? 0) + (w1[j * inputs + column] ?? 0);
      }
    }
    for (let j = 0; j < hidden; j++) h[j] = Math.tanh(h[j] ?? 0);
    outputLayer(net, h, p);
    return contextGuess(net.classes, p);
  });
}

const CONTRIBUTION_LIMIT = 100_000;
const contributions = new WeakMap<ContextNet, Map<string, Float32Array>>();

/**
 * What a word form (undefined: beyond the sentence) adds to the hidden layer at each window
 * position, `WIDTH × hidden`, without the first-word flag; cached per network and form.
 */
function wordContribution(net: ContextNet, x: WordInfo | undefined): Float32Array {
  let cache = contributions.get(net);
  if (!cache) contributions.set(net, (cache = new Map<string, Float32Array>()));
  const key = x ? x.norm : '';
  const known = cache.get(key);
  if (known) return known;
  const { hidden, dims, w1 } = net;
  const width = dims + CONTEXT_FLAGS;
  const inputs = contextInputs(dims);
  const own = new Float32Array(width);
  const row = x ? embeddingRow(net.rows, x) : -1;
  if (row >= 0) own.set(net.embeddings.subarray(row * dims, row * dims + dims));
  spellingFlags(x, row >= 0, own, dims);
  const out = new Float32Array(WIDTH * hidden);
  for (let q = 0; q < WIDTH; q++)
    for (let j = 0; j < hidden; j++) {
      let s = 0;
      const base = j * inputs + q * width;
      for (let d = 0; d < width; d++) s += (w1[base + d] ?? 0) * (own[d] ?? 0);
      out[q * hidden + j] = s;
    }
  if (cache.size >= CONTRIBUTION_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}
