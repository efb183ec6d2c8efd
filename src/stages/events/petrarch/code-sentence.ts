/**
 * The PETRARCH-format dictionary coder: finds the dictionary's verbs in a sentence (dateline's
 * tokens and POS tags), picks the most specific matching pattern, and takes the source from
 * before the verb and the target after it (swapped for passives, "by" marking the doer), giving
 * (source code, target code, event code) triples.
 */
import type { ActorUnit } from './find-actors.js';
import { findActors, matchPhrases } from './find-actors.js';
import type { DictionarySet } from './dictionary-set.js';
import type { PatternMatch } from './match-pattern.js';
import { matchPattern } from './match-pattern.js';
import { negateCode } from './parse-petrarch-ontology.js';
import type { CoderWord } from './sentence-words.js';
import type { VerbForm } from './verb-types.js';

/** One coded event with the words that gave it. */
export interface CodedEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
  /** `[start, end)` of the verb in the sentence text. */
  readonly verb: { readonly start: number; readonly end: number; readonly text: string };
  /** Dictionary line of the pattern used, or of the verb when no pattern matched. */
  readonly line: number;
  /** Which rule chose the actors: `active`, `passive`, `conjoined`, `compound`, `reverse`. */
  readonly rule: string;
}

export interface CoderOptions {
  /** Record date (ISO or YYYYMMDD) for dated actor codes. */
  readonly date?: string;
  /** PETRARCH's `require_dyad`: no event without both a source and a target; default true. */
  readonly requireDyad?: boolean;
  /** Codes for names the dictionaries lack (e.g. from dateline's mentions), by word range. */
  readonly extraActors?: readonly { first: number; last: number; code: string }[];
}

interface FoundVerb {
  readonly form: VerbForm;
  readonly first: number;
  readonly last: number;
}

const PREPOSITION = /^(?:by|with|to|in|at|from|of|on|for|against|into|near|about|between|toward|towards)$/u;
const BE = /^(?:was|were|is|are|been|being|be|am)$/u;
const CONJ = /^(?:and|but)$/u;
const NOT_VERB_BEFORE = /^(?:DET|ADJ|NUM)$/u;
const NP_POS = /^(?:NOUN|PROPN|ADJ|DET|NUM)$/u;

/** Codes a sentence's words. Example: `codeWords(coderWords(text, tokens), dictionaries)`. */
export function codeWords(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  options: CoderOptions = {},
): CodedEvent[] {
  if (matchPhrases(words, dictionaries.discards).length > 0) return [];
  const actors = findActors(words, dictionaries, options.date, options.extraActors);
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  const verbs = findVerbs(words, dictionaries, actors);
  for (const verb of verbs) {
    if (subsumed(words, actors, verbs, verb)) continue;
    for (const event of codeVerb(words, actors, dictionaries, verb, options)) {
      const key = `${event.source}|${event.target}|${event.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(event);
    }
  }
  return out;
}

function findVerbs(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  actors: readonly ActorUnit[],
): FoundVerb[] {
  const out: FoundVerb[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = dictionaries.verbs.forms.get(words[i]?.upper ?? '') ?? [];
    for (const form of forms) {
      const first = i - form.head;
      if (!form.words.every((w, k) => words[first + k]?.upper === w)) continue;
      if (actors.some((u) => i >= u.nameFirst && i <= u.nameLast)) break;
      if (!usedAsVerb(words, first, i, actors)) break;
      out.push({ form, first, last: first + form.words.length - 1 });
      i = first + form.words.length - 1;
      break;
    }
  }
  return out;
}

function usedAsVerb(
  words: readonly CoderWord[],
  first: number,
  head: number,
  actors: readonly ActorUnit[],
): boolean {
  const pos = words[head]?.pos ?? '';
  let k = first - 1;
  while (k >= 0 && words[k]?.pos === 'ADV') k--;
  const prev = words[k];
  if (prev && (prev.pos === 'AUX' || prev.key === 'to')) return true;
  // "Arnor and Gondor welcome a resumption": right after its subject a word is a verb.
  if (actors.some((u) => u.last === k)) return true;
  if (prev && (NOT_VERB_BEFORE.test(prev.pos) || prev.key === 's')) return false;
  return pos === 'VERB' || pos === 'AUX' || !/^(?:NOUN|PROPN|ADJ|ADP|DET|NUM)$/u.test(pos);
}

function codeVerb(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  dictionaries: DictionarySet,
  verb: FoundVerb,
  options: CoderOptions,
): CodedEvent[] {
  const clause = clauseOf(words, verb.first);
  const context = { words, actors, synsets: dictionaries.verbs.synsets, ...clause };
  const match = bestPattern(context, verb);
  const plain = match?.pattern.code ?? verb.form.code;
  const reverse = match ? match.pattern.reverse : verb.form.reverse;
  if (plain === '---') return [];
  const negated = dictionaries.ontology !== undefined && isNegated(words, verb);
  const code = negated && dictionaries.ontology ? negateCode(dictionaries.ontology, plain) : plain;
  const roles = chooseActors(words, actors, verb, match, clause);
  const line = match?.pattern.line ?? verb.form.line;
  const head = words[verb.first];
  const last = words[verb.last];
  const span = {
    start: head?.start ?? 0,
    end: last?.end ?? 0,
    text: words
      .slice(verb.first, verb.last + 1)
      .map((w) => w.text)
      .join(' '),
  };
  const out: CodedEvent[] = [];
  const emit = (s: string, t: string, c: string, rule: string): void => {
    if (s === t && s !== '---') return;
    out.push({ source: s, target: t, code: c, verb: span, line, rule });
  };
  const requireDyad = options.requireDyad ?? true;
  const sources = codesOf(roles.sources);
  const targets = codesOf(roles.targets);
  // "%" patterns, and "[a:b]" codes without a target: coordinated subjects act on each other.
  const compound = match?.pattern.compound === true || (reverse !== undefined && targets.length === 0);
  if (compound && roles.sources.length > 1) {
    for (const a of roles.sources) {
      for (const b of roles.sources) {
        if (a === b) continue;
        for (const s of a.codes) for (const t of b.codes) emit(s, t, code, 'compound');
      }
    }
    return out;
  }
  if (requireDyad && (sources.length === 0 || targets.length === 0)) return [];
  if (sources.length === 0 && targets.length === 0) return [];
  for (const s of sources.length > 0 ? sources : ['---']) {
    for (const t of targets.length > 0 ? targets : ['---']) {
      emit(s, t, code, negated ? `${roles.rule}, negated` : roles.rule);
      if (reverse !== undefined && reverse !== '---') emit(t, s, reverse, 'reverse');
    }
  }
  return out;
}

function codesOf(units: readonly ActorUnit[]): string[] {
  return [...new Set(units.flatMap((u) => u.codes))];
}

function clauseOf(words: readonly CoderWord[], at: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && words[from - 1]?.text !== ';') from--;
  let to = at;
  while (to < words.length - 1 && words[to + 1]?.text !== ';') to++;
  return { from, to };
}

function bestPattern(context: Parameters<typeof matchPattern>[0], verb: FoundVerb): PatternMatch | undefined {
  let best: PatternMatch | undefined;
  for (const pattern of verb.form.block.patterns) {
    if (best && pattern.weight <= best.pattern.weight) continue;
    const found = matchPattern(context, pattern, verb.first, verb.last);
    if (found) best = found;
  }
  return best;
}

interface Roles {
  readonly sources: readonly ActorUnit[];
  readonly targets: readonly ActorUnit[];
  readonly rule: string;
}

function chooseActors(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
  match: PatternMatch | undefined,
  clause: { from: number; to: number },
): Roles {
  const inClause = actors.filter(
    (u) => u.first >= clause.from && u.last <= clause.to && (u.last < verb.first || u.first > verb.last),
  );
  const before = inClause.filter((u) => u.last < verb.first);
  const after = inClause.filter((u) => u.first > verb.last);
  const passive = isPassive(words, verb);
  if (passive) {
    const byAt = words.findIndex((w, i) => i > verb.last && i <= clause.to && w.key === 'by');
    const doer = after.find((u) => byAt >= 0 && u.first > byAt) ?? after[0];
    const target = match?.target ?? subjectBefore(words, actors, verb.first, clause.from);
    return {
      sources: groupOf(actors, match?.source ?? doer, after),
      targets: groupOf(actors, target, before),
      rule: 'passive',
    };
  }
  const conjoined = conjoinedSource(words, actors, verb);
  const source = match?.source ?? conjoined ?? subjectBefore(words, actors, verb.first, clause.from);
  const target =
    match?.target ??
    after.find((u) => (!source || u.group !== source.group) && !subjectAfterComma(words, actors, verb, u));
  return {
    sources: groupOf(actors, source, source && source.last < verb.first ? before : inClause),
    targets: groupOf(actors, target, after),
    rule: conjoined && !match?.source ? 'conjoined' : 'active',
  };
}

/**
 * The verb's subject, walking back from the verb over auxiliaries, adverbs, pronouns, other verbs,
 * commas and prepositional phrases: the first actor outside a prepositional phrase; undefined when
 * a noun phrase without an actor comes first ("…, a senior official said").
 */
function subjectBefore(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  at: number,
  from: number,
): ActorUnit | undefined {
  const unitAt = (i: number): ActorUnit | undefined => actors.find((u) => i >= u.first && i <= u.last);
  let k = at - 1;
  while (k >= from) {
    const unit = unitAt(k);
    if (unit) {
      if (!PREPOSITION.test(words[unit.first - 1]?.key ?? '')) return unit;
      k = unit.first - 2;
      continue;
    }
    if (/^(?:NOUN|PROPN)$/u.test(words[k]?.pos ?? '')) {
      let s = k;
      while (
        s - 1 >= from &&
        !unitAt(s - 1) &&
        (NP_POS.test(words[s - 1]?.pos ?? '') || words[s - 1]?.key === 's')
      )
        s--;
      if (unitAt(s - 1)) {
        k = s - 1;
        continue;
      }
      if (!PREPOSITION.test(words[s - 1]?.key ?? '')) return undefined;
      k = s - 2;
      continue;
    }
    k--;
  }
  return undefined;
}

/**
 * A verb another verb of the sentence stands for: "was seen to break" codes "break"; "urged
 * Eriador to respond" codes "urged".
 */
function subsumed(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verbs: readonly FoundVerb[],
  verb: FoundVerb,
): boolean {
  let k = verb.last + 1;
  while (words[k]?.pos === 'ADV') k++;
  if (words[k]?.key === 'to' && verbs.some((v) => v.first === k + 1)) return true;
  if (words[verb.first - 1]?.key !== 'to') return false;
  return verbs.some(
    (v) =>
      v.last < verb.first - 1 &&
      verb.first - v.last <= 8 &&
      actors.some((u) => u.first > v.last && u.last < verb.first - 1),
  );
}

/** "X condemned … and promised aid": the second verb's source is the first verb's subject. */
function conjoinedSource(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
): ActorUnit | undefined {
  let k = verb.first - 1;
  while (k >= 0 && /^(?:ADV|AUX|PART)$/u.test(words[k]?.pos ?? '')) k--;
  if (!CONJ.test(words[k]?.key ?? '')) return undefined;
  let v = k - 1;
  while (v >= 0 && words[v]?.pos !== 'VERB') v--;
  if (v < 0) return undefined;
  return subjectBefore(words, actors, v, 0);
}

function isPassive(words: readonly CoderWord[], verb: FoundVerb): boolean {
  const head = words[verb.first + verb.form.head];
  if (!head || !/(?:ED|EN|WN|T)$/u.test(head.upper)) return false;
  let k = verb.first - 1;
  // "was heavily and unjustly criticized"
  while (k >= 0 && (words[k]?.pos === 'ADV' || (words[k]?.key === 'and' && words[k - 1]?.pos === 'ADV'))) k--;
  return BE.test(words[k]?.key ?? '');
}

/** "did not", "won't", "never" within the verb's auxiliaries and adverbs. */
function isNegated(words: readonly CoderWord[], verb: FoundVerb): boolean {
  for (let k = verb.first - 1; k >= 0 && verb.first - k <= 5; k--) {
    const w = words[k];
    if (!w) break;
    if (/^(?:not|nt|n't|never)$/u.test(w.key) || w.upper === "N'T") return true;
    if (!/^(?:ADV|AUX|PART)$/u.test(w.pos)) break;
  }
  return false;
}

function groupOf(
  actors: readonly ActorUnit[],
  unit: ActorUnit | undefined,
  side: readonly ActorUnit[],
): ActorUnit[] {
  if (!unit) return [];
  const members = side.filter((u) => u.group === unit.group);
  return members.length > 0 ? members : [unit];
}

/** "…restore ties with Gondor, …, a senior Bree official said": the actor after a comma is a later verb's subject. */
function subjectAfterComma(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
  unit: ActorUnit,
): boolean {
  if (!words.slice(verb.last + 1, unit.first).some((w) => w.text === ',')) return false;
  for (let v = unit.last + 1; v < words.length && v - unit.last <= 4; v++) {
    if (words[v]?.pos === 'VERB') return subjectBefore(words, actors, v, 0) === unit;
  }
  return false;
}
