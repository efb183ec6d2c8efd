/**
 * Public NER API: load the committed model, tag a sentence or a whole document with BIO labels.
 * Loading is a synchronous file read of `models/ner/model.bin.gz`; nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSentence } from './decode.js';
import { documentStats, sentenceFeatures } from './features.js';
import type { DocumentStats, FeatureResources } from './features.js';
import { compileGazetteer } from './gazetteer.js';
import { PredictionHistory } from './history.js';
import { decodeModel } from './model-io.js';
import { toBio } from './labels.js';
import type { ModelData } from './model-io.js';
import type { WeightTable } from './perceptron.js';

/** A loaded model, ready to tag. */
export interface NerModel {
  labels: readonly string[];
  table: WeightTable;
  resources: FeatureResources;
}

/** What the tagger knows about the rest of the document while tagging one sentence. */
export interface DocumentContext {
  stats?: DocumentStats;
  history: PredictionHistory;
}

/** `models/ner/model.bin.gz` of this package, found from this file's location (src or dist). */
export function defaultModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', '..', '..', '..', 'models', 'ner', 'model.bin.gz');
}

/** A model from in-memory model data (used by training and by `loadNerModel`). */
export function modelFromData(data: ModelData): NerModel {
  return {
    labels: data.labels,
    table: data.table,
    resources: { gazetteer: compileGazetteer(data.gazetteer), clusters: new Map(Object.entries(data.clusters)) },
  };
}

/**
 * Loads the NER model (synchronously, from disk only).
 * @example const model = loadNerModel();
 */
export function loadNerModel(path: string = defaultModelPath()): NerModel {
  return modelFromData(decodeModel(readFileSync(path)));
}

/** A fresh context for tagging the sentences of one document in order. */
export function newDocumentContext(sentences?: readonly (readonly string[])[]): DocumentContext {
  return sentences ? { stats: documentStats(sentences), history: new PredictionHistory() } : { history: new PredictionHistory() };
}

/**
 * BIO labels for one tokenized sentence.
 * @example tagSentence(model, ['Vladimir', 'Putin', 'spoke']) // ['B-PER', 'I-PER', 'O']
 */
export function tagSentence(model: NerModel, words: readonly string[], context?: DocumentContext): string[] {
  if (words.length === 0) return [];
  const features = sentenceFeatures(words, model.resources, context?.stats);
  return toBio(decodeSentence(model, features, words, context?.history).labels);
}

/**
 * BIO labels for every sentence of a document, using document-level consistency features.
 * @example tagDocument(model, [['Putin', 'spoke'], ['Putin', 'left']])
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const context = newDocumentContext(sentences);
  return sentences.map((words) => tagSentence(model, words, context));
}
