/**
 * Statistical named-entity tagger for English news (PER, ORG, LOC, MISC), an averaged perceptron
 * trained on CoNLL-2003 with gazetteer, word-cluster and document-level features.
 * `scripts/train-ner.ts` rebuilds the model; `bench/ner.ts` measures it.
 */
export { loadNerModel, tagSentence, tagDocument, newDocumentContext, defaultModelPath } from './tagger.js';
export type { NerModel, DocumentContext } from './tagger.js';
export { labelsToSpans, iob1ToBio, BIO_LABELS, ENTITY_TYPES } from './labels.js';
export type { EntityType, TokenSpan } from './labels.js';
export { NerModelError } from './model-io.js';
