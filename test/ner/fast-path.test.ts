import { describe, it, expect } from 'vitest';
import { buildLattice, compileTable } from '../../src/stages/entities/ner/compiled-table.js';
import { decodeSentence, decodeView } from '../../src/stages/entities/ner/decode.js';
import {
  documentStats,
  sentenceFeatures,
  sentenceView,
  transitionFeatures,
  wordShape,
} from '../../src/stages/entities/ner/features.js';
import type { FeatureResources } from '../../src/stages/entities/ner/features.js';
import { compileGazetteers } from '../../src/stages/entities/ner/gazetteer.js';
import { PredictionHistory } from '../../src/stages/entities/ner/history.js';
import { BILOU_LABELS } from '../../src/stages/entities/ner/labels.js';
import { PartIndex } from '../../src/stages/entities/ner/part-index.js';
import { addScores } from '../../src/stages/entities/ner/perceptron.js';
import type { WeightTable } from '../../src/stages/entities/ner/perceptron.js';
import { loadNerModel } from '../../src/stages/entities/ner/tagger.js';
import { seededRandom } from '../../bench/lib/seeded-random.js';

const DOC = [
  'Russian President Vladimir Putin met Donald Trump in Anchorage , Alaska , on Friday .',
  'PUTIN AND TRUMP MEET IN ALASKA',
  '“ We will talk , ” U.S. Secretary of State Marco Rubio told Fox News about Russia ’s offer .',
  'Putin said the New York Stock Exchange fell 3.5 % to 1,234 points in 1999 .',
  'a|b c||d | e| |f Putin-Trump 12:30 — x',
  'The   X-ray  \u0000 🙂 Ünïcödé ÉTATS Trump',
].map((s) => s.split(' '));

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): void {
  expect(Array.from(a)).toEqual(Array.from(b));
}

/** Emission scores the plain way: every feature as a string, looked up one by one. */
function stringEmission(
  table: WeightTable,
  features: readonly string[],
  history: PredictionHistory | undefined,
  word: string,
): Float64Array {
  const local = [...features];
  history?.features(word, local);
  const out = new Float64Array(table.nLabels);
  addScores(table, local, out);
  return out;
}

describe('compiled tables score as the string features do', () => {
  const model = loadNerModel();
  const stats = documentStats(DOC, model.resources);

  it('gathers the same document statistics with or without the model', () => {
    expect(documentStats(DOC)).toEqual(stats);
  });

  it('gives the same emission scores, token by token, in both passes', () => {
    for (const table of [model.table, model.second ?? model.table]) {
      const ct = compileTable(table, model.labels);
      const history = new PredictionHistory();
      history.record('Putin', 'B-PER');
      history.record('Trump', 'B-ORG');
      for (const words of DOC) {
        const extras = words.map((w, i) => [`s1=${i % 2 ? 'O' : 'B-PER'}`, `nl:maj=PER`, `x=${w}`]);
        const lattice = buildLattice(ct, sentenceView(words, model.resources), {
          stats,
          history,
          features: extras,
        });
        sentenceFeatures(words, model.resources, stats).forEach((f, i) => {
          const L = table.nLabels;
          const want = stringEmission(table, [...f, ...(extras[i] ?? [])], history, words[i] ?? '');
          sameNumbers(lattice.emit.subarray(i * L, (i + 1) * L), want);
        });
      }
    }
  });

  it('decodes the same labels as the string path', () => {
    const h1 = new PredictionHistory();
    const h2 = new PredictionHistory();
    for (const words of DOC) {
      const slow = decodeSentence(model, sentenceFeatures(words, model.resources, stats), words, h1);
      const fast = decodeView(model, sentenceView(words, model.resources), { stats, history: h2 });
      expect(fast).toEqual(slow.labels);
    }
  });
});

describe('compiled tables on a random table', () => {
  // A table over every feature the sentences produce, with random quantized weights.
  const resources: FeatureResources = {
    gazetteer: compileGazetteers({ city: ['new york', 'anchorage'], 'name:per': ['vladimir putin'] }),
    clusters: new Map([
      ['putin', '1/2/3'],
      ['trump', '1/2/4'],
    ]),
  };
  const names = new Set<string>();
  for (const words of DOC) {
    for (const f of sentenceFeatures(words, resources)) f.forEach((x) => names.add(x));
    for (const w of words) {
      for (const prev of [...BILOU_LABELS, '<s>'])
        transitionFeatures(prev, w.toLowerCase(), 'Xx').forEach((x) => names.add(x));
    }
  }
  const random = seededRandom(3);
  const L = BILOU_LABELS.length;
  const weights = Float32Array.from({ length: names.size * L }, () => Math.round(random() * 200 - 100) / 128);
  const table: WeightTable = { index: new Map([...names].map((n, r) => [n, r])), weights, nLabels: L };

  it('decodes as the string path does, and a live table is not cached', () => {
    for (const words of DOC) {
      const slow = decodeSentence({ labels: BILOU_LABELS, table }, sentenceFeatures(words, resources), words);
      const fast = decodeView({ labels: BILOU_LABELS, table }, sentenceView(words, resources), {});
      expect(fast).toEqual(slow.labels);
    }
    const live: WeightTable = { ...table, live: true };
    expect(compileTable(live, BILOU_LABELS)).not.toBe(compileTable(live, BILOU_LABELS));
    expect(compileTable(table, BILOU_LABELS)).toBe(compileTable(table, BILOU_LABELS));
  });
});

describe('wordShape', () => {
  it('classes every character as the Unicode classes say', () => {
    const slow = (ch: string): string =>
      /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    for (let code = 0; code < 0x3000; code++) {
      const ch = String.fromCharCode(code);
      expect(wordShape(ch)).toBe(slow(ch));
    }
    expect(wordShape('McDonald’s 1990s 𝐀')).toBe('XxXx’x dx X');
  });
});

describe('PartIndex', () => {
  const names = ['w-1|0=a|b|c', 'w-1|0=a|b', 'g=B:city', 'w-1|0=|x', 'dcap'];
  const table: WeightTable = {
    index: new Map(names.map((n, r) => [n, r])),
    weights: new Float32Array(names.length),
    nLabels: 1,
  };
  const index = new PartIndex(table);

  it('finds a feature under whichever parts make up its name', () => {
    expect(index.row('w-1|0=', 'a|b', 'c')).toBe(0);
    expect(index.row('w-1|0=', 'a', 'b|c')).toBe(0);
    expect(index.row('w-1|0=', 'a', 'b', 'c')).toBe(0);
    expect(index.row('w-1|0=', 'a', 'b')).toBe(1);
    expect(index.row('w-1|0=', '', 'x')).toBe(3);
    expect(index.row('g=', 'B:city')).toBe(2);
    expect(index.row('dcap')).toBe(4);
  });

  it('finds nothing that is not a feature name', () => {
    expect(index.row('w-1|0=', 'a')).toBe(-1);
    expect(index.row('w-1|0=', 'b', 'c')).toBe(-1);
    expect(index.row('g=', 'B:town')).toBe(-1);
    expect(index.row('dlow')).toBe(-1);
  });
});
