/**
 * A PETRARCH dictionary set — verbs, actors, agents, discards — read from texts and indexed for
 * the coder: phrases by their normalized words, so that "Minas Tirith", "MINAS_TIRITH" and
 * "minas tirith" meet (`normalizeName`, as the actor base does).
 */
import type { ActorEntry, AgentEntry, DictionaryProblem } from '../../../actors/actor-types.js';
import { normalizeName } from '../../../actors/normalize-name.js';
import { parsePetrarchActors } from '../../../actors/parse-petrarch-actors.js';
import { parsePetrarchAgents } from '../../../actors/parse-petrarch-agents.js';
import { isDated, petrarchDate, windowCovers } from '../../../actors/petrarch-dates.js';
import { parsePetrarchDiscards } from './parse-petrarch-discards.js';
import type { CodingOntology } from './parse-petrarch-ontology.js';
import { parsePetrarchOntology } from './parse-petrarch-ontology.js';
import { parsePetrarchVerbs } from './parse-petrarch-verbs.js';
import type { DiscardPhrase, VerbDictionary } from './verb-types.js';

/** Dictionary texts, each with a short file name used in problems. */
export interface DictionaryTexts {
  readonly verbs: { readonly text: string; readonly file: string };
  readonly actors?: readonly { readonly text: string; readonly file: string }[];
  readonly agents?: readonly { readonly text: string; readonly file: string }[];
  readonly discards?: { readonly text: string; readonly file: string };
  /** PETRARCH's internal coding ontology (PICO), used to negate events. */
  readonly ontology?: { readonly text: string; readonly file: string };
}

/** Phrases indexed by their normalized words joined by spaces. */
export interface PhraseIndex<T> {
  readonly byKey: ReadonlyMap<string, readonly T[]>;
  /** The longest phrase, in words. */
  readonly maxWords: number;
}

/** Everything the coder needs, read and indexed once. */
export interface DictionarySet {
  readonly verbs: VerbDictionary;
  readonly actors: PhraseIndex<ActorEntry>;
  readonly agents: PhraseIndex<AgentEntry>;
  readonly discards: PhraseIndex<DiscardPhrase>;
  readonly ontology?: CodingOntology;
  readonly problems: readonly DictionaryProblem[];
}

/** Reads and indexes a dictionary set; problems from every file are kept, nothing throws. */
export function loadDictionarySet(texts: DictionaryTexts): DictionarySet {
  const problems: DictionaryProblem[] = [];
  const verbs = parsePetrarchVerbs(texts.verbs.text, texts.verbs.file);
  problems.push(...verbs.problems);
  const actors: ActorEntry[] = [];
  for (const { text, file } of texts.actors ?? []) {
    const read = parsePetrarchActors(text, { file });
    actors.push(...read.items);
    problems.push(...read.problems);
  }
  const agents: AgentEntry[] = [];
  for (const { text, file } of texts.agents ?? []) {
    const read = parsePetrarchAgents(text, file);
    agents.push(...read.items);
    problems.push(...read.problems);
  }
  const discards = texts.discards
    ? parsePetrarchDiscards(texts.discards.text, texts.discards.file)
    : undefined;
  problems.push(...(discards?.problems ?? []));
  const ontology = texts.ontology
    ? parsePetrarchOntology(texts.ontology.text, texts.ontology.file)
    : undefined;
  problems.push(...(ontology?.problems ?? []));
  return {
    ...(ontology === undefined ? {} : { ontology: ontology.ontology }),
    verbs: verbs.dictionary,
    actors: indexPhrases(actors, (a) => a.names),
    agents: indexPhrases(agents, (a) => [a.phrase]),
    discards: indexPhrases(discards?.items ?? [], (d) => [d.words.join(' ')]),
    problems,
  };
}

/** Indexes items by every phrase they go by. */
export function indexPhrases<T>(
  items: readonly T[],
  phrases: (item: T) => readonly string[],
): PhraseIndex<T> {
  const byKey = new Map<string, T[]>();
  let maxWords = 0;
  for (const item of items) {
    for (const phrase of phrases(item)) {
      const key = normalizeName(phrase);
      if (key === '') continue;
      maxWords = Math.max(maxWords, key.split(' ').length);
      const list = byKey.get(key) ?? [];
      if (!list.includes(item)) list.push(item);
      byKey.set(key, list);
    }
  }
  return { byKey, maxWords };
}

/**
 * The code an actor entry gives on a date (ISO or PETRARCH `YYYYMMDD`): the dated role covering
 * it, else the undated default; undefined when neither applies.
 */
export function actorCodeOn(entry: ActorEntry, date: string | undefined): string | undefined {
  const iso = date === undefined ? undefined : /^\d{6,8}$/u.test(date) ? petrarchDate(date) : date;
  if (iso !== undefined) {
    const dated = entry.roles.find((r) => isDated(r) && windowCovers(r, iso));
    if (dated) return dated.code;
  }
  return entry.roles.find((r) => !isDated(r))?.code ?? (iso === undefined ? entry.roles[0]?.code : undefined);
}
