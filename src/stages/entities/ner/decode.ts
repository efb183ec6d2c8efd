/**
 * Viterbi decoding over a first-order model: each token's label score is the sum of its static
 * features, its document-history features, and features pairing the previous label with the word
 * and shape. Only well-formed BIO/BILOU sequences are considered. Training (a structured
 * perceptron) decodes string features the same way and compares paths; tagging goes through
 * `compiled-table.ts`, which gives the same scores faster.
 */
import { addRow, buildLattice, compileTable, emptyTransitions, fileTransition } from './compiled-table.js';
import type { Lattice, LatticeExtras, TransitionRows } from './compiled-table.js';
import { normalizeWord, transitionFeatures, wordShape } from './features.js';
import type { SentenceView } from './features.js';
import type { PredictionHistory } from './history.js';
import { allowedAfter } from './labels.js';
import { addScores } from './perceptron.js';
import type { WeightTable } from './perceptron.js';

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

/** Which labels may follow which, may start and may end a sentence; once per label set. */
interface LabelRules {
  allowed: Uint8Array;
  /** For each label, the labels it may follow, in ascending order. */
  preds: Int32Array[];
  start: Uint8Array;
  end: Uint8Array;
}

const NONE = new Int32Array(0);
const labelRules = new WeakMap<readonly string[], LabelRules>();

function rulesFor(labels: readonly string[]): LabelRules {
  const known = labelRules.get(labels);
  if (known) return known;
  const L = labels.length;
  const bilou = labels.includes('U-PER');
  const rules = {
    allowed: new Uint8Array(L * L),
    preds: [] as Int32Array[],
    start: new Uint8Array(L),
    end: new Uint8Array(L),
  };
  for (let p = 0; p < L; p++) {
    rules.start[p] = allowedAfter('O', labels[p] ?? 'O', bilou) ? 1 : 0;
    // The last label must close any entity it is part of (no trailing B or I in BILOU).
    rules.end[p] = allowedAfter(labels[p] ?? 'O', 'O', bilou) ? 1 : 0;
    for (let k = 0; k < L; k++)
      rules.allowed[p * L + k] = allowedAfter(labels[p] ?? 'O', labels[k] ?? 'O', bilou) ? 1 : 0;
  }
  for (let k = 0; k < L; k++) {
    const preds: number[] = [];
    for (let p = 0; p < L; p++) if (rules.allowed[p * L + k]) preds.push(p);
    rules.preds.push(Int32Array.from(preds));
  }
  labelRules.set(labels, rules);
  return rules;
}

/**
 * Transition scores of token i into `out[p L + k]` for every previous-label slot p: the `p1=`,
 * `p1w=` and `p1sh=` weights added in that order, as the string features were.
 */
function transitions(
  lat: Lattice,
  i: number,
  weights: Float32Array,
  L: number,
  out: Float64Array,
): Float64Array {
  const word = lat.transWord[i];
  const shape = lat.transShape[i];
  if (!word && !shape) return lat.start;
  out.set(lat.start);
  for (let p = 0; p <= L; p++) {
    addRow(weights, L, word?.[p] ?? -1, out, p * L);
    addRow(weights, L, shape?.[p] ?? -1, out, p * L);
  }
  return out;
}

function backtrack(delta: Float64Array, back: Int32Array, end: Uint8Array, n: number, L: number): number[] {
  let best = -1;
  for (let k = 0; k < L; k++) {
    if (end[k] && (best < 0 || (delta[k] ?? -Infinity) > (delta[best] ?? -Infinity))) best = k;
  }
  const path = new Array<number>(n);
  path[n - 1] = Math.max(best, 0);
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + (path[i] ?? 0)] ?? 0;
  return path;
}

/**
 * Best label indices for a lattice (the weights are the table's the lattice was built from).
 * @example viterbi(labels, table.weights, lattice) // [0, 4, 0]
 */
export function viterbi(labels: readonly string[], weights: Float32Array, lat: Lattice): number[] {
  const L = labels.length;
  const { preds, start, end } = rulesFor(labels);
  const { n, emit } = lat;
  if (n === 0) return [];
  let delta = new Float64Array(L);
  let next = new Float64Array(L);
  const back = new Int32Array(n * L);
  const scratch = new Float64Array((L + 1) * L);
  const first = transitions(lat, 0, weights, L, scratch);
  for (let k = 0; k < L; k++) {
    delta[k] = start[k] ? (emit[k] ?? 0) + (first[L * L + k] ?? 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const at = i * L;
    const trans = transitions(lat, i, weights, L, scratch);
    // For each label, the first previous label (ascending) with the best score wins, as ties went before.
    for (let k = 0; k < L; k++) {
      let best = -Infinity;
      let arg = 0;
      const e = emit[at + k] ?? 0;
      const before = preds[k] ?? NONE;
      for (let j = 0; j < before.length; j++) {
        const p = before[j] ?? 0;
        const from = delta[p] ?? -Infinity;
        if (from === -Infinity) continue;
        const s = from + (trans[p * L + k] ?? 0) + e;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[k] = best;
      back[at + k] = arg;
    }
    [delta, next] = [next, delta];
  }
  return backtrack(delta, back, end, n, L);
}

/** Transition rows of one token found by feature name (for a table still being trained). */
function namedTransitions(
  table: WeightTable,
  labels: readonly string[],
  lower: string,
  shape: string,
): Int32Array[] {
  const rows = [0, 1, 2].map(() => new Int32Array(labels.length + 1));
  for (let p = 0; p <= labels.length; p++) {
    transitionFeatures(labels[p] ?? '<s>', lower, shape).forEach((f, j) => {
      const r = rows[j];
      if (r) r[p] = table.index.get(f) ?? -1;
    });
  }
  return rows;
}

function startScores(table: WeightTable, rows: Int32Array | undefined): Float64Array {
  const L = table.nLabels;
  const out = new Float64Array((rows?.length ?? 0) * L);
  rows?.forEach((row, p) => addRow(table.weights, L, row, out, p * L));
  return out;
}

// A live table's transition index, brought up to date with the rows added since the last sentence.
const liveIndexes = new WeakMap<
  WeightTable,
  { labels: readonly string[]; seen: number; rows: TransitionRows }
>();

function transitionsOf(table: WeightTable, labels: readonly string[]): TransitionRows | undefined {
  if (!table.live) return compileTable(table, labels).transitions;
  const { names } = table;
  if (!names) return undefined;
  let known = liveIndexes.get(table);
  if (known?.labels !== labels) {
    known = { labels, seen: 0, rows: emptyTransitions(labels) };
    liveIndexes.set(table, known);
  }
  for (; known.seen < names.length; known.seen++)
    fileTransition(known.rows, labels, names[known.seen] ?? '', known.seen);
  return known.rows;
}

/** Transition part of the lattice of a sentence given its words' lower case forms and shapes. */
function sentenceTransitions(
  table: WeightTable,
  labels: readonly string[],
  lower: readonly string[],
  shapes: readonly string[],
): Pick<Lattice, 'start' | 'transWord' | 'transShape'> {
  const index = transitionsOf(table, labels);
  if (index) {
    return {
      start: startScores(table, index.start),
      transWord: lower.map((w) => index.byWord.get(w)),
      transShape: shapes.map((s) => index.byShape.get(s)),
    };
  }
  const trans = lower.map((w, i) => namedTransitions(table, labels, w, shapes[i] ?? ''));
  return {
    start: startScores(table, trans[0]?.[0]),
    transWord: trans.map((t) => t[1]),
    transShape: trans.map((t) => t[2]),
  };
}

/**
 * Best label sequence for one sentence given its static features as strings; records it in
 * `history`. Training uses this (it needs the features behind each choice).
 * @example decodeSentence(model, sentenceFeatures(words, res), words).labels // ['B-PER', 'L-PER', 'O']
 */
export function decodeSentence(
  scorer: Scorer,
  staticFeatures: readonly (readonly string[])[],
  words: readonly string[],
  history?: PredictionHistory,
): Decoded {
  if (words.length === 0) return { labels: [], featuresAt: () => [] };
  const { labels, table } = scorer;
  const L = labels.length;
  const n = words.length;
  const norm = words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  const shapes = norm.map(wordShape);
  const local = norm.map((w, i) => {
    const features = [...(staticFeatures[i] ?? [])];
    history?.features(w, features);
    return features;
  });
  const emit = new Float64Array(n * L);
  local.forEach((features, i) => addScores(table, features, emit.subarray(i * L, (i + 1) * L)));
  const lat: Lattice = { n, emit, ...sentenceTransitions(table, labels, lower, shapes) };
  const decoded = viterbi(labels, table.weights, lat).map((k) => labels[k] ?? 'O');
  if (history) norm.forEach((w, i) => history.record(w, decoded[i] ?? 'O'));
  return {
    labels: decoded,
    featuresAt: (i, prev) => [
      ...(local[i] ?? []),
      ...transitionFeatures(prev, lower[i] ?? '', shapes[i] ?? ''),
    ],
  };
}

/**
 * Best label sequence for a sentence view under a frozen table (the fast path of tagging);
 * records it in `extras.history`.
 * @example decodeView(model, sentenceView(words, model.resources), {}) // ['U-PER', 'O']
 */
export function decodeView(scorer: Scorer, v: SentenceView, extras: LatticeExtras): string[] {
  const ct = compileTable(scorer.table, scorer.labels);
  const path = viterbi(scorer.labels, scorer.table.weights, buildLattice(ct, v, extras));
  const labels = path.map((k) => scorer.labels[k] ?? 'O');
  const { history } = extras;
  if (history) v.words.forEach((x, i) => history.record(x.norm, labels[i] ?? 'O'));
  return labels;
}
