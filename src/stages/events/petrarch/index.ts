/**
 * PETRARCH-format event coding: read a user's (or PETRARCH's) verb, actor, agent and discard
 * dictionaries, and code sentences into (source, target, CAMEO event) triples with dateline's
 * tokens and POS tags.
 *
 *     const dictionaries = loadDictionarySet({ verbs: { text, file: 'verbs' }, actors: [...] });
 *     codeText('Arnor signed an accord with Gondor.', dictionaries)[0]?.events;
 *     // [{ source: 'ARN', target: 'GON', code: '057', … }]
 */
export type { CodedEvent, CoderOptions } from './code-sentence.js';
export { codeWords } from './code-sentence.js';
export type { CodedSentence, CodeTextOptions } from './code-text.js';
export { codeDocument, codeText } from './code-text.js';
export type { CommaOptions } from './drop-comma-clauses.js';
export { commaOptions, DEFAULT_COMMA_OPTIONS } from './drop-comma-clauses.js';
export type { DictionarySet, DictionaryTexts, PhraseIndex } from './dictionary-set.js';
export { actorCodeOn, loadDictionarySet } from './dictionary-set.js';
export type { ActorUnit } from './find-actors.js';
export { findActors } from './find-actors.js';
export { parsePetrarchDiscards } from './parse-petrarch-discards.js';
export { parsePetrarchVerbs } from './parse-petrarch-verbs.js';
export type { VerbParseResult } from './parse-petrarch-verbs.js';
export type { CoderToken, CoderWord } from './sentence-words.js';
export { coderWords } from './sentence-words.js';
export type {
  DiscardPhrase,
  PatternElement,
  VerbBlock,
  VerbDictionary,
  VerbForm,
  VerbPattern,
} from './verb-types.js';
