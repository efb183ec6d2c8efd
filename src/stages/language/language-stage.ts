/**
 * The language stage adds tokens (with part of speech) and sentences, from wink-nlp with dateline's
 * own fixes for wire text; every offset points into the original text.
 */
import type { Document } from '../../document/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export const LANGUAGE_MODEL = 'wink-eng-lite-web-model+wire-quirks/1';

export const languageStage: Stage = {
  name: 'language',
  reads: [],
  writes: ['tokens', 'sentences'],
  run(doc: Document): void {
    const { tokens, winkStarts } = tokenize(doc.text);
    doc.layers.tokens = tokens;
    doc.layers.sentences = segmentSentences(doc.text, tokens, winkStarts);
    doc.provenance.tokens = { stage: 'language', rule: LANGUAGE_MODEL };
    doc.provenance.sentences = { stage: 'language', rule: 'wink-sentences+sentence-rules/1' };
  },
};
