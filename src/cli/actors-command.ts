/**
 * `dateline actors [NAME]`: lists the actor base (shipped PETRARCH dictionaries plus `--dict`
 * files) with codes, titles, countries and date ranges, as a table or JSON.
 */
import type { ActorRecord, DictionaryProblem } from '../actors/index.js';
import { createActorBase, listActors } from '../actors/index.js';
import { DatelineError } from '../document/errors.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

export interface ActorsOptions {
  readonly date?: string;
  readonly dict?: string[];
  readonly json?: boolean;
  readonly limit?: string;
}

const DEFAULT_LIMIT = 100;
const MAX_PROBLEMS_SHOWN = 20;
const COLUMNS = ['NAME', 'CODE', 'COUNTRY', 'TITLE', 'DATES', 'SOURCE'] as const;
const WIDTHS = [34, 12, 7, 24, 25, 20] as const;

/** Runs the command; returns the exit code (1 when a --dict file has unreadable lines). */
export function runActors(nameWords: readonly string[], options: ActorsOptions, io: CliIo): number {
  const date = options.date;
  if (date !== undefined && !parseIsoDate(date)) {
    throw new DatelineError('E_USAGE', `--date must be a calendar date as YYYY-MM-DD, not "${date}"`);
  }
  const limit = options.limit === undefined ? DEFAULT_LIMIT : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new DatelineError('E_USAGE', `--limit must be a whole number (0 for all), not "${options.limit}"`);
  }
  const base = createActorBase({ dictionaries: options.dict ?? [] });
  const name = nameWords.length > 0 ? nameWords.join(' ') : undefined;
  const list = listActors(base, {
    ...(name === undefined ? {} : { name }),
    ...(date === undefined ? {} : { date }),
    limit: limit === 0 ? Infinity : limit,
  });
  if (options.json) io.stdout.write(`${JSON.stringify({ total: list.total, records: list.records })}\n`);
  else printTable(list.records, list.total, io);
  return reportProblems(base.problems, io);
}

function printTable(records: readonly ActorRecord[], total: number, io: CliIo): void {
  if (records.length === 0) {
    io.stdout.write('no actors found\n');
    return;
  }
  const rows = records.map((r) => [r.name, r.code, r.country ?? '', r.title ?? '', dates(r), source(r)]);
  for (const row of [[...COLUMNS], ...rows]) io.stdout.write(`${formatRow(row)}\n`);
  if (total > records.length) {
    io.stdout.write(
      `… ${total - records.length} more of ${total}; use --limit N (0 for all) or give a NAME\n`,
    );
  }
}

function formatRow(cells: readonly string[]): string {
  return cells
    .map((cell, i) => {
      const width = WIDTHS[i] ?? 20;
      const text = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
      return i === cells.length - 1 ? text : text.padEnd(width);
    })
    .join(' ');
}

function dates(r: ActorRecord): string {
  if (r.source === 'learned') return `seen ${r.firstSeen ?? ''} – ${r.lastSeen ?? ''}`;
  if (r.start !== undefined && r.end !== undefined) return `${r.start} – ${r.end}`;
  if (r.start !== undefined) return `from ${r.start}`;
  if (r.end !== undefined) return `until ${r.end}`;
  return 'default (undated)';
}

function source(r: ActorRecord): string {
  if (r.source !== 'learned') return r.id;
  const first = r.evidence?.[0];
  return first ? `learned (${first.docId})` : 'learned';
}

function reportProblems(problems: readonly DictionaryProblem[], io: CliIo): number {
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) {
    io.stderr.write(`dateline: ${p.file}:${p.line}: ${p.severity}: ${p.reason}\n`);
  }
  if (problems.length > MAX_PROBLEMS_SHOWN) {
    io.stderr.write(`dateline: … ${problems.length - MAX_PROBLEMS_SHOWN} more dictionary problems\n`);
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.someFailed : EXIT.ok;
}
