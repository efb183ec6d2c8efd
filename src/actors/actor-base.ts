/**
 * The actor base: dictionary entries (the shipped PETRARCH conversion plus a user's own files),
 * agents (common nouns → sector codes), and roles learned from the news. A plain value passed to
 * every call, never a module-level registry, so two bases never see each other's learning.
 */
import { readFileSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { DatelineError } from '../document/errors.js';
import { readShippedActors } from './actor-data.js';
import type { ActorEntry, AgentEntry, DictionaryProblem, ParseResult } from './actor-types.js';
import { findAgent } from './agent-code.js';
import { emptyLearned } from './learned-roles.js';
import type { LearnedRoles } from './learned-roles.js';
import { normalizeName, surnameKey } from './normalize-name.js';
import { parsePetrarchActors } from './parse-petrarch-actors.js';
import { parsePetrarchAgents } from './parse-petrarch-agents.js';
import { parseUserCsv, parseUserJson } from './user-dictionary.js';

export interface ActorBase {
  readonly entries: ActorEntry[];
  /** Name key → indexes into `entries`. */
  readonly byName: Map<string, number[]>;
  /** Surname key (last word of a name of two words or more) → indexes into `entries`. */
  readonly bySurname: Map<string, number[]>;
  /** Agent phrase key → agent; the first definition of a phrase wins. */
  readonly agents: Map<string, AgentEntry>;
  /** Alpha-3 codes of country entries, to split `RUSGOV` into RUS + GOV. */
  readonly countryCodes: Set<string>;
  readonly learned: LearnedRoles;
  /** Lines of loaded dictionaries that could not be read. */
  readonly problems: DictionaryProblem[];
  /** The latest date the shipped dictionaries know about. */
  readonly asOf?: string;
}

export interface ActorBaseOptions {
  /** Load the shipped PETRARCH base from `data/actors/` (default true). */
  readonly shipped?: boolean;
  /** User dictionary files: `.json`, `.csv`, else PETRARCH actor format (`.agents.txt`: agents). */
  readonly dictionaries?: readonly string[];
}

/** A new actor base; synchronous, no network. `createActorBase({ dictionaries: ['mine.csv'] })` */
export function createActorBase(options: ActorBaseOptions = {}): ActorBase {
  const shipped = options.shipped === false ? undefined : readShippedActors();
  const base: ActorBase = {
    entries: [],
    byName: new Map(),
    bySurname: new Map(),
    agents: new Map(),
    countryCodes: new Set(),
    learned: emptyLearned(),
    problems: [...(shipped?.problems ?? [])],
    ...(shipped?.asOf ? { asOf: shipped.asOf } : {}),
  };
  if (shipped) {
    addAgents(base, shipped.agents);
    addEntries(base, shipped.entries);
  }
  for (const path of options.dictionaries ?? []) loadDictionaryFile(base, path);
  return base;
}

/** Adds entries to the base and its name indexes. */
export function addEntries(base: ActorBase, entries: readonly ActorEntry[]): void {
  for (const entry of entries) {
    const index = base.entries.push(entry) - 1;
    if (entry.kind === 'country') {
      for (const role of entry.roles) if (/^[A-Z]{3}$/u.test(role.code)) base.countryCodes.add(role.code);
    }
    const keys = new Set(entry.names.map(normalizeName));
    for (const key of keys) {
      if (key === '') continue;
      push(base.byName, key, index);
      const surname = surnameKey(key);
      if (surname !== undefined && !keys.has(surname)) pushOnce(base.bySurname, surname, index);
    }
  }
}

/** Adds agents; a phrase already defined keeps its first code. */
export function addAgents(base: ActorBase, agents: readonly AgentEntry[]): void {
  for (const agent of agents) if (!base.agents.has(agent.phrase)) base.agents.set(agent.phrase, agent);
}

/** Reads a dictionary file into the base; its unreadable lines are returned and kept in `problems`. */
export function loadDictionaryFile(base: ActorBase, path: string): DictionaryProblem[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DatelineError('E_IO', `cannot read dictionary "${path}": no such file or no permission`, {
      cause: error,
    });
  }
  const result = parseDictionary(base, text, basename(path));
  base.problems.push(...result.problems);
  return result.problems;
}

/** Parses dictionary text by file name (`.json`, `.csv`, `*agents*`, else PETRARCH actors) into the base. */
export function parseDictionary(
  base: ActorBase,
  text: string,
  file: string,
): ParseResult<ActorEntry | AgentEntry> {
  const sectorOf = (title: string): string | undefined => findAgent(base, title)?.code;
  const ext = extname(file).toLowerCase();
  if (/agents?\b/iu.test(file) && ext !== '.json' && ext !== '.csv') {
    const agents = parsePetrarchAgents(text, file);
    addAgents(base, agents.items);
    return agents;
  }
  const result =
    ext === '.json'
      ? parseUserJson(text, file, sectorOf)
      : ext === '.csv'
        ? parseUserCsv(text, file, sectorOf)
        : parsePetrarchActors(text, { file, source: 'user' });
  addEntries(base, result.items);
  return result;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushOnce(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
