/**
 * The words the dictionary coder reads: dateline's tokens (wink-nlp tokens and POS tags from the
 * language stage) with hyphenated compounds rejoined ("cease-fire"), each with the key the
 * dictionaries are indexed by.
 */
import type { Document } from '../../../document/document.js';
import { normalizeName } from '../../../actors/normalize-name.js';

/** One word of a sentence. */
export interface CoderWord {
  readonly text: string;
  /** Upper case, as verb dictionaries write words. */
  readonly upper: string;
  /** `normalizeName` of the word, as actor and agent phrases are indexed. */
  readonly key: string;
  /** Universal POS tag. */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** A token as the coder needs it: text span and POS tag. */
export interface CoderToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** Words of `text` from tokens, joining `word-word` written without spaces into one word. */
export function coderWords(text: string, tokens: readonly CoderToken[]): CoderWord[] {
  const out: CoderWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let end = t.end;
    let pos = t.pos;
    // "cease-fire", "pro-restoration": hyphen glued on both sides.
    while (text[end] === '-' && tokens[i + 1]?.start === end && tokens[i + 2]?.start === end + 1) {
      end = tokens[i + 2]?.end ?? end;
      pos = tokens[i + 2]?.pos ?? pos;
      i += 2;
    }
    out.push(makeWord(text, t.start, end, pos));
  }
  return out;
}

/** Words of every sentence of an analysed document, sentence by sentence. */
export function documentSentenceWords(doc: Document): CoderWord[][] {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [
    { start: 0, end: doc.text.length, tokens: { start: 0, end: tokens.length } },
  ];
  return sentences.map((s) => coderWords(doc.text, tokens.slice(s.tokens.start, s.tokens.end)));
}

function makeWord(text: string, start: number, end: number, pos: string): CoderWord {
  const word = text.slice(start, end);
  return { text: word, upper: word.toUpperCase(), key: normalizeName(word), pos, start, end };
}
