/**
 * Looking an actor up by name at a date. Dictionary roles follow PETRARCH: dated codes apply
 * inside their (inclusive) window; an undated code is the default when no dated code covers the
 * date. Learned roles apply from shortly before they were first seen. When sources disagree, the
 * most recent evidence comes first: the news beats a dictionary whose window has ended, or whose
 * open-ended window (`>080508`) is older than what the news says.
 */
import { DatelineError } from '../document/errors.js';
import { daysBetween, parseIsoDate } from '../time/iso-date.js';
import type { ActorBase } from './actor-base.js';
import type { ActorEntry, ActorRecord, ActorRole } from './actor-types.js';
import { splitCode } from './agent-code.js';
import type { LearnedRole } from './learned-roles.js';
import { displayName, normalizeName } from './normalize-name.js';
import { isDated, windowCovers } from './petrarch-dates.js';

/** A learned role applies from this many days before it was first seen. */
export const NEAR_DAYS = 30;

const SOURCE_ORDER = { learned: 0, user: 1, dictionary: 2 } as const;

/**
 * The codes an actor holds at `date` (every role when no date), best first.
 * `lookupActor(base, 'Vladimir Putin', '2005-06-01')` → `[{ code: 'RUSGOV', country: 'RUS', … }]`
 */
export function lookupActor(base: ActorBase, name: string, date?: string): ActorRecord[] {
  if (date !== undefined && !parseIsoDate(date)) {
    throw new DatelineError('E_USAGE', `date must be YYYY-MM-DD, not "${date}"`);
  }
  const found = resolveName(base, normalizeName(name));
  const learned = (found.learnedKey && base.learned.byKey.get(found.learnedKey)) || [];
  const records = [
    ...learned.flatMap((role) => learnedRecord(base, role, date)),
    ...found.entries.flatMap((i) => entryRecords(base, base.entries[i], date)),
  ];
  return date === undefined ? records : rank(records, date, base.asOf);
}

/** The best code for a name at a date, or undefined: `actorCode(base, 'Putin', '2005-06-01')` → `RUSGOV`. */
export function actorCode(base: ActorBase, name: string, date?: string): string | undefined {
  return lookupActor(base, name, date)[0]?.code;
}

interface Resolved {
  readonly entries: readonly number[];
  readonly learnedKey?: string;
}

/** Exact name first; a lone surname only when it points at one actor (learned names first). */
export function resolveName(base: ActorBase, key: string): Resolved {
  if (key === '') return { entries: [] };
  const entries = base.byName.get(key) ?? [];
  const learnedKey = base.learned.byKey.has(key) ? key : undefined;
  if (entries.length > 0 || learnedKey !== undefined || key.includes(' ')) {
    return learnedKey === undefined ? { entries } : { entries, learnedKey };
  }
  const learnedKeys = base.learned.bySurname.get(key);
  if (learnedKeys && learnedKeys.size > 0) {
    const [only] = learnedKeys;
    return learnedKeys.size === 1 && only !== undefined
      ? { entries: base.byName.get(only) ?? [], learnedKey: only }
      : { entries: [] };
  }
  const candidates = base.bySurname.get(key) ?? [];
  // Duplicated entries (the same actor listed twice with the same codes) are not an ambiguity.
  const signatures = new Set(candidates.map((i) => roleSignature(base.entries[i])));
  return signatures.size === 1 ? { entries: candidates } : { entries: [] };
}

function roleSignature(entry: ActorEntry | undefined): string {
  return (entry?.roles ?? []).map((r) => `${r.code}:${r.start ?? ''}:${r.end ?? ''}`).join(' ');
}

/** The records of one dictionary entry at a date (all of its roles when no date). */
export function entryRecords(
  base: ActorBase,
  entry: ActorEntry | undefined,
  date: string | undefined,
): ActorRecord[] {
  if (!entry) return [];
  let roles: readonly ActorRole[] = entry.roles;
  let fallback = false;
  if (date !== undefined) {
    roles = entry.roles.filter((r) => isDated(r) && windowCovers(r, date));
    if (roles.length === 0) {
      roles = entry.roles.filter((r) => !isDated(r));
      fallback = true;
    }
  }
  return roles.filter((r) => r.code !== '---').map((role) => dictionaryRecord(base, entry, role, fallback));
}

function dictionaryRecord(
  base: ActorBase,
  entry: ActorEntry,
  role: ActorRole,
  fallback: boolean,
): ActorRecord {
  return {
    name: displayName(entry.names[0] ?? ''),
    code: role.code,
    ...splitCode(base, role.code),
    ...(role.title === undefined ? {} : { title: role.title }),
    ...(role.start === undefined ? {} : { start: role.start }),
    ...(role.end === undefined ? {} : { end: role.end }),
    source: entry.source,
    id: entry.id,
    ...(fallback ? { fallback } : {}),
  };
}

/** The record of one learned role, or none when the date is well before it was first seen. */
export function learnedRecord(base: ActorBase, role: LearnedRole, date: string | undefined): ActorRecord[] {
  if (date !== undefined && daysBetween(date, role.firstSeen) > NEAR_DAYS) return [];
  const split = splitCode(base, role.code);
  return [
    {
      name: role.name,
      code: role.code,
      country: split.country ?? role.country,
      ...((split.sector ?? role.sector) ? { sector: split.sector ?? role.sector } : {}),
      ...(role.title === undefined ? {} : { title: role.title }),
      source: 'learned',
      id: `learned:${role.key}`,
      firstSeen: role.firstSeen,
      lastSeen: role.lastSeen,
      evidence: role.evidence.map((e) => ({ ...e, span: { ...e.span } })),
    },
  ];
}

/** Most recent evidence first; at equal recency, learned before user before dictionary. */
function rank(records: readonly ActorRecord[], date: string, asOf: string | undefined): ActorRecord[] {
  const keyed = records.map((record, order) => ({ record, order, recency: recency(record, date, asOf) }));
  keyed.sort(
    (a, b) =>
      b.recency.localeCompare(a.recency) ||
      SOURCE_ORDER[a.record.source] - SOURCE_ORDER[b.record.source] ||
      a.order - b.order,
  );
  return keyed.map((k) => k.record);
}

// The latest day (≤ date) that the evidence behind a record speaks for.
function recency(record: ActorRecord, date: string, asOf: string | undefined): string {
  if (record.fallback) return '';
  if (record.source === 'learned') {
    const last = record.lastSeen ?? date;
    return daysBetween(last, date) <= NEAR_DAYS ? date : last;
  }
  const end = record.end ?? (record.source === 'dictionary' ? asOf : undefined) ?? date;
  return end < date ? end : date;
}
