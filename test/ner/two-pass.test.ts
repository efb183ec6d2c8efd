import { describe, it, expect } from 'vitest';
import { compileGazetteers } from '../../src/stages/entities/ner/gazetteer.js';
import { BIO_LABELS } from '../../src/stages/entities/ner/labels.js';
import { decodeModel, encodeModel } from '../../src/stages/entities/ner/model-io.js';
import { nonLocalFeatures } from '../../src/stages/entities/ner/non-local.js';
import { documentStats } from '../../src/stages/entities/ner/features.js';
import { describeWord } from '../../src/stages/entities/ner/word-info.js';
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

describe('word-vector resources', () => {
  it('gives a word its vector cluster prefixes and type guess, and keeps them through the model file', () => {
    const resources = {
      gazetteer: compileGazetteers({}),
      clusters: new Map([['ljubljana', '3/1']]),
      vectorClusters: new Map([['ljubljana', '12/4/2']]),
      vectorTypes: new Map([['ljubljana', 'LOC1 ORG']]),
    };
    expect(describeWord('Ljubljana', resources).clusterPrefixes).toEqual([
      '3',
      '3/1',
      'v12',
      'v12/4',
      'v12/4/2',
      'eLOC1',
      'e2ORG',
    ]);
    expect(describeWord('unknown', resources).clusterPrefixes).toEqual([]);
    const data = decodeModel(
      encodeModel(
        {
          labels: BIO_LABELS,
          table: table({ b: [1, 0, 0, 0, 0, 0, 0, 0, 0] }),
          gazetteer: {},
          clusters: {},
          vectorClusters: resources.vectorClusters,
          vectorTypes: resources.vectorTypes,
        },
        0.5,
      ),
    );
    expect(data.vectorClusters).toEqual(new Map([['ljubljana', '12/4/2']]));
    expect(data.vectorTypes).toEqual(new Map([['ljubljana', 'LOC1 ORG']]));
  });

  it('tells a sports results document from a news story', () => {
    const sport = [
      ['SOCCER', '-', 'DUTCH', 'LEAGUE', 'RESULTS', '.'],
      ['Ajax', '3', 'PSV', '1'],
      ['Feyenoord', '2', 'Twente', '0'],
      ['Utrecht', '1', 'Vitesse', '1'],
    ];
    expect(documentStats(sport).genre).toBe('sport+table');
    expect(documentStats([['Putin', 'met', 'Trump', 'in', 'Anchorage', '.']]).genre).toBe('news');
  });
});
