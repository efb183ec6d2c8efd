/**
 * Cross-document actors: each document's entities are merged into corpus-wide actors by name
 * variants. "Donald Trump", "Donald J. Trump" and "U.S. President Donald Trump" (whose entity is
 * already named "Donald Trump" in its document) meet by first name and surname; a bare "Trump" in a
 * story that never gives his first name goes to the best-known actor with that surname; countries
 * meet by their actor code. Backend-neutral: a store provides the directory look-ups.
 */
import { normalizeName, surnameKey } from '../actors/normalize-name.js';
import type { EntityRow } from './document-rows.js';

export interface ActorRecord {
  readonly id: number;
  readonly type: string;
  readonly name: string;
  readonly key: string;
  readonly code?: string;
  readonly country?: string;
}

/** What the merge needs from a store. Persons are looked up by surname and first name. */
export interface ActorDirectory {
  /** The actor a (type, name key) was merged into before. */
  byKey(type: string, key: string): ActorRecord | undefined;
  /** Persons with this surname, best known first. */
  bySurname(surname: string): ActorRecord[];
  create(actor: Omit<ActorRecord, 'id'>, surname: string | undefined, first: string | undefined): ActorRecord;
  /** Records another name key for an actor; `rename` makes it the actor's display name too. */
  addName(actor: ActorRecord, type: string, key: string, rename?: { name: string; first?: string }): void;
}

/** Entity types that become corpus actors; NORP ("Russian") and MISC do not. */
export const ACTOR_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY']);

/** The lookup key of an entity: countries by their code, everything else by normalized name. */
export function actorKey(entity: Pick<EntityRow, 'type' | 'name' | 'code'>): string {
  if (entity.type === 'GPE' && entity.code !== undefined && /^[A-Z]{3}$/u.test(entity.code)) {
    return `code:${entity.code}`;
  }
  return normalizeName(entity.name);
}

/** The corpus actor an entity belongs to, creating or extending one as needed; undefined for non-actors. */
export function mergeActor(dir: ActorDirectory, entity: EntityRow): ActorRecord | undefined {
  if (!ACTOR_TYPES.has(entity.type)) return undefined;
  const key = actorKey(entity);
  if (key === '') return undefined;
  const known = dir.byKey(entity.type, key);
  if (known) return known;
  if (entity.type !== 'PERSON') return dir.create(describe(entity, key), undefined, undefined);

  const words = key.split(' ');
  const surname = surnameKey(key);
  const first = words.length > 1 ? words[0] : undefined;
  if (surname === undefined) {
    // A bare surname: the best-known person with it, preferring one with the same actor code.
    const people = dir.bySurname(key);
    const match = people.find((p) => entity.code !== undefined && p.code === entity.code) ?? people[0];
    if (match) {
      dir.addName(match, entity.type, key);
      return match;
    }
    return dir.create(describe(entity, key), key, undefined);
  }
  const people = dir.bySurname(surname);
  // Same first name and surname ("Donald J. Trump" = "Donald Trump"), or an actor known so far only
  // by the surname, which this fuller name now completes.
  const same = people.find((p) => p.key.split(' ')[0] === first && p.key.includes(' '));
  if (same) {
    dir.addName(same, entity.type, key);
    return same;
  }
  const bare = people.find((p) => p.key === surname);
  if (bare && !people.some((p) => p.key !== surname)) {
    dir.addName(bare, entity.type, key, { name: entity.name, ...(first ? { first } : {}) });
    return { ...bare, name: entity.name, key };
  }
  return dir.create(describe(entity, key), surname, first);
}

function describe(entity: EntityRow, key: string): Omit<ActorRecord, 'id'> {
  return {
    type: entity.type,
    name: entity.name,
    key,
    ...(entity.code === undefined ? {} : { code: entity.code }),
    ...(entity.country === undefined ? {} : { country: entity.country }),
  };
}
