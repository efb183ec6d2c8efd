/** Listing the actor base for people to read: everything, or the actors a name matches. */
import type { ActorBase } from './actor-base.js';
import type { ActorRecord } from './actor-types.js';
import { entryRecords, learnedRecord, lookupActor } from './lookup-actor.js';
import { normalizeName } from './normalize-name.js';

export interface ActorListOptions {
  /** A name: exact or unambiguous surname first, else every actor with these words in a name. */
  readonly name?: string;
  /** Only roles valid at this date (YYYY-MM-DD). */
  readonly date?: string;
  /** At most this many records (default: all). */
  readonly limit?: number;
}

export interface ActorList {
  readonly records: ActorRecord[];
  /** How many records matched before the limit. */
  readonly total: number;
}

/** Lists actor records: `listActors(base, { name: 'putin', date: '2005-06-01' })`. */
export function listActors(base: ActorBase, options: ActorListOptions = {}): ActorList {
  const { name, date, limit = Infinity } = options;
  if (name !== undefined && normalizeName(name) === '') return { records: [], total: 0 };
  const exact = name === undefined ? [] : lookupActor(base, name, date);
  const records =
    exact.length > 0 ? exact : [...scan(base, name === undefined ? '' : normalizeName(name), date)];
  return { records: records.slice(0, limit), total: records.length };
}

function* scan(base: ActorBase, key: string, date: string | undefined): Generator<ActorRecord> {
  const padded = ` ${key} `;
  const matches = (nameKey: string): boolean => key === '' || ` ${nameKey} `.includes(padded);
  for (const [nameKey, roles] of base.learned.byKey) {
    if (matches(nameKey)) for (const role of roles) yield* learnedRecord(base, role, date);
  }
  for (const entry of base.entries) {
    if (entry.names.some((n) => matches(normalizeName(n)))) yield* entryRecords(base, entry, date);
  }
}
