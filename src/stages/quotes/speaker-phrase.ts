/**
 * Noun phrases around a reporting cue, over the words of one sentence: the subject before it
 * ("Kremlin Spokesman, Dmitry Peskov, explained"), the speaker after it in an inversion ("…,” said
 * Colin Strother, a campaign spokesman"), and the addressee of "told reporters …".
 */

/** A word of a sentence with its part of speech (wink-nlp's universal tags). */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Inside a name the entities stage found (a name wink tagged as a verb: "Cook said"). */
  readonly name?: boolean;
}

/** Word indices `[first, last]` of a phrase, both inclusive. */
export interface WordRange {
  readonly first: number;
  readonly last: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'X']);
const NP_LINKS = new Set(['of', 'for', 'at', 'from', 'to', 'on', 'in', 'with', '&']);
/** Words that head a phrase of their own: "a third said", "most of them said", "others say". */
const QUANTIFIERS = new Set([
  'third',
  'quarter',
  'half',
  'most',
  'many',
  'some',
  'others',
  'several',
  'few',
  'both',
  'all',
  'majority',
  'minority',
  'plurality',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM', 'X']);
const SKIP_BEFORE_CUE = new Set([
  'also',
  'later',
  'then',
  'previously',
  'repeatedly',
  'reportedly',
  'again',
  // "Ford itself said", "Cruz himself said"
  'itself',
  'himself',
  'herself',
  'themselves',
]);
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening|earlier|recently|weekend)$/u;
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'in']);

const isQuoteMark = (w: Word | undefined): boolean => w !== undefined && /^["“”‘’'«»„‟`]+$/u.test(w.text);
const isComma = (w: Word | undefined): boolean => w?.text === ',';
export const isHead = (w: Word | undefined): boolean =>
  w !== undefined && (HEAD_POS.has(w.pos) || w.name === true || w.text === '%') && !isQuoteMark(w);

/** Whether a word can sit inside a noun phrase (not at its edges only). */
function inPhrase(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || isQuoteMark(w)) return false;
  if (NP_POS.has(w.pos) || w.name === true || w.text === '%') return true;
  if (w.pos === 'PART' && /^['’]s?$/u.test(w.text)) return true;
  if (w.pos === 'PUNCT') return (w.text === '-' || w.text === '.') && glued(words, i);
  if (w.pos === 'PRON') return /^(?:his|her|their|its|our|my|your)$/u.test(w.lower);
  const link = NP_LINKS.has(w.lower) || (w.lower === 'and' && w.pos === 'CCONJ');
  // "a source familiar with Cruz’s thinking", "spokesman for the campaign"
  const before = words[i - 1];
  return link && (isHead(before) || before?.pos === 'ADJ') && inPhraseStart(words[i + 1]);
}

const inPhraseStart = (w: Word | undefined): boolean =>
  w !== undefined && (NP_POS.has(w.pos) || w.name === true || /^(?:his|her|their|its)$/u.test(w.lower));

function glued(words: readonly Word[], i: number): boolean {
  const a = words[i - 1];
  const w = words[i];
  const b = words[i + 1];
  return a !== undefined && b !== undefined && w !== undefined && a.end === w.start && w.end === b.start;
}

/** The plain noun phrase ending at word `j` (inclusive), or undefined when `j` is not its head. */
function phraseEndingAt(words: readonly Word[], j: number): WordRange | undefined {
  const head = words[j];
  if (!head) return undefined;
  if (head.pos === 'PRON' && !(words[j - 1]?.lower === 'of' && /^(?:them|us|those)$/u.test(head.lower))) {
    return SUBJECT_PRONOUNS.has(head.lower) ? { first: j, last: j } : undefined;
  }
  if (QUANTIFIERS.has(head.lower) && head.pos !== 'VERB') return extendLeft(words, j);
  if (!isHead(head) && head.pos !== 'PRON') return undefined;
  return extendLeft(words, j);
}

function extendLeft(words: readonly Word[], j: number): WordRange {
  let k = j;
  while (k - 1 >= 0 && inPhrase(words, k - 1)) k--;
  // A phrase starts at a word that can start one: not a link word or a hyphen.
  while (k < j && !inPhraseStart(words[k]) && words[k]?.pos !== 'PART') k++;
  return { first: k, last: j };
}

/** The subject of the cue at word `c`: `X said`, `X, the Y, said`, `X on Sunday said`. */
export function subjectBefore(words: readonly Word[], c: number): WordRange | undefined {
  let j = c - 1;
  for (let moved = true; moved;) {
    const from = j;
    while (j >= 0 && skippable(words, j)) j--;
    j = skipTime(words, j);
    moved = j !== from;
  }
  // "those surveyed said", "voters polled say": a participle closes the subject phrase.
  if (/ed$/u.test(words[j]?.lower ?? '') && words[j]?.pos === 'VERB') {
    const head = words[j - 1];
    if (head?.lower === 'those') return { first: j - 1, last: j };
    if (head?.pos === 'NOUN' && /s$/u.test(head.lower)) {
      const phrase = phraseEndingAt(words, j - 1);
      if (phrase) return { first: phrase.first, last: j };
    }
  }
  // "Sen. Bernie Sanders (I-Vt.) said": the party and state belong to the speaker phrase.
  const paren = words[j]?.text === ')' ? openingParen(words, j) : undefined;
  const plain = phraseEndingAt(words, paren === undefined ? j : paren - 1);
  if (plain) {
    // "Barkley, who said …": the speaker is the name with its relative pronoun (PolNeAR marks "who").
    if (words[plain.first]?.lower === 'who' && isComma(words[plain.first - 1])) {
      const antecedent = phraseEndingAt(words, plain.first - 2);
      return antecedent ? { first: antecedent.first, last: plain.first } : undefined;
    }
    return { first: plain.first, last: j };
  }
  // A capitalised word opening its clause is a name the tagger missed: "Jolly said".
  const w = words[j];
  if (w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && (j === 0 || isAsideMark(words[j - 1])) && w.pos !== 'PRON') {
    return { first: j, last: j };
  }
  return isAsideMark(words[j]) ? subjectOfAsideBefore(words, j) : undefined;
}

/** "X, <apposition or aside>, said" or "X — a teacher — says", the aside closed at word `j`. */
function subjectOfAsideBefore(words: readonly Word[], j: number): WordRange | undefined {
  // An aside opens and closes with the same kind of mark; a dashed one may hold commas.
  const opens = isComma(words[j])
    ? isAsideMark
    : (w: Word | undefined): boolean => isAsideMark(w) && !isComma(w);
  let p = j - 1;
  while (p >= 0 && p > j - 40 && !opens(words[p]) && !isQuoteMark(words[p])) p--;
  // "Sen. Jack Reed (D-R.I.), said": a comma after the parenthesis, no aside.
  if (p < 0 && words[j - 1]?.text === ')') {
    const phrase = subjectOfAside(words, j - 1);
    return phrase?.first === 0 ? phrase : undefined;
  }
  if (!isAsideMark(words[p]) || p === j - 1) return undefined;
  // "1984 -- an insurgent …, said" holds no subject.
  if (isComma(words[p]) !== isComma(words[j])) return undefined;
  // "Sanders, meanwhile, who …, said": a sentence adverb set off before the aside.
  const skipAdverb = words[p - 1]?.pos === 'ADV' && isComma(words[p - 2]);
  const before = subjectOfAside(words, skipAdverb ? p - 3 : p - 1);
  if (!before) return undefined;
  const aside = words[p + 1];
  // An aside that is a place, time or manner ("in a statement", "speaking on radio") is not the speaker.
  if (
    aside &&
    (aside.pos === 'ADP' || aside.pos === 'ADV' || /ing$/u.test(aside.lower) || aside.pos === 'SCONJ')
  ) {
    return before;
  }
  return { first: before.first, last: j - 1 };
}

function subjectOfAside(words: readonly Word[], j: number): WordRange | undefined {
  const paren = words[j]?.text === ')' ? openingParen(words, j) : undefined;
  const phrase = phraseEndingAt(words, paren === undefined ? j : paren - 1);
  return phrase ? { first: phrase.first, last: j } : undefined;
}

const isAsideMark = (w: Word | undefined): boolean => w !== undefined && /^(?:[,—–]|--)$/u.test(w.text);

/** Index of the "(" that opens the parenthesis closed at `j`, within a few words. */
function openingParen(words: readonly Word[], j: number): number | undefined {
  for (let k = j - 1; k >= 0 && k > j - 10; k--) if (words[k]?.text === '(') return k;
  return undefined;
}

/** The speaker after an inverted cue: `said Colin Strother, a Cuellar campaign spokesman.` */
export function subjectAfter(words: readonly Word[], c: number, end: number): WordRange | undefined {
  const first = c + 1;
  const start = words[first];
  if (!start || !(NP_POS.has(start.pos) || SUBJECT_PRONOUNS.has(start.lower)) || start.lower === 'that')
    return undefined;
  let last = first;
  while (last + 1 < end && inPhrase(words, last + 1)) last++;
  if (!isHead(words[last])) return undefined;
  // Take an apposition that runs to the sentence end: ", a Cuellar campaign spokesman."
  if (isComma(words[last + 1])) {
    let k = last + 2;
    while (k < end && words[k]?.pos !== 'PUNCT' && !isQuoteMark(words[k]) && words[k]?.pos !== 'VERB') k++;
    const tail = words[k];
    if (k > last + 2 && (k === end || (tail?.pos === 'PUNCT' && !isComma(tail) && !isQuoteMark(tail)))) {
      return { first, last: k - 1 };
    }
  }
  return { first, last };
}

/** The addressee after "told", "asked", "warned": `told reporters`, `told the Senate committee`. */
export function objectAfter(words: readonly Word[], c: number, end: number): WordRange | undefined {
  const first = c + 1;
  const start = words[first];
  if (!start) return undefined;
  if (start.pos === 'PRON') {
    return /^(?:him|her|them|us|me|you|it|reporters)$/u.test(start.lower)
      ? { first, last: first }
      : undefined;
  }
  if (!inPhraseStart(start)) return undefined;
  let last = first;
  let sawHead = isHead(start);
  while (last + 1 < end && inPhrase(words, last + 1)) {
    const next = words[last + 1];
    // "told CNN in an interview": only "of" links an addressee phrase ("members of Congress").
    if (next?.pos === 'ADP' && next.lower !== 'of') break;
    // A determiner after the head starts the reported clause: "told reporters the deal was dead".
    if (sawHead && next?.pos === 'DET') break;
    last++;
    sawHead ||= isHead(next);
  }
  return sawHead ? { first, last } : undefined;
}

function skippable(words: readonly Word[], j: number): boolean {
  const w = words[j];
  if (!w) return false;
  if (w.pos === 'AUX')
    // Forms of "be" only reach here before a progressive cue ("Trump is telling"): passives are refused earlier.
    return /^(?:has|have|had|will|would|could|should|may|might|can|must|did|does|do|is|are|was|were|am|been|['’]s|['’]re|['’]m)$/u.test(
      w.lower,
    );
  if (w.pos === 'PART') return w.lower === 'not' || w.lower === "n't";
  // An adverb ("publicly said", "now says"), but not a capitalised one: "Jolly said" is a name.
  return SKIP_BEFORE_CUE.has(w.lower) || (w.pos === 'ADV' && j > 0 && /^\p{Ll}/u.test(w.text));
}

function skipTime(words: readonly Word[], j: number): number {
  let k = j;
  if (!TIME_WORDS.test(words[k]?.lower ?? '')) return j;
  while (k >= 0 && (TIME_WORDS.test(words[k]?.lower ?? '') || TIME_LEADS.has(words[k]?.lower ?? ''))) k--;
  return k;
}
