/**
 * The PETRARCH-format dictionary coder: finds the dictionary's verbs in a sentence (dateline's
 * tokens and POS tags), picks the most specific matching pattern, and takes the source from
 * before the verb and the target after it (swapped for passives, "by" marking the doer), giving
 * (source code, target code, event code) triples. Short comma-delimited clauses are dropped first
 * (`drop-comma-clauses.ts`), and, as TABARI does, a clause codes once: a verb after a coded verb
 * with no ";" or conjunction between ("restored ties … after crowds burned its embassy", "noted
 * that X regretted …") belongs to the first verb's clause and is not coded.
 */
import type { ActorUnit } from './find-actors.js';
import { findActors, matchPhrases } from './find-actors.js';
import type { DictionarySet } from './dictionary-set.js';
import type { PatternMatch } from './match-pattern.js';
import { matchPattern } from './match-pattern.js';
import { negateCode } from './parse-petrarch-ontology.js';
import type { CoderWord } from './sentence-words.js';
import type { CommaOptions } from './drop-comma-clauses.js';
import { DEFAULT_COMMA_OPTIONS, keptWords } from './drop-comma-clauses.js';
import { chooseActors, codesOf } from './choose-actors.js';
import type { FoundVerb } from './find-verbs.js';
import { findVerbs, isNegated, modalOf, subsumed } from './find-verbs.js';

/** One coded event with the words that gave it. */
export interface CodedEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
  /** `[start, end)` of the verb in the text the words were read from (the document's, in `codeDocument`). */
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
  /** PETRARCH's comma-delimited clause elimination; `DEFAULT_COMMA_OPTIONS` when absent. */
  readonly commas?: CommaOptions;
}

/** Codes a sentence's words. Example: `codeWords(coderWords(text, tokens), dictionaries)`. */
export function codeWords(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  options: CoderOptions = {},
): CodedEvent[] {
  if (matchPhrases(words, dictionaries.discards).length > 0) return [];
  const all = findActors(words, dictionaries, options.date, options.extraActors);
  const kept = keptWords(words, all, options.commas ?? DEFAULT_COMMA_OPTIONS);
  if (kept.length < words.length) {
    const at = new Map(kept.map((k, i) => [k, i]));
    const extra = (options.extraActors ?? []).flatMap((e) => {
      const first = at.get(e.first);
      const last = at.get(e.last);
      return first === undefined || last === undefined ? [] : [{ first, last, code: e.code }];
    });
    return codeKept(
      kept.map((k) => words[k]).filter((w) => w !== undefined),
      dictionaries,
      { ...options, extraActors: extra },
    );
  }
  return codeKept(words, dictionaries, options, all);
}

function codeKept(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  options: CoderOptions,
  found?: readonly ActorUnit[],
): CodedEvent[] {
  const actors = found ?? findActors(words, dictionaries, options.date, options.extraActors);
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  const verbs = findVerbs(words, dictionaries, actors);
  let coded: FoundVerb | undefined;
  for (const verb of verbs) {
    if (subsumed(words, actors, verbs, verb)) continue;
    if (coded && sameClause(words, coded, verb)) continue;
    const events = codeVerb(words, actors, dictionaries, verb, options);
    // "it should have acted": a modal the dictionary lists gives way to its verb unless a pattern matched.
    if (events.every((e) => e.line === verb.form.line) && modalOf(words, verbs, verb)) continue;
    if (events.length > 0) coded = verb;
    for (const event of events) {
      const key = `${event.source}|${event.target}|${event.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(event);
    }
  }
  return out;
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

/** No ";" and no coordinating conjunction between two verbs: one clause, coded once. */
function sameClause(words: readonly CoderWord[], a: FoundVerb, b: FoundVerb): boolean {
  return !words.slice(a.last + 1, b.first).some((w) => w.text === ';' || CLAUSE_CONJ.test(w.key));
}
const CLAUSE_CONJ = /^(?:and|but|or|while|whereas)$/u;
