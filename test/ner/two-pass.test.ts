import { describe, it, expect } from 'vitest';
import { compileGazetteers } from '../../src/stages/entities/ner/gazetteer.js';
import { BIO_LABELS } from '../../src/stages/entities/ner/labels.js';
import { decodeModel, encodeModel } from '../../src/stages/entities/ner/model-io.js';
import { nonLocalFeatures } from '../../src/stages/entities/ner/non-local.js';
import type { WeightTable } from '../../src/stages/entities/ner/perceptron.js';

function table(entries: Record<string, number[]>): WeightTable {
  const nLabels = BIO_LABELS.length;
  const names = Object.keys(entries);
  const weights = new Float32Array(names.length * nLabels);
  names.forEach((n, r) => (entries[n] ?? []).forEach((w, k) => (weights[r * nLabels + k] = w)));
  return { index: new Map(names.map((n, r) => [n, r])), weights, nLabels };
}

describe('second pass', () => {
  it('tells a word how the first pass labelled it elsewhere in the document', () => {
    const f = nonLocalFeatures(
      [
        ['Clinton', 'won'],
        ['Bill', 'Clinton', 'left'],
        ['Clinton', 'spoke'],
      ],
      [
        ['B-PER', 'O'],
        ['B-PER', 'I-PER', 'O'],
        ['O', 'O'],
      ],
    );
    expect(f[2]?.[0]).toEqual(expect.arrayContaining(['s1=O', 'nl:maj=PER', 'nl:any=PER', 'nl:span=PER']));
    expect(f[0]?.[1]).toEqual(['s1=O', 's1-1|0=B-PER|O', 's1+1=</s>']);
  });

  it('round-trips a model with two weight tables', () => {
    const first = table({ b: [1, 0, 0, 0, 0, 0, 0, 0, 0] });
    const second = table({ 's1=O': [2, 0, 0, 0, 0, 0, 0, 0, 0], 'nl:maj=PER': [0, 3, 0, 0, 0, 0, 0, 0, 0] });
    const data = decodeModel(
      encodeModel({ labels: BIO_LABELS, table: first, gazetteer: {}, clusters: {}, second }, 0.5),
    );
    expect(data.table.index.size).toBe(1);
    expect(data.second?.index.get('nl:maj=PER')).toBe(1);
    expect(data.second?.weights[1 * BIO_LABELS.length + 1]).toBeCloseTo(3, 2);
  });
});

describe('name gazetteers', () => {
  it('keeps name lists apart from place lists and indexes their tokens', () => {
    const g = compileGazetteers({
      country: ['france'],
      'name:per': ['jacques chirac'],
      'tok:first': ['jacques'],
    });
    expect(g.places.phrases.has('jacques chirac')).toBe(false);
    expect(g.names.phrases.get('jacques chirac')).toEqual(['name:per']);
    expect(g.tokens.get('jacques')).toEqual(['in:name:per', 'tok:first']);
  });
});
