/**
 * Codes a text with a PETRARCH dictionary set through dateline's own layers: `analyze` gives the
 * tokens, POS tags and sentences; dateline's name mentions can stand in for actors the
 * dictionaries lack when `unknownActor` gives them a code.
 */
import type { Document } from '../../../document/document.js';
import { analyze } from '../../../pipeline/analyze.js';
import type { CodedEvent, CoderOptions } from './code-sentence.js';
import { codeWords } from './code-sentence.js';
import type { DictionarySet } from './dictionary-set.js';
import type { CoderWord } from './sentence-words.js';
import { coderWords } from './sentence-words.js';

export interface CodeTextOptions extends Omit<CoderOptions, 'extraActors'> {
  /** A code for a name dateline found that the dictionaries lack (e.g. the shipped actor base). */
  readonly unknownActor?: (name: string) => string | undefined;
}

/** Events of one sentence of the text. */
export interface CodedSentence {
  readonly start: number;
  readonly end: number;
  readonly events: CodedEvent[];
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * Codes every sentence of `text`. Example:
 * `codeText('Arnor signed an accord with Gondor.', loadDictionarySet(texts))[0]?.events`
 */
export function codeText(
  text: string,
  dictionaries: DictionarySet,
  options: CodeTextOptions = {},
): CodedSentence[] {
  const doc = analyze(text);
  return codeDocument(doc, dictionaries, options);
}

/** Codes the sentences of an analysed document. */
export function codeDocument(
  doc: Document,
  dictionaries: DictionarySet,
  options: CodeTextOptions = {},
): CodedSentence[] {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  return sentences.map((s) => {
    const words = coderWords(doc.text, tokens.slice(s.tokens.start, s.tokens.end));
    const extraActors = options.unknownActor ? mentionActors(doc, words, options.unknownActor) : [];
    const coder: CoderOptions = {
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.requireDyad === undefined ? {} : { requireDyad: options.requireDyad }),
    };
    return { start: s.start, end: s.end, events: codeWords(words, dictionaries, { ...coder, extraActors }) };
  });
}

function mentionActors(
  doc: Document,
  words: readonly CoderWord[],
  unknownActor: (name: string) => string | undefined,
): { first: number; last: number; code: string }[] {
  const out: { first: number; last: number; code: string }[] = [];
  for (const m of doc.layers.mentions ?? []) {
    if (m.kind !== 'name' || !ACTOR_TYPES.has(m.type)) continue;
    const first = words.findIndex((w) => w.start >= m.start);
    const last = words.findLastIndex((w) => w.end <= m.end);
    if (first < 0 || last < first) continue;
    const code = unknownActor(doc.text.slice(m.start, m.end));
    if (code !== undefined) out.push({ first, last, code });
  }
  return out;
}
