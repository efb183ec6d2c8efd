/**
 * Entity-type guesses from word vectors: a small network (one hidden layer) learns, from the words
 * of the training data, which entity type a word's vector suggests (none, PER, ORG, LOC, MISC), and
 * every word of the vectors file gets its most likely type and a confidence band as a feature. A
 * name never seen in training ("Ljubljana") thereby looks like the names it is near. Words of the
 * training data get the guess of a network trained without them (cross-fitting), so the tagger
 * learns how far the guess can be trusted on words it has not seen.
 */
import type { LabelledDocument } from '../../src/stages/entities/ner/iob-corpus.js';
import type { Matrix } from './build-vector-clusters.js';
import { seededRandom } from './train-loop.js';

const CLASSES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const HIDDEN = Number(process.env['NER_TYPE_HIDDEN'] ?? 64);
const EPOCHS = Number(process.env['NER_TYPE_EPOCHS'] ?? 12);
const RATE = 0.05;
const FOLDS = 5;

interface Example {
  row: number;
  target: Float32Array;
  weight: number;
}

/** Per lower-case word, how often the training data labels it with each class. */
function typeCounts(docs: readonly LabelledDocument[]): Map<string, Float32Array> {
  const counts = new Map<string, Float32Array>();
  for (const doc of docs)
    for (const s of doc)
      s.words.forEach((w, i) => {
        const type = (s.labels[i] ?? 'O').replace(/^[BI]-/u, '');
        const k = Math.max(0, CLASSES.indexOf(type as (typeof CLASSES)[number]));
        const lower = w.toLowerCase();
        let c = counts.get(lower);
        if (!c) counts.set(lower, (c = new Float32Array(CLASSES.length)));
        c[k] = (c[k] ?? 0) + 1;
      });
  return counts;
}

class Network {
  readonly w1: Float32Array;
  readonly b1 = new Float32Array(HIDDEN);
  readonly w2: Float32Array;
  readonly b2 = new Float32Array(CLASSES.length);

  constructor(
    readonly dims: number,
    random: () => number,
  ) {
    this.w1 = Float32Array.from({ length: HIDDEN * dims }, () => (random() - 0.5) * 0.2);
    this.w2 = Float32Array.from({ length: CLASSES.length * HIDDEN }, () => (random() - 0.5) * 0.2);
  }

  /** Hidden activations and class probabilities for one vector. */
  forward(x: Float32Array, at: number): { h: Float32Array; p: Float32Array } {
    const { dims } = this;
    const h = new Float32Array(HIDDEN);
    for (let j = 0; j < HIDDEN; j++) {
      let s = this.b1[j] ?? 0;
      for (let d = 0; d < dims; d++) s += (this.w1[j * dims + d] ?? 0) * (x[at + d] ?? 0);
      h[j] = Math.tanh(s);
    }
    const p = new Float32Array(CLASSES.length);
    let max = -Infinity;
    for (let k = 0; k < CLASSES.length; k++) {
      let s = this.b2[k] ?? 0;
      for (let j = 0; j < HIDDEN; j++) s += (this.w2[k * HIDDEN + j] ?? 0) * (h[j] ?? 0);
      p[k] = s;
      max = Math.max(max, s);
    }
    let z = 0;
    for (let k = 0; k < CLASSES.length; k++) z += p[k] = Math.exp((p[k] ?? 0) - max);
    for (let k = 0; k < CLASSES.length; k++) p[k] = (p[k] ?? 0) / z;
    return { h, p };
  }

  /** One gradient step of weighted cross-entropy against a target distribution. */
  step(x: Float32Array, at: number, target: Float32Array, rate: number): void {
    const { dims } = this;
    const { h, p } = this.forward(x, at);
    const dh = new Float32Array(HIDDEN);
    for (let k = 0; k < CLASSES.length; k++) {
      const g = (p[k] ?? 0) - (target[k] ?? 0);
      for (let j = 0; j < HIDDEN; j++) {
        dh[j] = (dh[j] ?? 0) + g * (this.w2[k * HIDDEN + j] ?? 0);
        this.w2[k * HIDDEN + j] = (this.w2[k * HIDDEN + j] ?? 0) - rate * g * (h[j] ?? 0);
      }
      this.b2[k] = (this.b2[k] ?? 0) - rate * g;
    }
    for (let j = 0; j < HIDDEN; j++) {
      const g = (dh[j] ?? 0) * (1 - (h[j] ?? 0) ** 2);
      for (let d = 0; d < dims; d++)
        this.w1[j * dims + d] = (this.w1[j * dims + d] ?? 0) - rate * g * (x[at + d] ?? 0);
      this.b1[j] = (this.b1[j] ?? 0) - rate * g;
    }
  }
}

function train(m: Matrix, examples: readonly Example[], seed: number): Network {
  const random = seededRandom(seed);
  const net = new Network(m.dims, random);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = RATE / (1 + epoch / 4);
    for (const i of order) {
      const e = examples[i];
      if (e) net.step(m.data, e.row * m.dims, e.target, rate * e.weight);
    }
  }
  return net;
}

/**
 * The feature value of a guess: most likely type and a confidence band (`LOC2`: LOC, p ≥ 0.8),
 * then the runner-up when it has p ≥ 0.2 (`PER1 ORG`).
 */
function guess(p: Float32Array): string {
  const order = CLASSES.map((_, k) => k).sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0));
  const [best = 0, second = 0] = order;
  const q = p[best] ?? 0;
  const first = `${CLASSES[best] ?? 'O'}${q >= 0.8 ? 2 : q >= 0.5 ? 1 : 0}`;
  return (p[second] ?? 0) >= 0.2 ? `${first} ${CLASSES[second] ?? 'O'}` : first;
}

/** word → type guess (see `guess`) for every word of the vectors; training words cross-fitted. */
export function embeddingTypes(m: Matrix, docs: readonly LabelledDocument[], seed = 11): Map<string, string> {
  const rowOf = new Map(m.words.map((w, i) => [w, i]));
  const examples: (Example & { fold: number })[] = [];
  for (const [word, counts] of typeCounts(docs)) {
    const row = rowOf.get(word);
    if (row === undefined) continue;
    const total = counts.reduce((a, b) => a + b, 0);
    examples.push({
      row,
      target: counts.map((c) => c / total),
      weight: Math.min(1, 0.25 + Math.log1p(total) / 4),
      fold: row % FOLDS,
    });
  }
  const all = train(m, examples, seed);
  const out = new Map<string, string>();
  m.words.forEach((w, row) => out.set(w, guess(all.forward(m.data, row * m.dims).p)));
  for (let fold = 0; fold < FOLDS; fold++) {
    const net = train(
      m,
      examples.filter((e) => e.fold !== fold),
      seed + fold + 1,
    );
    for (const e of examples)
      if (e.fold === fold) out.set(m.words[e.row] ?? '', guess(net.forward(m.data, e.row * m.dims).p));
  }
  return out;
}
