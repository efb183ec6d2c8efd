/**
 * The NER model was trained on CoNLL-2003 tokens, where hyphenated words stay whole
 * ("Elmendorf-Richardson"). wink-nlp splits them; this view joins word-hyphen-word runs with no
 * space between back into one word, keeping each word's span in the original text.
 */
import type { Document, Sentence } from '../../document/document.js';
import type { Span } from '../../document/span.js';

export interface NerWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The words of each sentence, as the NER model expects them. */
export function nerSentences(doc: Document): NerWord[][] {
  const tokens = doc.layers.tokens ?? [];
  return (doc.layers.sentences ?? []).map((s: Sentence) => {
    const words: NerWord[] = [];
    let i = s.tokens.start;
    while (i < s.tokens.end) {
      const t = tokens[i];
      if (!t) break;
      let end = t.end;
      let next = i + 1;
      // Extend over "-" + word pairs glued to the word: Elmendorf-Richardson, face-to-face.
      while (next + 1 < s.tokens.end && joinsAt(doc, tokens, next, end)) {
        end = tokens[next + 1]?.end ?? end;
        next += 2;
      }
      words.push({ text: doc.text.slice(t.start, end), start: t.start, end });
      i = next;
    }
    return words;
  });
}

/** Token `h` is a hyphen glued to `end` and to a word after it that is not an initialism ("U.S."). */
function joinsAt(doc: Document, tokens: readonly Span[], h: number, end: number): boolean {
  const hyphen = tokens[h];
  const right = tokens[h + 1];
  if (!hyphen || !right || hyphen.start !== end || right.start !== hyphen.end) return false;
  const r = doc.text.slice(right.start, right.end);
  return (
    doc.text.slice(hyphen.start, hyphen.end) === '-' &&
    /[\p{L}\p{N}]/u.test(doc.text[end - 1] ?? '') &&
    /^[\p{L}\p{N}]/u.test(r) &&
    !/^(?:\p{Lu}\.){2,}/u.test(r)
  );
}
