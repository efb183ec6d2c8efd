/**
 * The shipped actor base on disk: `data/actors/actors.tsv` (one entry per line) and
 * `data/actors/agents.tsv`, converted from the PETRARCH Phoenix dictionaries by
 * `scripts/build-actors.ts`. Plain TSV so that a user can read, grep and diff it.
 *
 *     id  kind  names (|)  roles (space-separated CODE:start:end:line)
 *     countries:39559  actor  VLADIMIR PUTIN|PUTIN|…  RUSELI:1970-01-01:1999-08-09:39571 … RUSELI:::39575
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorEntry, ActorRole, AgentEntry, DictionaryProblem, ParseResult } from './actor-types.js';
import { dictionaryProblem } from './dictionary-lines.js';

/** The folder of the shipped base (`data/actors/`), from `src/actors/` and from `dist/actors/`. */
export const SHIPPED_DIR = fileURLToPath(new URL('../../data/actors/', import.meta.url));

const ACTORS_HEADER = ['id', 'kind', 'names', 'roles'];
const AGENTS_HEADER = ['phrase', 'code', 'position', 'line'];
const ISO_DATE = /^(?:\d{4}-\d{2}-\d{2})?$/u;

/** The actor entries as TSV text (header line first). */
export function actorsToTsv(entries: readonly ActorEntry[]): string {
  const lines = [ACTORS_HEADER.join('\t')];
  for (const e of entries) {
    const names = e.names.map((n) => n.replace(/[|\t\n]/gu, ' ')).join('|');
    const roles = e.roles.map((r) => [r.code, r.start ?? '', r.end ?? '', r.line ?? ''].join(':')).join(' ');
    lines.push([e.id, e.kind, names, roles].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The agents as TSV text (header line first). */
export function agentsToTsv(agents: readonly AgentEntry[]): string {
  const rows = agents.map((a) => [a.phrase, a.code, a.position, String(a.line)].join('\t'));
  return `${[AGENTS_HEADER.join('\t'), ...rows].join('\n')}\n`;
}

/** Reads actors TSV; lines that do not fit become problems. */
export function actorsFromTsv(text: string, file: string): ParseResult<ActorEntry> {
  const items: ActorEntry[] = [];
  const problems: DictionaryProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (i === 0 || raw.trim() === '') return;
    const entry = readActorRow(raw.split('\t'));
    if (typeof entry === 'string') problems.push(tsvProblem(file, i + 1, entry, raw));
    else items.push(entry);
  });
  return { items, problems };
}

function readActorRow(cells: readonly string[]): ActorEntry | string {
  const [id = '', kind, names = '', roleText = ''] = cells;
  if (kind !== 'actor' && kind !== 'country') return 'kind must be actor or country';
  const [file = '', lineText = ''] = id.split(':');
  const roles: ActorRole[] = [];
  for (const token of roleText.split(' ').filter((t) => t !== '')) {
    const [code = '', start = '', end = '', line = ''] = token.split(':');
    if (code === '' || !ISO_DATE.test(start) || !ISO_DATE.test(end)) return `bad role "${token}"`;
    roles.push({
      code,
      ...(start === '' ? {} : { start }),
      ...(end === '' ? {} : { end }),
      ...(line === '' ? {} : { line: Number(line) }),
    });
  }
  const nameList = names.split('|').filter((n) => n !== '');
  if (nameList.length === 0 || roles.length === 0) return 'an entry needs a name and a role';
  return { id, kind, names: nameList, roles, source: 'dictionary', file, line: Number(lineText) || 0 };
}

/** Reads agents TSV; lines that do not fit become problems. */
export function agentsFromTsv(text: string, file: string): ParseResult<AgentEntry> {
  const items: AgentEntry[] = [];
  const problems: DictionaryProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (i === 0 || raw.trim() === '') return;
    const [phrase = '', code = '', position, line = ''] = raw.split('\t');
    if (phrase === '' || code === '' || (position !== 'suffix' && position !== 'prefix')) {
      problems.push(tsvProblem(file, i + 1, 'expected phrase, code, suffix|prefix, line', raw));
    } else items.push({ phrase, code, position, line: Number(line) || 0 });
  });
  return { items, problems };
}

function tsvProblem(file: string, line: number, reason: string, raw: string): DictionaryProblem {
  return dictionaryProblem(file, line, 'error', reason, raw);
}

/** The shipped base as read from disk, or empty lists when `data/actors/` is missing. */
export interface ShippedActors {
  readonly entries: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly problems: readonly DictionaryProblem[];
  /** The latest date the dictionaries know about (open-ended ranges are not evidence past it). */
  readonly asOf?: string;
}

let shipped: ShippedActors | undefined;

/** Reads (once) the shipped base; synchronous and offline. */
export function readShippedActors(dir: string = SHIPPED_DIR): ShippedActors {
  if (dir === SHIPPED_DIR && shipped) return shipped;
  const actorsPath = join(dir, 'actors.tsv');
  if (!existsSync(actorsPath)) return { entries: [], agents: [], problems: [] };
  const actors = actorsFromTsv(readFileSync(actorsPath, 'utf8'), 'actors.tsv');
  const agents = agentsFromTsv(readFileSync(join(dir, 'agents.tsv'), 'utf8'), 'agents.tsv');
  const asOf = readAsOf(join(dir, 'manifest.json'));
  const result: ShippedActors = {
    entries: actors.items,
    agents: agents.items,
    problems: [...actors.problems, ...agents.problems],
    ...(asOf ? { asOf } : {}),
  };
  if (dir === SHIPPED_DIR) shipped = result;
  return result;
}

function readAsOf(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('asOf' in manifest)) return undefined;
  return typeof manifest.asOf === 'string' ? manifest.asOf : undefined;
}
