/**
 * NER accuracy and speed: entity-level (exact span and type, conlleval-style) precision, recall and
 * F1 per type and overall on CoNLL-2003 eng.testb, CoNLL++ test and WikiGold, with published
 * anchors beside ours, and tokens per second of inference. Run with `npm run bench:ner`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { printTable, writeResults } from './lib/report.js';
import type { Row } from './lib/report.js';
import { sharedPath } from './lib/shared.js';
import { parseConll } from '../src/stages/entities/ner/iob-corpus.js';
import type { LabelledDocument } from '../src/stages/entities/ner/iob-corpus.js';
import { EntityScorer, score } from '../src/stages/entities/ner/evaluate.js';
import { ENTITY_TYPES } from '../src/stages/entities/ner/labels.js';
import { loadNerModel, tagDocument } from '../src/stages/entities/ner/tagger.js';
import type { NerModel } from '../src/stages/entities/ner/tagger.js';

const SETS = [
  { name: 'eng.testb', file: 'eval/ner/conll2003/eng.testb' },
  { name: 'conll++ test', file: 'eval/ner/conll2003/conllpp_test.txt' },
  { name: 'wikigold', file: 'eval/ner/wikigold/wikigold.conll.txt' },
];

const ANCHORS: Row[] = [
  { system: 'Stanford CRF (Finkel et al. 2005)', 'eng.testb F1': 86.9 },
  { system: 'Ratinov & Roth 2009', 'eng.testb F1': 90.8 },
  { system: 'BERT-base (Devlin et al. 2019)', 'eng.testb F1': 92.4 },
];

interface SetResult {
  name: string;
  rows: Row[];
  tokens: number;
  seconds: number;
}

function run(model: NerModel, name: string, docs: readonly LabelledDocument[]): SetResult {
  const scorer = new EntityScorer();
  let tokens = 0;
  let seconds = 0;
  for (const doc of docs) {
    const words = doc.map((s) => s.words);
    const t0 = performance.now();
    const predicted = tagDocument(model, words);
    seconds += (performance.now() - t0) / 1000;
    doc.forEach((s, i) => {
      tokens += s.words.length;
      scorer.add(s.labels, predicted[i] ?? []);
    });
  }
  const row = (type: string, c: { gold: number; predicted: number; correct: number }): Row => {
    const s = score(c);
    return { set: name, type, gold: c.gold, predicted: c.predicted, P: s.precision, R: s.recall, F1: s.f1 };
  };
  const rows = ENTITY_TYPES.map((t) => row(t, scorer.byType.get(t) ?? { gold: 0, predicted: 0, correct: 0 }));
  rows.push(row('overall', scorer.overall));
  return { name, rows, tokens, seconds };
}

function main(): void {
  const t0 = performance.now();
  const model = loadNerModel();
  const loadSeconds = (performance.now() - t0) / 1000;
  const results: SetResult[] = [];
  for (const set of SETS) {
    const path = sharedPath(set.file);
    if (path === undefined) continue;
    results.push(run(model, set.name, parseConll(readFileSync(path, 'utf8'))));
  }
  for (const r of results) printTable(`NER ${r.name} (entity-level, exact span + type)`, r.rows);
  const speed = results.map((r) => ({
    set: r.name,
    tokens: r.tokens,
    seconds: r.seconds,
    'tokens/s': Math.round(r.tokens / r.seconds),
  }));
  printTable(`NER speed (model load ${loadSeconds.toFixed(2)} s)`, speed);
  const ours = results.find((r) => r.name === 'eng.testb')?.rows.find((row) => row.type === 'overall');
  printTable('NER anchors (published, eng.testb)', [
    ...ANCHORS,
    { system: 'dateline (this model)', 'eng.testb F1': ours?.['F1'] ?? null },
  ]);
  writeResults('ner', {
    loadSeconds,
    sets: results.map((r) => ({ name: r.name, rows: r.rows })),
    speed,
    anchors: ANCHORS,
  });
}

main();
