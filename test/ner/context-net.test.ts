import { describe, it, expect } from 'vitest';
import {
  contextGuess,
  contextGuesses,
  contextInputs,
  embeddingRow,
  forwardWindow,
  windowInput,
} from '../../src/stages/entities/ner/context-net.js';
import type { ContextNet } from '../../src/stages/entities/ner/context-net.js';
import { compileGazetteers } from '../../src/stages/entities/ner/gazetteer.js';
import { BIO_LABELS } from '../../src/stages/entities/ner/labels.js';
import { decodeModel, encodeModel } from '../../src/stages/entities/ner/model-io.js';
import { describeWord } from '../../src/stages/entities/ner/word-info.js';

const BARE = { gazetteer: compileGazetteers({}), clusters: new Map<string, string>() };

/** A small network with deterministic pseudo-random weights. */
function randomNet(words: readonly string[], dims = 4, hidden = 6): ContextNet {
  let state = 12345;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
  const fill = (n: number): Float32Array => Float32Array.from({ length: n }, next);
  return {
    classes: BIO_LABELS,
    dims,
    hidden,
    rows: new Map(words.map((w, i) => [w, i])),
    embeddings: fill(words.length * dims),
    w1: fill(hidden * contextInputs(dims)),
    b1: fill(hidden),
    w2: fill(BIO_LABELS.length * hidden),
    b2: fill(BIO_LABELS.length),
  };
}

/** Guesses computed the plain way: one window input and one forward pass per token. */
function plainGuesses(net: ContextNet, raw: readonly string[]): string[] {
  const words = raw.map((w) => describeWord(w, BARE));
  const rowsOf = words.map((x) => embeddingRow(net.rows, x));
  const x = new Float32Array(contextInputs(net.dims));
  const h = new Float32Array(net.hidden);
  const p = new Float32Array(net.classes.length);
  return words.map((_, i) => {
    windowInput(
      words,
      rowsOf,
      i,
      net.dims,
      (k, out, at) => {
        const row = rowsOf[k] ?? 0;
        out.set(net.embeddings.subarray(row * net.dims, (row + 1) * net.dims), at);
      },
      x,
    );
    forwardWindow(net, x, h, p);
    return contextGuess(net.classes, p);
  });
}

describe('window network', () => {
  const sentence = ['Russian', 'Foreign', 'Minister', 'Sergei', 'Lavrov', 'met', 'NATO', 'in', '1996', '.'];
  const net = randomNet(['russian', 'foreign', 'minister', 'met', 'in', '.']);

  it('computes the same guesses with cached word contributions as window by window', () => {
    expect(
      contextGuesses(
        net,
        sentence.map((w) => describeWord(w, BARE)),
      ),
    ).toEqual(plainGuesses(net, sentence));
    // Again, now from the cache, and for a one-word sentence (padding both sides, first word).
    expect(
      contextGuesses(
        net,
        sentence.map((w) => describeWord(w, BARE)),
      ),
    ).toEqual(plainGuesses(net, sentence));
    expect(contextGuesses(net, [describeWord('Lavrov', BARE)])).toEqual(plainGuesses(net, ['Lavrov']));
  });

  it('writes the best label with a confidence band and a close runner-up', () => {
    const p = new Float32Array(BIO_LABELS.length);
    p[BIO_LABELS.indexOf('B-PER')] = 0.9;
    p[0] = 0.1;
    expect(contextGuess(BIO_LABELS, p)).toBe('B-PER2');
    p[BIO_LABELS.indexOf('B-PER')] = 0.55;
    p[BIO_LABELS.indexOf('B-ORG')] = 0.35;
    expect(contextGuess(BIO_LABELS, p)).toBe('B-PER1 B-ORG');
  });

  it('round-trips through the model file with 8-bit embeddings', () => {
    const table = { index: new Map([['b', 0]]), weights: new Float32Array(BIO_LABELS.length), nLabels: 9 };
    table.weights[0] = 1;
    const back = decodeModel(
      encodeModel({ labels: BIO_LABELS, table, gazetteer: {}, clusters: {}, contextNet: net }, 0.5),
    ).contextNet;
    expect(back?.rows).toEqual(net.rows);
    expect(back?.w1).toEqual(net.w1);
    const worst = Math.max(...net.embeddings.map((v, i) => Math.abs(v - (back?.embeddings[i] ?? 0))));
    expect(worst).toBeLessThan(0.5 / 127 + 1e-6);
    // With vector clusters of the same words, in the same order, the words are stored once.
    const vectorClusters = new Map([...net.rows.keys()].map((w) => [w, '1/2']));
    const base = { labels: BIO_LABELS, table, gazetteer: {}, clusters: {}, vectorClusters };
    const shared = decodeModel(encodeModel({ ...base, contextNet: net }, 0.5));
    expect(shared.contextNet?.rows).toEqual(net.rows);
    expect(shared.vectorClusters).toEqual(vectorClusters);
    expect(contextGuesses(shared.contextNet ?? net, [describeWord('Russian', BARE)])).toEqual(
      contextGuesses(back ?? net, [describeWord('Russian', BARE)]),
    );
  });
});
