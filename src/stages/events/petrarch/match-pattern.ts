/**
 * Matching one verb pattern around a verb: the elements after `*` left to right from the verb,
 * the elements before it right to left. Words separated by a space may have other words between
 * them (at most `MAX_GAP`), words joined by `_` must be adjacent, `$`/`+` take the next actor.
 */
import type { ActorUnit } from './find-actors.js';
import type { CoderWord } from './sentence-words.js';
import type { PatternElement, VerbPattern } from './verb-types.js';

/** What a matched pattern found: where it ended and the actors its `$` and `+` took. */
export interface PatternMatch {
  readonly pattern: VerbPattern;
  readonly source?: ActorUnit;
  readonly target?: ActorUnit;
}

export interface MatchContext {
  readonly words: readonly CoderWord[];
  readonly actors: readonly ActorUnit[];
  readonly synsets: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Word index range the pattern may use (the clause), inclusive. */
  readonly from: number;
  readonly to: number;
}

const MAX_GAP = 6;
const GROUP_GAP = 3;
const MAX_SYNSET_DEPTH = 4;

interface Cursor {
  pos: number;
  source?: ActorUnit;
  target?: ActorUnit;
}

/** Matches a pattern around the verb words `[first, last]`; undefined when it does not match. */
export function matchPattern(
  context: MatchContext,
  pattern: VerbPattern,
  first: number,
  last: number,
): PatternMatch | undefined {
  const after: Cursor = { pos: last + 1 };
  if (!matchSequence(context, pattern.after, after, 1, MAX_GAP)) return undefined;
  const before: Cursor = { pos: first - 1 };
  if (!matchSequence(context, [...pattern.before].reverse(), before, -1, MAX_GAP)) return undefined;
  const source = before.source ?? after.source;
  const target = after.target ?? before.target;
  return {
    pattern,
    ...(source === undefined ? {} : { source }),
    ...(target === undefined ? {} : { target }),
  };
}

function matchSequence(
  context: MatchContext,
  elements: readonly PatternElement[],
  cursor: Cursor,
  dir: 1 | -1,
  gap: number,
): boolean {
  let first = true;
  for (const element of elements) {
    const from = cursor.pos;
    const began = matchElement(context, element, cursor, dir, gap);
    if (began === undefined) return false;
    // Next to the verb only modifiers may come between ("signed an accord", not "Neither X nor Y boycotted").
    if (first && element.kind !== 'skip' && !onlyModifiers(context, from, began, dir)) return false;
    if (element.kind !== 'skip') first = false;
  }
  return true;
}

const MODIFIER_POS = /^(?:DET|ADJ|ADV|NUM|PART|AUX)$/u;
const POSSESSIVE = /^(?:his|her|its|their|our|my|your|s)$/u;
const NP_POS = /^(?:DET|ADJ|NUM|NOUN|PROPN)$/u;

/** Only modifiers between: determiners, adjectives, possessives ("his gardener's license"). */
function onlyModifiers(context: MatchContext, from: number, to: number, dir: 1 | -1): boolean {
  const { words } = context;
  for (let i = from; i !== to; i += dir) {
    const w = words[i];
    if (!w) return false;
    if (MODIFIER_POS.test(w.pos) || POSSESSIVE.test(w.key)) continue;
    if (/^(?:NOUN|PROPN)$/u.test(w.pos) && words[i + 1]?.key === 's') continue;
    // A time phrase ("on Thursday") and an infinitive ("vowed to wage war") may come between.
    if (TIME_WORD.test(w.key) || (w.pos === 'ADP' && TIME_WORD.test(words[i + dir]?.key ?? ''))) continue;
    if (w.pos === 'VERB' && words[i - 1]?.key === 'to') continue;
    // A bare prepositional phrase of one noun: "received by courier money".
    if (dir > 0 && w.pos === 'ADP' && words[i + 1]?.pos === 'NOUN' && i + 2 === to) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** `^`: passes one noun phrase (an actor, or determiners, adjectives and nouns). */
function skipPhrase(context: MatchContext, cursor: Cursor, dir: 1 | -1): number {
  const began = cursor.pos;
  const unit = context.actors.find((u) => (dir > 0 ? u.first === cursor.pos : u.last === cursor.pos));
  if (unit) {
    cursor.pos = dir > 0 ? unit.last + 1 : unit.first - 1;
    return began;
  }
  while (inClause(context, cursor.pos) && NP_POS.test(context.words[cursor.pos]?.pos ?? ''))
    cursor.pos += dir;
  return began;
}

/** Matches one element at or after the cursor; returns where it began, undefined when it does not. */
function matchElement(
  context: MatchContext,
  element: PatternElement,
  cursor: Cursor,
  dir: 1 | -1,
  gap: number,
): number | undefined {
  switch (element.kind) {
    case 'skip':
      return skipPhrase(context, cursor, dir);
    case 'source':
    case 'target': {
      const unit = nextActor(context, cursor.pos, dir);
      if (!unit) return undefined;
      cursor[element.kind] = unit;
      cursor.pos = dir > 0 ? unit.last + 1 : unit.first - 1;
      return dir > 0 ? unit.first : unit.last;
    }
    case 'group': {
      const elements = dir > 0 ? element.elements : [...element.elements].reverse();
      for (let start = 0; start <= gap; start++) {
        const trial: Cursor = { pos: cursor.pos + dir * start };
        if (!inClause(context, trial.pos)) return undefined;
        const [head, ...rest] = elements;
        const began = head ? matchElement(context, head, trial, dir, 0) : trial.pos;
        if (began === undefined) continue;
        if (!matchSequence(context, rest, trial, dir, GROUP_GAP)) continue;
        // Before the verb "(TO)" is a prepositional phrase: the verb's own infinitive "to" ("inching
        // nearer to accord") does not open one. (After it, "(TO QUESTION)" is an infinitive.)
        if (element.bracket === '(' && dir < 0 && context.words[trial.pos + 1]?.pos === 'PART') continue;
        Object.assign(cursor, trial);
        return began;
      }
      return undefined;
    }
    case 'word':
    case 'synset': {
      const limit = element.adjacent ? 0 : gap;
      for (let start = 0; start <= limit; start++) {
        const at = cursor.pos + dir * start;
        if (!inClause(context, at)) return undefined;
        const end = phraseAt(context, element, at, dir);
        if (end === undefined) continue;
        cursor.pos = end + dir;
        return at;
      }
      return undefined;
    }
  }
}

/** Where a word or synset phrase matched starting at `at` ends, or undefined. */
function phraseAt(
  context: MatchContext,
  element: PatternElement,
  at: number,
  dir: 1 | -1,
): number | undefined {
  if (element.kind === 'word') return wordIs(context.words[at], element.text) ? at : undefined;
  if (element.kind !== 'synset') return undefined;
  let best: number | undefined;
  for (const phrase of synsetPhrases(context, element.name, 0)) {
    const words = dir > 0 ? phrase : [...phrase].reverse();
    if (!words.every((w, k) => wordIs(context.words[at + dir * k], w) && inClause(context, at + dir * k)))
      continue;
    const end = at + dir * (words.length - 1);
    if (best === undefined || Math.abs(end - at) > Math.abs(best - at)) best = end;
  }
  return best;
}

function synsetPhrases(context: MatchContext, name: string, depth: number): (readonly string[])[] {
  if (depth > MAX_SYNSET_DEPTH) return [];
  const out: (readonly string[])[] = [];
  for (const phrase of context.synsets.get(name) ?? []) {
    const [head] = phrase;
    if (phrase.length === 1 && head?.startsWith('&'))
      out.push(...synsetPhrases(context, head.slice(1), depth + 1));
    else out.push(phrase);
  }
  return out;
}

function wordIs(word: { readonly upper: string } | undefined, text: string): boolean {
  if (!word) return false;
  const upper = word.upper.replace(/[.,]$/u, '');
  return upper === text || isPluralOf(upper, text);
}

/** A pattern noun matches its regular plural ("EFFORT" matches "efforts"). */
function isPluralOf(upper: string, text: string): boolean {
  if (text.length < 3 || !/^[A-Z]+$/u.test(text)) return false;
  if (upper === `${text}S` || upper === `${text}ES`) return true;
  return text.endsWith('Y') && upper === `${text.slice(0, -1)}IES`;
}

function inClause(context: MatchContext, at: number): boolean {
  return at >= context.from && at <= context.to;
}

function nextActor(context: MatchContext, pos: number, dir: 1 | -1): ActorUnit | undefined {
  const units = dir > 0 ? context.actors : [...context.actors].reverse();
  return units.find((u) =>
    dir > 0
      ? u.first >= pos && u.first - pos <= MAX_GAP && u.last <= context.to
      : u.last <= pos && pos - u.last <= MAX_GAP && u.first >= context.from,
  );
}
