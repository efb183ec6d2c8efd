/**
 * Attribution frames in one sentence: a reporting cue, its speaker phrase, and where its content
 * lies (after the cue, before the speaker, or both around a medial "he said"). Content spans are
 * computed later, with the quoted stretches in view.
 */
import type { CueNeeds } from './data/cue-verbs.js';
import { cuePhrase, cueVerb, isCueParticiple } from './cue-lexicon.js';
import type { Word, WordRange } from './speaker-phrase.js';
import { objectAfter, subjectAfter, subjectBefore } from './speaker-phrase.js';

/** Where the content lies: after the cue, before the speaker, or either (decided with the content in view). */
export type ContentSide = 'after' | 'before' | 'either';

export interface Frame {
  /** Cue words `[first, last]`, with any particle or addressee ("told reporters"). */
  readonly cue: WordRange;
  /** The words of the cue proper, for its span: "said", "told", "according to". */
  readonly cueWords: WordRange;
  readonly lemma: string;
  readonly needs: CueNeeds;
  readonly speaker?: WordRange;
  /** The speaker comes from an earlier frame of the sentence ("…, adding that …"). */
  readonly sharedSpeaker: boolean;
  readonly side: ContentSide;
  readonly rule: string;
}

const PARTICIPLE_LEADS = new Set([
  ',',
  'and',
  'while',
  'before',
  'after',
  'also',
  'but',
  'then',
  'by',
  'upon',
  'without',
  'when',
  '—',
  '–',
]);
const BE = /^(?:is|was|were|are|be|been|being|'s|’s|am)$/u;
const VERB_POS = new Set(['VERB', 'AUX']);

/** Frames of the sentence's words, left to right. */
export function findFrames(
  words: readonly Word[],
  quoted: (offset: number) => boolean = () => false,
): Frame[] {
  const frames: Frame[] = [];
  for (let c = 0; c < words.length; c++) {
    if (quoted(words[c]?.start ?? 0)) continue;
    const previous = frames[frames.length - 1];
    const frame = frameAt(words, c, previous);
    if (!frame) continue;
    if (!previous || !nested(words, previous, frame)) frames.push(frame);
    c = Math.max(c, frame.cue.last, frame.side === 'before' ? (frame.speaker?.last ?? c) : c);
  }
  return frames;
}

function frameAt(words: readonly Word[], c: number, previous: Frame | undefined): Frame | undefined {
  const w = words[c];
  if (!w) return undefined;
  if (w.lower === 'according' && words[c + 1]?.lower === 'to') return accordingTo(words, c);
  const phrase = cuePhrase(words.slice(c, c + 3).map((x) => x.text));
  const verb = phrase ? undefined : cueVerb(w.text);
  if (!phrase && !verb) return undefined;
  if (!VERB_POS.has(w.pos) && !nounTaggedVerb(words, c)) return undefined;
  if (passive(words, c)) return undefined;
  const lemma = phrase?.lemma ?? verb?.lemma ?? w.lower;
  const needs = verb?.needs ?? 'clause';
  let last = c + (phrase ? phrase.length - 1 : 0);
  if (verb?.particles) {
    if (!verb.particles.includes(words[last + 1]?.lower ?? '')) return undefined;
    last++;
  }
  if (verb?.notBefore?.includes(words[last + 1]?.lower ?? '')) return undefined;
  const cueWords = { first: c, last };
  if (verb?.object) last = objectAfter(words, last, words.length)?.last ?? last;
  const cue = { first: c, last };
  const make = (speaker: WordRange, side: ContentSide, rule: string, sharedSpeaker = false): Frame => ({
    cue,
    cueWords,
    lemma,
    needs,
    speaker,
    sharedSpeaker,
    side,
    rule,
  });
  if (isCueParticiple(w.text) && participleLead(words, c)) {
    const speaker = previous?.speaker ?? mainSubject(words, c);
    if (!speaker) return undefined;
    return make(speaker, 'after', 'quote/participle', true);
  }
  const before = subjectBefore(words, c);
  const inverted = invertedSpeaker(words, c, last);
  if (inverted) {
    return make(inverted, 'before', 'quote/inverted');
  }
  // "I think", "you believe": a first- or second-person opinion is talk inside talk, not an attribution.
  if (verb?.opinion && before && /^(?:i|we|you)$/u.test(words[before.first]?.lower ?? '')) return undefined;
  if (!before && words[c - 1]?.lower === 'to') {
    // "to say", "to argue": a base form ("the race turns to states" has none).
    if (w.lower !== lemma.split(' ')[0] && !/ing$/u.test(w.lower)) return undefined;
    const speaker = infinitiveSubject(words, c);
    return speaker ? make(speaker, 'after', 'quote/infinitive') : undefined;
  }
  if (!before) {
    // "McCain spent years in prison and says …": the subject of the coordinated verb.
    if (!/^(?:and|but|then)$/u.test(words[c - 1]?.lower ?? '')) return undefined;
    const speaker = previous?.speaker ?? mainSubject(words, c);
    if (!speaker) return undefined;
    return make(speaker, 'after', 'quote/coordinated', true);
  }
  return make(before, 'either', 'quote/subject');
}

/** A participle cue starts its own clause: "…, adding", "and noting", "“…,” claiming" (the comma inside the marks). */
function participleLead(words: readonly Word[], c: number): boolean {
  const lead = words[c - 1];
  if (lead && /^[”"’']$/u.test(lead.text)) return words[c - 2]?.text === ',';
  return PARTICIPLE_LEADS.has(lead?.lower ?? '');
}

/** The speaker of `“…,” said X.`: the cue follows a comma or quote mark and a phrase ends the clause. */
function invertedSpeaker(words: readonly Word[], c: number, cueLast: number): WordRange | undefined {
  const lead = words[c - 1]?.text ?? '';
  // "“…,” said X" or "…, said X" (or a sentence the splitter started after the quotation); not
  // "Ramos, 58, told AFP", where the subject precedes.
  const afterQuote =
    c === 0 || /^[”"’']$/u.test(lead) || (lead === ',' && /^[”"’']$/u.test(words[c - 2]?.text ?? ''));
  if (!afterQuote && !(/^[,—–]$/u.test(lead) && subjectBefore(words, c) === undefined)) return undefined;
  const after = subjectAfter(words, cueLast, words.length);
  if (!after) return undefined;
  const next = words[after.last + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'ADP') return after;
  if (!afterQuote) return undefined;
  // After a quotation the rest of the clause describes the speaker: "says a source involved in the PAC".
  let last = after.last;
  while (
    last + 1 < words.length &&
    last < after.last + 12 &&
    !/^[,.;:!?”"“]$/u.test(words[last + 1]?.text ?? '')
  )
    last++;
  return { first: after.first, last };
}

// Not "as": in "As Politico reported, …" the main clause is the content.
const SUBORDINATORS = /^(?:while|although|though|when|whereas|if|because|since|after|before|once|until)$/u;

/** The frame opens a subordinate clause: "While Ramos said that …, he appears …". */
export function subordinate(words: readonly Word[], frame: Frame): boolean {
  const first = Math.min(frame.cue.first, frame.speaker?.first ?? frame.cue.first);
  return SUBORDINATORS.test(words[first - 1]?.lower ?? '');
}

/**
 * Whether `frame` sits inside the reported clause of `previous` ("Putin said he agreed …", "said
 * …, and that the two countries would continue …") rather than starting a new attribution (after
 * "; ", ", but", ", while", ", and X said"). A participle ("…, adding") is never nested.
 */
function nested(words: readonly Word[], previous: Frame, frame: Frame): boolean {
  if (previous.side === 'before' || frame.sharedSpeaker) return false;
  // "unions who decried rote testing, … who said …": a cue that needs quote marks and has none reports nothing.
  if (previous.needs === 'quote' && !/^(?:that|[“"‘'«,:])$/u.test(words[previous.cue.last + 1]?.text ?? ''))
    return false;
  const from = previous.cue.last + 1;
  const to = Math.min(frame.cue.first, frame.speaker?.first ?? frame.cue.first);
  if (to < from) return false;
  // "When the moderator pointed out that …, the candidate said …": the main clause is not reported.
  if (subordinate(words, previous) && words.slice(from, to).some((w) => w.text === ',')) return false;
  for (let k = from; k < to; k++) {
    const w = words[k]?.lower ?? '';
    const nextWord = words[k + 1]?.lower ?? '';
    if (w === ';') return false;
    if (w === ',' && /^(?:but|while|whereas|although|though)$/u.test(nextWord)) return false;
    if (w === ',' && nextWord === 'and' && words[k + 2]?.lower !== 'that') return false;
  }
  return true;
}

/** "according to X": the speaker follows; the content is the rest of the sentence. */
function accordingTo(words: readonly Word[], c: number): Frame | undefined {
  // The source runs to the next punctuation: "according to HuffPost Pollster’s polling average".
  let last = c + 1;
  while (last + 1 < words.length && last < c + 16 && words[last + 1]?.pos !== 'PUNCT') last++;
  if (last === c + 1) return undefined;
  const speaker = { first: c + 2, last };
  const cue = { first: c, last: c + 1 };
  // At the start after a short lead without a verb: "And according to …", "In addition, according to …".
  const atStart = c <= 4 && words.slice(0, c).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX');
  return {
    cue,
    cueWords: cue,
    lemma: 'according to',
    needs: 'any',
    speaker,
    sharedSpeaker: false,
    side: atStart ? 'after' : 'before',
    rule: 'quote/according-to',
  };
}

/** wink sometimes tags a reporting verb as a noun: "Trump tweets", ", and warning". */
function nounTaggedVerb(words: readonly Word[], c: number): boolean {
  const w = words[c];
  if (!w || w.pos !== 'NOUN') return false;
  if (/^(?:said|says|say|told|tells|wrote)$/u.test(w.lower)) return true;
  if (/ing$/u.test(w.lower)) return participleLead(words, c);
  // "Viguerie notes that …", "he claims the …": after a name, pronoun or number subject.
  const prev = words[c - 1];
  const next = words[c + 1];
  if (prev === undefined) return false;
  // A base form tagged as a noun is usually one ("the U.S. state of Alaska"), unless a pronoun or count precedes.
  if (prev.pos === 'PRON' || (prev.pos === 'NUM' && /^sa(?:y|ys|id)$/u.test(w.lower))) return true;
  if (prev.pos === 'NUM') return false;
  if (!/(?:s|ed)$/u.test(w.lower)) return false;
  if (prev.pos === 'PROPN' || prev.name === true) return true;
  // "The ad claims “…”", "Carly Fiorina, says …": a noun or an apposition's comma before a clause.
  const clauseNext = next === undefined || next.lower === 'that' || /^[“"‘:,]$/u.test(next.text);
  return (prev.pos === 'NOUN' && clauseNext) || (prev.text === ',' && subjectBefore(words, c) !== undefined);
}

/**
 * A past participle after a form of "be": "was told", "is said to" — the subject is not the
 * speaker. A progressive "is telling", "was saying" is active.
 */
function passive(words: readonly Word[], c: number): boolean {
  if (/ing$/u.test(words[c]?.lower ?? '')) return false;
  let j = c - 1;
  while (j >= 0 && (words[j]?.pos === 'ADV' || words[j]?.lower === 'not')) j--;
  return BE.test(words[j]?.lower ?? '');
}

/**
 * The subject of an infinitive cue's governing verb or adjective: "Clinton continued to insist",
 * "voters are more likely to say", "he’s expected to argue". Not after a noun ("used the speech to
 * argue", "asked him to say"), where the subject is not the speaker or the "to" is a purpose.
 */
function infinitiveSubject(words: readonly Word[], c: number): WordRange | undefined {
  const governor = words[c - 2];
  if (!governor || !/^(?:VERB|ADJ)$/u.test(governor.pos)) return undefined;
  let k = c - 2;
  while (k > 0 && words[k - 1]?.pos === 'ADV') k--;
  const subject = subjectBefore(words, k);
  // "it’s safe to say", "it is hard to predict": an impersonal "it" is nobody speaking.
  return subject && words[subject.first]?.lower === 'it' ? undefined : subject;
}

/** The subject of the nearest verb before word `c` that has one: "Trump attacked Clinton, saying …". */
function mainSubject(words: readonly Word[], c: number): WordRange | undefined {
  for (let v = c - 1; v >= 0; v--) {
    if (words[v]?.pos !== 'VERB') continue;
    const subject = subjectBefore(words, v);
    if (subject) return subject;
  }
  return undefined;
}
