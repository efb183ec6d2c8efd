/**
 * A frozen weight table prepared for fast tagging. Building feature strings and hashing them for
 * every token was most of the tagger's time, so the features that depend on one word form only
 * (its own, what it gives its neighbours, its transition features) are looked up once per distinct
 * word and kept as summed scores or rows; the features that join several words are looked up by
 * their parts (`part-index.ts`) without building their names. Scores are the same sums of the same
 * weights as `addScores` over `sentenceFeatures` gives. For a model read from disk they are equal to
 * the last bit: its weights are 16-bit integers times one scale, stored as float32, and sums of a
 * few thousand of them are exact in float64 whatever the order of addition. (Viterbi keeps the
 * order of the string path where sums grow along a sentence.)
 */
import {
  BIAS_FEATURE,
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  neighbourFeatures,
  ownFeatures,
  placedFeatures,
} from './features.js';
import type { DocumentStats, FeatureSink, SentenceView } from './features.js';
import type { PredictionHistory } from './history.js';
import { PartIndex } from './part-index.js';
import type { WeightTable } from './perceptron.js';
import type { WordInfo } from './word-info.js';

/** Scores (in one table) of the features that depend on one word form only. */
interface WordRows {
  /**
   * Weight sums per label: of the word's own features at `[0, L)`, then of what a token gets from
   * this word standing at `NEIGHBOUR_OFFSETS[j]` from it at `[(j + 1) L, (j + 2) L)`.
   */
  sums: Float64Array;
  /** Rows of the placed features by `(first ? 2 : 0) + (headline ? 1 : 0)`. */
  placed: Int32Array[];
  /** Rows of `p1w=<prev>|<word>` and `p1sh=<prev>|<shape>` by previous-label slot (-1: none). */
  transWord: Int32Array | undefined;
  transShape: Int32Array | undefined;
}

/**
 * Transition rows by previous-label slot: slot p < labels.length is label p, the last slot is the
 * sentence start `<s>`; -1 where the table has no such feature.
 */
export interface TransitionRows {
  start: Int32Array;
  byWord: Map<string, Int32Array>;
  byShape: Map<string, Int32Array>;
}

/** A table with its transition index and per-word row cache. */
export interface CompiledTable {
  labels: readonly string[];
  table: WeightTable;
  /** Feature rows by template and parts (see `FeatureSink`). */
  parts: PartIndex;
  bias: number;
  /** Neighbour sums beyond either end of the sentence: offset j at `[j L, (j + 1) L)`. */
  edges: Float64Array;
  /** `p1=` weights of each previous label p (the last slot: `<s>`) for each label k at `p L + k`. */
  startScores: Float64Array;
  transitions: TransitionRows;
  /** By normalized word (a table is used with its own model's gazetteers and clusters only). */
  words: Map<string, WordRows>;
}

/** Scores of a sentence as Viterbi needs them. */
export interface Lattice {
  n: number;
  /** Emission score of label k at token i: `emit[i * L + k]`. */
  emit: Float64Array;
  /** `p1=` weights by previous-label slot and label (see `CompiledTable.startScores`). */
  start: Float64Array;
  /** `p1w=` and `p1sh=` rows of each token by previous-label slot (see `TransitionRows`). */
  transWord: (Int32Array | undefined)[];
  transShape: (Int32Array | undefined)[];
}

const CACHE_LIMIT = 50_000;
const compiled = new WeakMap<WeightTable, CompiledTable>();

function slotOf(labels: readonly string[], prev: string): number {
  return prev === '<s>' ? labels.length : labels.indexOf(prev);
}

function indexTransition(
  map: Map<string, Int32Array>,
  labels: readonly string[],
  rest: string,
  row: number,
): void {
  // Labels hold no '|', so the first one ends the previous label and the rest is the word or shape.
  const bar = rest.indexOf('|');
  const slot = slotOf(labels, rest.slice(0, bar));
  if (bar < 0 || slot < 0) return;
  const key = rest.slice(bar + 1);
  let rows = map.get(key);
  if (!rows) {
    rows = new Int32Array(labels.length + 1).fill(-1);
    map.set(key, rows);
  }
  rows[slot] = row;
}

/**
 * Files `name` (row `row`) into a transition index when it is a transition feature.
 * @example fileTransition(index, labels, 'p1w=O|putin', 7) // index.byWord.get('putin')[0] === 7
 */
export function fileTransition(
  out: TransitionRows,
  labels: readonly string[],
  name: string,
  row: number,
): void {
  if (!name.startsWith('p1')) return;
  if (name.startsWith('p1=')) {
    const slot = slotOf(labels, name.slice(3));
    if (slot >= 0) out.start[slot] = row;
  } else if (name.startsWith('p1w=')) indexTransition(out.byWord, labels, name.slice(4), row);
  else if (name.startsWith('p1sh=')) indexTransition(out.byShape, labels, name.slice(5), row);
}

/**
 * An index with no transition features yet.
 * @example emptyTransitions(labels).start // all -1
 */
export function emptyTransitions(labels: readonly string[]): TransitionRows {
  return { start: new Int32Array(labels.length + 1).fill(-1), byWord: new Map(), byShape: new Map() };
}

/**
 * Transition rows of a table, read from its feature names once (`transitionFeatures` gives them).
 * @example transitionIndex(table, labels).byWord.get('putin')?.[0] // row of `p1w=O|putin`
 */
export function transitionIndex(table: WeightTable, labels: readonly string[]): TransitionRows {
  const out = emptyTransitions(labels);
  for (const [name, row] of table.index) fileTransition(out, labels, name, row);
  return out;
}

/** A sink adding the weights of each feature to `sums` from `at` on (moved between groups). */
function sumSink(ct: CompiledTable, sums: Float64Array): FeatureSink & { at: number } {
  const { weights, nLabels: L } = ct.table;
  const sink = {
    at: 0,
    feature: (t: string, a?: string, b?: string, c?: string): void =>
      addRow(weights, L, ct.parts.row(t, a, b, c), sums, sink.at),
  };
  return sink;
}

function describeRows(ct: CompiledTable, x: WordInfo): WordRows {
  const L = ct.table.nLabels;
  const sums = new Float64Array((NEIGHBOUR_OFFSETS.length + 1) * L);
  const sink = sumSink(ct, sums);
  ownFeatures(x, sink);
  NEIGHBOUR_OFFSETS.forEach((o, j) => {
    sink.at = (j + 1) * L;
    neighbourFeatures(x, o, sink);
  });
  const placed = [0, 1, 2, 3].map((m) => {
    const rows: number[] = [];
    placedFeatures(x, m >= 2, m % 2 === 1, {
      feature: (t, a, b, c) => {
        const row = ct.parts.row(t, a, b, c);
        if (row >= 0) rows.push(row);
      },
    });
    return Int32Array.from(rows);
  });
  return {
    sums,
    placed,
    transWord: ct.transitions.byWord.get(x.lower),
    transShape: ct.transitions.byShape.get(x.shape),
  };
}

function wordRows(ct: CompiledTable, x: WordInfo): WordRows {
  const known = ct.words.get(x.norm);
  if (known) return known;
  if (ct.words.size >= CACHE_LIMIT) ct.words.clear();
  const rows = describeRows(ct, x);
  ct.words.set(x.norm, rows);
  return rows;
}

/**
 * The compiled form of a table, built once per frozen table (a table still being trained gets a
 * fresh one each call, since its rows change).
 * @example compileTable(model.table, model.labels).bias // row of the bias feature
 */
export function compileTable(table: WeightTable, labels: readonly string[]): CompiledTable {
  const known = table.live ? undefined : compiled.get(table);
  if (known && known.labels === labels) return known;
  const L = table.nLabels;
  const edges = new Float64Array(NEIGHBOUR_OFFSETS.length * L);
  const transitions = transitionIndex(table, labels);
  const startScores = new Float64Array((labels.length + 1) * L);
  transitions.start.forEach((row, p) => addRow(table.weights, L, row, startScores, p * L));
  const ct: CompiledTable = {
    labels,
    table,
    bias: table.index.get(BIAS_FEATURE) ?? -1,
    edges,
    startScores,
    transitions,
    parts: new PartIndex(table),
    words: new Map(),
  };
  const sink = sumSink(ct, edges);
  NEIGHBOUR_OFFSETS.forEach((o, j) => {
    sink.at = j * L;
    neighbourFeatures(undefined, o, sink);
  });
  if (!table.live) compiled.set(table, ct);
  return ct;
}

/**
 * Adds the weights of `row` (nothing when -1) to `emit[at…at+L)`.
 * @example addRow(table.weights, table.nLabels, 3, scores, 0)
 */
export function addRow(weights: Float32Array, L: number, row: number, emit: Float64Array, at: number): void {
  if (row < 0) return;
  const base = row * L;
  for (let k = 0; k < L; k++) emit[at + k] = (emit[at + k] ?? 0) + (weights[base + k] ?? 0);
}

function addRows(
  weights: Float32Array,
  L: number,
  rows: Int32Array | undefined,
  emit: Float64Array,
  at: number,
): void {
  if (!rows) return;
  for (let j = 0; j < rows.length; j++) addRow(weights, L, rows[j] ?? -1, emit, at);
}

/** Per-token extra features: document history and, in the second pass, first-pass features. */
export interface LatticeExtras {
  stats?: DocumentStats | undefined;
  history?: PredictionHistory | undefined;
  /** Further features per token (the second pass's non-local features). */
  features?: readonly (readonly string[])[] | undefined;
}

/**
 * Emission scores and transition rows of a sentence under a compiled table.
 * @example viterbi(ct.labels, ct.table.weights, buildLattice(ct, sentenceView(words, res), {}))
 */
export function buildLattice(ct: CompiledTable, v: SentenceView, extras: LatticeExtras): Lattice {
  const { weights, index, nLabels: L } = ct.table;
  const n = v.words.length;
  const rows = v.words.map((x) => wordRows(ct, x));
  const emit = new Float64Array(n * L);
  const strings: string[] = [];
  let at = 0;
  const sink = {
    feature: (t: string, a?: string, b?: string, c?: string): void =>
      addRow(weights, L, ct.parts.row(t, a, b, c), emit, at),
  };
  for (let i = 0; i < n; i++) {
    at = i * L;
    const x = v.words[i];
    const own = rows[i];
    if (!x || !own) continue;
    for (let k = 0; k < L; k++) emit[at + k] = own.sums[k] ?? 0;
    addRow(weights, L, ct.bias, emit, at);
    addRows(weights, L, own.placed[(i === 0 ? 2 : 0) + (v.headline ? 1 : 0)], emit, at);
    for (let j = 0; j < NEIGHBOUR_OFFSETS.length; j++) {
      const other = rows[i + (NEIGHBOUR_OFFSETS[j] ?? 0)];
      const from = other ? other.sums : ct.edges;
      const base = other ? (j + 1) * L : j * L;
      for (let k = 0; k < L; k++) emit[at + k] = (emit[at + k] ?? 0) + (from[base + k] ?? 0);
    }
    contextFeatures(v, i, extras.stats, sink);
    strings.length = 0;
    for (const f of extras.features?.[i] ?? []) strings.push(f);
    extras.history?.features(x.norm, strings);
    for (const f of strings) addRow(weights, L, index.get(f) ?? -1, emit, at);
  }
  return {
    n,
    emit,
    start: ct.startScores,
    transWord: rows.map((r) => r.transWord),
    transShape: rows.map((r) => r.transShape),
  };
}
