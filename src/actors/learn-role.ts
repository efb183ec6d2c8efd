/** `learnRole`: one role observed in an article becomes knowledge of the actor base. */
import { DatelineError } from '../document/errors.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { ActorBase } from './actor-base.js';
import { agentCode } from './agent-code.js';
import type { LearnedJson, LearnedRole } from './learned-roles.js';
import { addObservation, learnedRolesFromJSON, learnedRolesToJSON } from './learned-roles.js';
import { normalizeName } from './normalize-name.js';

/** A role as an article states it, with where it says so. */
export interface RoleObservation {
  readonly name: string;
  readonly title: string;
  /** ISO 3166 alpha-3 of the country the role belongs to. */
  readonly country: string;
  /** Sector code (GOV, MIL, …); found from the title through the agents dictionary when absent. */
  readonly sector?: string;
  /** Full code; `country + sector` when absent. */
  readonly code?: string;
  /** The article's date, YYYY-MM-DD. */
  readonly date: string;
  readonly docId: string;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * Adds an observed role; later lookups of the name at or after that date return it.
 * `learnRole(base, { name: 'Donald Trump', title: 'President', country: 'USA', date: '2025-08-16', docId, span })`
 */
export function learnRole(base: ActorBase, record: RoleObservation): LearnedRole {
  const problem = checkObservation(record);
  if (problem)
    throw new DatelineError('E_USAGE', `cannot learn role of "${record.name.slice(0, 80)}": ${problem}`);
  const sector = record.sector ?? agentCode(base, record.title);
  const code = record.code ?? `${record.country}${sector ?? ''}`;
  return addObservation(base.learned, {
    name: record.name.trim(),
    code,
    ...(record.title.trim() === '' ? {} : { title: record.title.trim() }),
    country: record.country,
    ...(sector === undefined ? {} : { sector }),
    firstSeen: record.date,
    lastSeen: record.date,
    count: 1,
    evidence: [
      { docId: record.docId, date: record.date, span: { start: record.span.start, end: record.span.end } },
    ],
  });
}

function checkObservation(r: RoleObservation): string | undefined {
  if (normalizeName(r.name) === '') return 'the name is empty';
  if (!/^[A-Z]{3}$/u.test(r.country)) return `country must be an ISO alpha-3 code, not "${r.country}"`;
  if (r.code !== undefined && !/^[A-Z0-9]{3,}$/u.test(r.code)) return `"${r.code}" is not a code`;
  if (r.sector !== undefined && !/^[A-Z0-9]{3,}$/u.test(r.sector))
    return `"${r.sector}" is not a sector code`;
  if (!parseIsoDate(r.date)) return `date must be YYYY-MM-DD, not "${r.date}"`;
  if (r.docId === '') return 'docId is empty';
  const { start, end } = r.span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    return 'span must be [start, end)';
  return undefined;
}

/** The learned part of the base as versioned JSON, for a corpus store to persist. */
export function learnedToJSON(base: ActorBase): LearnedJson {
  return learnedRolesToJSON(base.learned);
}

/** Re-loads learned roles saved by `learnedToJSON` (merging with what the base has learned); returns how many. */
export function learnedFromJSON(base: ActorBase, json: unknown): number {
  return learnedRolesFromJSON(base.learned, json);
}
