/**
 * Roles learned from the news: every time an article says who holds which office ("U.S. President
 * Donald Trump", 2025-08-16), the role is recorded with its evidence and the dates it was seen, so
 * the base stays current after the dictionaries go stale. Exported as JSON for a corpus store.
 */
import { z } from 'zod';
import { DatelineError } from '../document/errors.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { RoleEvidence } from './actor-types.js';
import { normalizeName, surnameKey } from './normalize-name.js';

/** How many pieces of evidence a role keeps (the latest ones); counts go on past it. */
export const MAX_EVIDENCE = 10;

/** One role of one person as observed in the news. */
export interface LearnedRole {
  readonly key: string;
  name: string;
  readonly code: string;
  title?: string;
  country: string;
  sector?: string;
  firstSeen: string;
  lastSeen: string;
  /** How many distinct observations (document + span) support the role. */
  count: number;
  evidence: RoleEvidence[];
}

/** Learned roles by name key, and name keys by surname for "Trump" → "Donald Trump". */
export interface LearnedRoles {
  readonly byKey: Map<string, LearnedRole[]>;
  readonly bySurname: Map<string, Set<string>>;
}

/** An empty store. */
export function emptyLearned(): LearnedRoles {
  return { byKey: new Map(), bySurname: new Map() };
}

/** Records one observation; merges with the same name and code, else adds a role. */
export function addObservation(
  store: LearnedRoles,
  role: Omit<LearnedRole, 'key'> & { key?: string },
): LearnedRole {
  const key = role.key ?? normalizeName(role.name);
  const roles = store.byKey.get(key) ?? [];
  store.byKey.set(key, roles);
  const surname = surnameKey(key);
  if (surname !== undefined) (store.bySurname.get(surname) ?? setNew(store.bySurname, surname)).add(key);
  const known = roles.find((r) => r.code === role.code);
  if (!known) {
    const created: LearnedRole = { ...role, key, evidence: [...role.evidence].slice(-MAX_EVIDENCE) };
    roles.push(created);
    return created;
  }
  mergeInto(known, role);
  return known;
}

function mergeInto(known: LearnedRole, role: Omit<LearnedRole, 'key'>): void {
  const fresh = role.evidence.filter(
    (e) =>
      !known.evidence.some(
        (k) => k.docId === e.docId && k.span.start === e.span.start && k.span.end === e.span.end,
      ),
  );
  if (fresh.length === 0 && role.evidence.length > 0) return; // the same article learned twice
  // Evidence already known was counted when it was first learned.
  known.count += Math.max(1, role.count - (role.evidence.length - fresh.length));
  if (role.firstSeen < known.firstSeen) known.firstSeen = role.firstSeen;
  if (role.lastSeen >= known.lastSeen) {
    known.lastSeen = role.lastSeen;
    known.name = role.name;
    if (role.title !== undefined) known.title = role.title;
  }
  known.evidence = [...known.evidence, ...fresh]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-MAX_EVIDENCE);
}

function setNew(map: Map<string, Set<string>>, key: string): Set<string> {
  const set = new Set<string>();
  map.set(key, set);
  return set;
}

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, 'must be YYYY-MM-DD');
const evidenceSchema = z.object({
  docId: z.string().min(1).max(200),
  date: isoDate,
  span: z
    .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((s) => s.end >= s.start),
});
const roleSchema = z.object({
  name: z.string().min(1).max(300),
  code: z.string().regex(/^[A-Z0-9]{3,}$/u),
  title: z.string().max(200).optional(),
  country: z.string().regex(/^[A-Z]{3}$/u),
  sector: z.string().max(30).optional(),
  firstSeen: isoDate,
  lastSeen: isoDate,
  count: z.number().int().min(1),
  evidence: z.array(evidenceSchema).max(1000),
});

/** The versioned JSON form of learned roles. */
export const learnedSchema = z.object({
  schema: z.literal('dateline-learned-actors/1'),
  roles: z.array(roleSchema),
});
export type LearnedJson = z.infer<typeof learnedSchema>;

/** Learned roles as plain JSON: `{ schema: 'dateline-learned-actors/1', roles: [...] }`. */
export function learnedRolesToJSON(store: LearnedRoles): LearnedJson {
  const roles = [...store.byKey.values()].flat().map((role) => ({
    name: role.name,
    code: role.code,
    ...(role.title === undefined ? {} : { title: role.title }),
    country: role.country,
    ...(role.sector === undefined ? {} : { sector: role.sector }),
    firstSeen: role.firstSeen,
    lastSeen: role.lastSeen,
    count: role.count,
    evidence: role.evidence.map((e) => ({ docId: e.docId, date: e.date, span: { ...e.span } })),
  }));
  return { schema: 'dateline-learned-actors/1', roles };
}

/** Adds learned roles from their JSON form; throws E_SCHEMA when the JSON does not fit. */
export function learnedRolesFromJSON(store: LearnedRoles, json: unknown): number {
  const parsed = learnedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
    throw new DatelineError(
      'E_SCHEMA',
      `learned actor roles do not fit dateline-learned-actors/1 (${where})`,
    );
  }
  for (const role of parsed.data.roles) addObservation(store, stripUndefined(role));
  return parsed.data.roles.length;
}

function stripUndefined(role: z.infer<typeof roleSchema>): Omit<LearnedRole, 'key'> {
  const { title, sector, ...rest } = role;
  return { ...rest, ...(title === undefined ? {} : { title }), ...(sector === undefined ? {} : { sector }) };
}
