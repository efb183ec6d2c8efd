/**
 * Parses CoNLL-style NER files (one token a line, label in the last column, blank lines between
 * sentences, `-DOCSTART-` between documents) into documents of sentences. Pure: no file I/O.
 */
import { iob1ToBio } from './labels.js';

/** One labelled sentence; labels are BIO. */
export interface LabelledSentence {
  words: string[];
  labels: string[];
}

/** A document: its sentences in order. */
export type LabelledDocument = LabelledSentence[];

/**
 * Documents from CoNLL text; labels are converted from IOB1 to BIO.
 * @example parseConll('-DOCSTART- O\n\nPeter I-PER\n') // [[{ words: ['Peter'], labels: ['B-PER'] }]]
 */
export function parseConll(text: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument = [];
  let sentence: LabelledSentence = { words: [], labels: [] };
  const endSentence = (): void => {
    if (sentence.words.length > 0) doc.push({ words: sentence.words, labels: iob1ToBio(sentence.labels) });
    sentence = { words: [], labels: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    sentence.words.push(cols[0] ?? '');
    sentence.labels.push(cols[cols.length - 1] ?? 'O');
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}
