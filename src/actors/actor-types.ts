/** The shapes of the actor base: dictionary entries, their dated roles, agents and problems. */

/** Where a record came from: the shipped PETRARCH base, a user's dictionary, or the news. */
export type ActorSource = 'dictionary' | 'user' | 'learned';

/**
 * One code an actor holds, optionally within inclusive ISO dates. A role with neither `start` nor
 * `end` is the entry's default: it applies whenever no dated role of the entry covers the date.
 */
export interface ActorRole {
  /** CAMEO-style code, e.g. `RUSGOV`; `---` is PETRARCH's null code (known, but not coded). */
  readonly code: string;
  readonly start?: string;
  readonly end?: string;
  readonly title?: string;
  /** The 1-based line of the dictionary file that gave this role. */
  readonly line?: number;
}

/** A dictionary entry: one actor, every name it goes by, and its roles. */
export interface ActorEntry {
  /** Stable id: `<file>:<line>` of the entry's first name. */
  readonly id: string;
  /** Names as written in the dictionary, underscores turned to spaces; the first is the main one. */
  readonly names: readonly string[];
  readonly roles: readonly ActorRole[];
  readonly source: ActorSource;
  /** `country` for entries whose codes are bare ISO alpha-3 country codes (names, demonyms, cities). */
  readonly kind: 'country' | 'actor';
  readonly file: string;
  readonly line: number;
}

/** An agents-dictionary phrase (a common noun such as "president") and its sector code. */
export interface AgentEntry {
  /** Normalized phrase, e.g. `foreign minister`. */
  readonly phrase: string;
  /** Sector code without the `~`, e.g. `GOV`, `GOVMED`. */
  readonly code: string;
  /** `suffix` (`[~GOV]`): goes after the actor's country code; `prefix` (`[IGO~]`): before it. */
  readonly position: 'suffix' | 'prefix';
  readonly line: number;
}

/** A line of a dictionary that could not be read (or was read with a guess), with its place. */
export interface DictionaryProblem {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly reason: string;
  /** The offending line, cut to 200 characters. */
  readonly text: string;
}

/** Entries (or agents) read from one dictionary text, and the lines that went wrong. */
export interface ParseResult<T> {
  readonly items: T[];
  readonly problems: DictionaryProblem[];
}

/** Where a learned role was seen: the document and the `[start, end)` span that said so. */
export interface RoleEvidence {
  readonly docId: string;
  readonly date: string;
  readonly span: { readonly start: number; readonly end: number };
}

/** What lookups return: one code an actor holds at the date asked about, and why. */
export interface ActorRecord {
  /** The entry's main name (for learned roles, the name as it was observed). */
  readonly name: string;
  readonly code: string;
  /** ISO alpha-3 when the code starts with a country code. */
  readonly country?: string;
  /** The rest of the code after the country (`GOV`, `GOVMIL`), when there is one. */
  readonly sector?: string;
  readonly title?: string;
  readonly start?: string;
  readonly end?: string;
  readonly source: ActorSource;
  /** Dictionary records: entry id (`file:line`). Learned records: `learned:<name key>`. */
  readonly id: string;
  /** True for an undated default code, used because no dated role covered the date. */
  readonly fallback?: boolean;
  /** Learned records: first and last dates the role was seen, and (bounded) evidence. */
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly evidence?: readonly RoleEvidence[];
}
