/**
 * Title phrases around names: "U.S. Secretary of State, Marco Rubio", "presidential aide Yuri
 * Ushakov", "Kirill Dmitriev, Russia's top economic envoy,". A phrase is a run of affiliation words,
 * modifiers and a title head; it yields the title as written (affiliation words left out), the
 * country and organization it names, and the sector of its head.
 */
import type { Span } from '../../document/span.js';
import type { Affiliation } from './data/affiliations.js';
import { findAffiliation } from './data/affiliations.js';
import type { Sector } from './data/titles.js';
import { titleHeadAt, TITLE_HEADS, TITLE_MODIFIERS } from './data/titles.js';
import type { NerWord } from './ner-view.js';

export interface TitlePhrase {
  readonly title: string;
  readonly country?: string;
  readonly org?: string;
  readonly orgSpan?: Span;
  readonly sector: Sector;
  readonly leader: boolean;
  readonly span: Span;
  /** Word indices [first, last) of the phrase in its sentence. */
  readonly first: number;
  readonly last: number;
}

const HEAD_WORDS = new Set(TITLE_HEADS.flatMap((h) => h.words));

/** True for words that can only be part of a title: "spokesman", "president", "presidential". */
export function isTitleWord(lower: string): boolean {
  return HEAD_WORDS.has(lower) || TITLE_MODIFIERS.has(lower);
}

/** The title phrase that ends at word `end` (exclusive), reading leftwards. */
export function titleBefore(words: readonly NerWord[], end: number): TitlePhrase | undefined {
  let first = end;
  while (first > 0 && first > end - 8) {
    const w = words[first - 1];
    if (!w || !titleish(words, first - 1)) break;
    first--;
  }
  if (words[first]?.text.toLowerCase() === 'of') first++;
  return readPhrase(words, first, end);
}

/** The title phrase that starts at word `start`, after an optional "the", reading rightwards. */
export function titleAfter(words: readonly NerWord[], start: number): TitlePhrase | undefined {
  let first = start;
  if (words[first]?.text.toLowerCase() === 'the') first++;
  let end = first;
  while (end < words.length && end < first + 10) {
    const w = words[end];
    if (!w || !titleish(words, end)) break;
    end++;
  }
  return readPhrase(words, first, end);
}

/** A word that can be part of a title phrase: title word, possessive, or in an affiliation ("White House"). */
function titleish(words: readonly NerWord[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (isTitleWord(w.text.toLowerCase()) || isPossessive(words, i)) return true;
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    const aff = affiliationAt(words, from, words.length);
    if (aff && from + aff.length > i) return true;
  }
  return false;
}

/** The longest affiliation (up to three words, not past `limit`) starting at word `i`. */
function affiliationAt(
  words: readonly NerWord[],
  i: number,
  limit: number,
): (Affiliation & { length: number }) | undefined {
  for (let n = Math.min(3, limit - i); n >= 1; n--) {
    const phrase = words
      .slice(i, i + n)
      .map((w) => w.text)
      .join(' ');
    const aff = findAffiliation(phrase);
    if (aff) return { ...aff, length: n };
  }
  return undefined;
}

function isPossessive(words: readonly NerWord[], i: number): boolean {
  return /^['’]s$/u.test(words[i]?.text ?? '');
}

/** Reads affiliation, modifiers and head from words [first, end); undefined without a head. */
function readPhrase(words: readonly NerWord[], first: number, end: number): TitlePhrase | undefined {
  const lower = words.map((w) => w.text.toLowerCase());
  let head: ReturnType<typeof titleHeadAt>;
  let headAt = -1;
  for (let i = first; i < end; i++) {
    const found = titleHeadAt(lower, i);
    if (found && i + found.length <= end) {
      head = found;
      headAt = i;
      i += found.length - 1;
    }
  }
  if (!head || headAt < 0) return undefined;
  let last = headAt + head.length;
  const titleWords: string[] = [];
  let country: string | undefined;
  let org: { name: string; span: Span } | undefined;
  for (let i = first; i < last; i++) {
    const w = words[i];
    if (!w || isPossessive(words, i)) continue;
    const aff = affiliationAt(words, i, headAt);
    if (aff?.org)
      org = { name: aff.org, span: { start: w.start, end: words[i + aff.length - 1]?.end ?? w.end } };
    if (aff) country ??= aff.country;
    if (!aff || aff.org) titleWords.push(...words.slice(i, i + (aff?.length ?? 1)).map((x) => x.text));
    if (aff) i += aff.length - 1;
  }
  // "the foreign minister of Ukraine": the country after the head.
  if (lower[last] === 'of') {
    const aff = affiliationAt(words, last + 1, words.length);
    if (aff && !aff.org) {
      country ??= aff.country;
      last += 1 + aff.length;
    }
  }
  const startWord = words[first];
  const endWord = words[last - 1];
  if (!startWord || !endWord || titleWords.length === 0) return undefined;
  return {
    title: titleWords.join(' '),
    ...(country ? { country } : {}),
    ...(org ? { org: org.name, orgSpan: org.span } : {}),
    sector: head.head.sector,
    leader: head.head.leader === true,
    span: { start: startWord.start, end: endWord.end },
    first,
    last,
  };
}
