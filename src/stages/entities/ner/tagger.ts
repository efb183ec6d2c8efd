/**
 * Public NER API: load the committed model, tag a sentence or a whole document with BIO labels.
 * Loading is a synchronous file read of `models/ner/model.bin.gz`; nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeView } from './decode.js';
import { documentStats, sentenceView } from './features.js';
import type { DocumentStats, FeatureResources, SentenceView } from './features.js';
import { compileGazetteers } from './gazetteer.js';
import { PredictionHistory } from './history.js';
import { nonLocalFeatures } from './non-local.js';
import { decodeModel } from './model-io.js';
import { toBio } from './labels.js';
import type { ModelData } from './model-io.js';
import type { WeightTable } from './perceptron.js';

/** A loaded model, ready to tag. `second` re-tags with the first pass's labels as features. */
export interface NerModel {
  labels: readonly string[];
  table: WeightTable;
  resources: FeatureResources;
  second?: WeightTable;
}

/** What the tagger knows about the rest of the document while tagging one sentence. */
export interface DocumentContext {
  stats?: DocumentStats;
  history: PredictionHistory;
  /** The document's sentences, when known: the second pass needs them all. */
  sentences?: readonly (readonly string[])[];
  /** Sentence views and second-pass features, from a first pass over `sentences` (computed lazily). */
  firstPass?: { views: SentenceView[]; extras: string[][][] };
  /** Index of the next sentence of `sentences` expected by `tagSentence`. */
  cursor: number;
}

/** `models/ner/model.bin.gz` of this package, found from this file's location (src or dist). */
export function defaultModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', '..', '..', '..', 'models', 'ner', 'model.bin.gz');
}

/** A model from in-memory model data (used by training and by `loadNerModel`). */
export function modelFromData(data: ModelData): NerModel {
  const model: NerModel = {
    labels: data.labels,
    table: data.table,
    resources: {
      gazetteer: compileGazetteers(data.gazetteer),
      clusters: new Map(Object.entries(data.clusters)),
      ...(data.vectorClusters ? { vectorClusters: data.vectorClusters } : {}),
      ...(data.vectorTypes ? { vectorTypes: data.vectorTypes } : {}),
      ...(data.contextNet ? { contextNet: data.contextNet } : {}),
    },
  };
  if (data.second) model.second = data.second;
  return model;
}

/**
 * Loads the NER model (synchronously, from disk only).
 * @example const model = loadNerModel();
 */
export function loadNerModel(path: string = defaultModelPath()): NerModel {
  return modelFromData(decodeModel(readFileSync(path)));
}

/** A fresh context for tagging the sentences of one document in order. */
export function newDocumentContext(
  sentences?: readonly (readonly string[])[],
  resources?: FeatureResources,
): DocumentContext {
  const history = new PredictionHistory();
  return sentences
    ? { stats: documentStats(sentences, resources), history, sentences, cursor: 0 }
    : { history, cursor: 0 };
}

/** First-pass BIO labels and the sentence views of each sentence of a document. */
interface FirstPass {
  labels: string[][];
  views: SentenceView[];
}

/** The first pass alone over a whole document (with its own prediction history). */
export function firstPass(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  stats: DocumentStats,
): FirstPass {
  const history = new PredictionHistory();
  const views = sentences.map((words) => sentenceView(words, model.resources));
  const labels = views.map((v) =>
    v.words.length === 0 ? [] : toBio(decodeView(model, v, { stats, history })),
  );
  return { labels, views };
}

function sameWords(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Second-pass input of `words` when it is the next sentence of the context's document. */
function secondPassInput(
  model: NerModel,
  words: readonly string[],
  context: DocumentContext,
): { view: SentenceView; extras: string[][] } | undefined {
  const { sentences, stats } = context;
  if (!sentences || !stats || !sameWords(sentences[context.cursor], words)) return undefined;
  if (!context.firstPass) {
    const first = firstPass(model, sentences, stats);
    context.firstPass = { views: first.views, extras: nonLocalFeatures(sentences, first.labels) };
  }
  const view = context.firstPass.views[context.cursor];
  const extras = context.firstPass.extras[context.cursor] ?? [];
  context.cursor++;
  return view && { view, extras };
}

/**
 * BIO labels for one tokenized sentence.
 * @example tagSentence(model, ['Vladimir', 'Putin', 'spoke']) // ['B-PER', 'I-PER', 'O']
 */
export function tagSentence(model: NerModel, words: readonly string[], context?: DocumentContext): string[] {
  const second = model.second && context ? secondPassInput(model, words, context) : undefined;
  if (words.length === 0) return [];
  const history = context?.history;
  if (!model.second || !second) {
    const view = sentenceView(words, model.resources);
    return toBio(decodeView(model, view, { stats: context?.stats, history }));
  }
  const scorer = { labels: model.labels, table: model.second };
  return toBio(decodeView(scorer, second.view, { stats: context?.stats, history, features: second.extras }));
}

/**
 * BIO labels for every sentence of a document, using document-level consistency features.
 * @example tagDocument(model, [['Putin', 'spoke'], ['Putin', 'left']])
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const context = newDocumentContext(sentences, model.resources);
  return sentences.map((words) => tagSentence(model, words, context));
}
