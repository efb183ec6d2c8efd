/**
 * Trains the window network (`src/stages/entities/ner/context-net.ts`) on CoNLL sentences: a
 * learned projection of the GloVe vectors to a few dimensions, one tanh hidden layer over a
 * five-word window of projections and spelling flags, softmax over the BIO labels; plain SGD with
 * cross-entropy, sentences shuffled each epoch. The perceptron learns how far to trust the
 * network from guesses on sentences the network did not see (cross-fitting by document), so
 * `crossFittedContextNet` returns those guesses beside the network trained on everything.
 */
import type { LabelledDocument } from '../../src/stages/entities/ner/iob-corpus.js';
import { BIO_LABELS, iob1ToBio } from '../../src/stages/entities/ner/labels.js';
import {
  CONTEXT_FLAGS,
  CONTEXT_SIDE,
  contextGuesses,
  contextInputs,
  embeddingRow,
  sentenceKey,
  forwardWindow,
  windowInput,
} from '../../src/stages/entities/ner/context-net.js';
import type { ContextNet } from '../../src/stages/entities/ner/context-net.js';
import { compileGazetteers } from '../../src/stages/entities/ner/gazetteer.js';
import { wordInfo } from '../../src/stages/entities/ner/word-info.js';
import type { WordInfo, WordResources } from '../../src/stages/entities/ner/word-info.js';
import type { Matrix } from './build-vector-clusters.js';
import { seededRandom } from './train-loop.js';

/** Sizes and schedule of the network. */
export interface ContextNetOptions {
  dims: number;
  hidden: number;
  epochs: number;
  rate: number;
  folds: number;
  seed: number;
}

export const CONTEXT_NET_DEFAULTS: ContextNetOptions = {
  dims: Number(process.env['NER_NET_DIMS'] ?? 32),
  hidden: Number(process.env['NER_NET_HIDDEN'] ?? 128),
  epochs: Number(process.env['NER_NET_EPOCHS'] ?? 6),
  rate: Number(process.env['NER_NET_RATE'] ?? 0.02),
  folds: 4,
  seed: 5,
};

interface Example {
  infos: WordInfo[];
  rows: number[];
  labels: number[];
}

// The network reads only spelling facts of WordInfo; no gazetteers or clusters are needed.
const BARE: WordResources = { gazetteer: compileGazetteers({}), clusters: new Map() };

function examplesOf(docs: readonly LabelledDocument[], rowOf: ReadonlyMap<string, number>): Example[][] {
  return docs.map((doc) =>
    doc.map((s) => {
      const infos = s.words.map((w) => wordInfo(w, BARE));
      const labels = iob1ToBio(s.labels).map((l) => Math.max(0, BIO_LABELS.indexOf(l)));
      return { infos, rows: infos.map((x) => embeddingRow(rowOf, x)), labels };
    }),
  );
}

class Trainer {
  readonly inputs: number;
  readonly p: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  readonly hidden: number;

  constructor(
    readonly m: Matrix,
    readonly options: ContextNetOptions,
    random: () => number,
  ) {
    const { dims, hidden } = options;
    this.hidden = hidden;
    this.inputs = contextInputs(dims);
    const init = (n: number, scale: number): Float32Array =>
      Float32Array.from({ length: n }, () => (random() - 0.5) * 2 * scale);
    this.p = init(dims * m.dims, Math.sqrt(3 / m.dims) * 3);
    this.w1 = init(hidden * this.inputs, Math.sqrt(3 / this.inputs));
    this.b1 = new Float32Array(hidden);
    this.w2 = init(BIO_LABELS.length * hidden, Math.sqrt(3 / hidden));
    this.b2 = new Float32Array(BIO_LABELS.length);
  }

  /** Projections of the sentence's words (rows of the vectors) into `dims`. */
  project(rows: readonly number[]): Float32Array {
    const { dims } = this.options;
    const v = this.m.dims;
    const out = new Float32Array(rows.length * dims);
    rows.forEach((row, k) => {
      if (row < 0) return;
      for (let d = 0; d < dims; d++) {
        let s = 0;
        for (let c = 0; c < v; c++) s += (this.p[d * v + c] ?? 0) * (this.m.data[row * v + c] ?? 0);
        out[k * dims + d] = s;
      }
    });
    return out;
  }

  /** One SGD pass over a sentence. */
  step(e: Example, rate: number): void {
    const { dims } = this.options;
    const { hidden, inputs } = this;
    const n = e.infos.length;
    const projected = this.project(e.rows);
    const grad = new Float32Array(n * dims);
    const x = new Float32Array(inputs);
    const h = new Float32Array(hidden);
    const prob = new Float32Array(BIO_LABELS.length);
    const dh = new Float32Array(hidden);
    const embed = (k: number, out: Float32Array, at: number): void => {
      out.set(projected.subarray(k * dims, k * dims + dims), at);
    };
    const width = dims + CONTEXT_FLAGS;
    for (let i = 0; i < n; i++) {
      windowInput(e.infos, e.rows, i, dims, embed, x);
      forwardWindow(this, x, h, prob);
      dh.fill(0);
      const gold = e.labels[i] ?? 0;
      for (let k = 0; k < prob.length; k++) {
        const g = (prob[k] ?? 0) - (k === gold ? 1 : 0);
        const base = k * hidden;
        for (let j = 0; j < hidden; j++) {
          dh[j] = (dh[j] ?? 0) + g * (this.w2[base + j] ?? 0);
          this.w2[base + j] = (this.w2[base + j] ?? 0) - rate * g * (h[j] ?? 0);
        }
        this.b2[k] = (this.b2[k] ?? 0) - rate * g;
      }
      for (let j = 0; j < hidden; j++) {
        const g = (dh[j] ?? 0) * (1 - (h[j] ?? 0) ** 2);
        if (g === 0) continue;
        const base = j * inputs;
        for (let p = 0; p <= 2 * CONTEXT_SIDE; p++) {
          const k = i + p - CONTEXT_SIDE;
          const at = p * width;
          if (k >= 0 && k < n && (e.rows[k] ?? -1) >= 0)
            for (let d = 0; d < dims; d++)
              grad[k * dims + d] = (grad[k * dims + d] ?? 0) + g * (this.w1[base + at + d] ?? 0);
        }
        for (let d = 0; d < inputs; d++) {
          const v = x[d] ?? 0;
          if (v !== 0) this.w1[base + d] = (this.w1[base + d] ?? 0) - rate * g * v;
        }
        this.b1[j] = (this.b1[j] ?? 0) - rate * g;
      }
    }
    const v = this.m.dims;
    e.rows.forEach((row, k) => {
      if (row < 0) return;
      for (let d = 0; d < dims; d++) {
        const g = rate * (grad[k * dims + d] ?? 0);
        if (g === 0) continue;
        for (let c = 0; c < v; c++)
          this.p[d * v + c] = (this.p[d * v + c] ?? 0) - g * (this.m.data[row * v + c] ?? 0);
      }
    });
  }

  /** The network as the tagger runs it: every word of the vectors projected once. */
  materialize(): ContextNet {
    const { dims } = this.options;
    const all = this.m.words.map((_, row) => row);
    return {
      classes: BIO_LABELS,
      dims,
      hidden: this.hidden,
      rows: new Map(this.m.words.map((w, row) => [w, row])),
      embeddings: this.project(all),
      w1: this.w1,
      b1: this.b1,
      w2: this.w2,
      b2: this.b2,
    };
  }
}

function train(
  m: Matrix,
  sentences: readonly Example[],
  options: ContextNetOptions,
  seed: number,
): ContextNet {
  const random = seededRandom(seed);
  const trainer = new Trainer(m, options, random);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = options.rate / (1 + epoch / 2);
    for (const i of order) {
      const s = sentences[i];
      if (s && s.infos.length > 0) trainer.step(s, rate);
    }
  }
  return trainer.materialize();
}

/**
 * The network trained on all of `docs`, and for every sentence of `docs` (by `sentenceKey`) the
 * guesses of a network trained on the other folds of documents.
 */
export function crossFittedContextNet(
  m: Matrix,
  docs: readonly LabelledDocument[],
  options: ContextNetOptions = CONTEXT_NET_DEFAULTS,
  log: (line: string) => void = () => undefined,
): { net: ContextNet; guesses: Map<string, string[]> } {
  const rowOf = new Map(m.words.map((w, row) => [w, row]));
  const byDoc = examplesOf(docs, rowOf);
  const started = Date.now();
  const net = train(m, byDoc.flat(), options, options.seed);
  log(`window network trained on ${docs.length} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const guesses = new Map<string, string[]>();
  for (let fold = 0; fold < options.folds; fold++) {
    const rest = byDoc.filter((_, d) => d % options.folds !== fold).flat();
    const foldNet = train(m, rest, options, options.seed + fold + 1);
    byDoc.forEach((doc, d) => {
      if (d % options.folds !== fold) return;
      doc.forEach((e, s) =>
        guesses.set(sentenceKey(docs[d]?.[s]?.words ?? []), contextGuesses(foldNet, e.infos)),
      );
    });
    log(`window network fold ${fold + 1}/${options.folds} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return { net, guesses };
}
