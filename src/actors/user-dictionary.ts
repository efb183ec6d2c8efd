/**
 * A user's own actor dictionary in JSON or CSV, one row per role:
 *
 *     name,code,start,end,title,country,aliases
 *     Donald Trump,USAGOV,2025-01-20,,President,USA,Trump|President Trump
 *     Marco Rubio,,2025-01-21,,Secretary of State,USA,
 *
 * JSON is an array of the same objects (or `{"actors": [...]}`); `aliases` is then an array.
 * `name` is required, and `code` or `country`: without a code, the code is the country plus the
 * agents-dictionary sector of the title (USA + "Secretary of State" → USAGOV). Dates are
 * YYYY-MM-DD, inclusive; a row without dates always applies. Rows naming the same actor are merged.
 */
import { z } from 'zod';
import { parseCsvRows } from '../read/csv-reader.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { ActorEntry, ActorRole, DictionaryProblem, ParseResult } from './actor-types.js';
import { normalizeName } from './normalize-name.js';

/** One row of a user dictionary, as read from JSON or CSV. */
export interface UserActorRow {
  readonly name: string;
  readonly code?: string | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly title?: string | undefined;
  readonly country?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
}

/** Finds the sector code of a title ("president" → GOV), used when a row gives no code. */
export type SectorOf = (title: string) => string | undefined;

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, 'must be a date as YYYY-MM-DD');
const blankToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const rowSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required').max(300),
    code: opt(
      z.string().regex(/^(?:[A-Z0-9]{3,}|---)$/u, 'code must be capital letters and digits, like USAGOV'),
    ),
    start: opt(isoDate),
    end: opt(isoDate),
    title: opt(z.string().max(200)),
    country: opt(z.string().regex(/^[A-Z]{3}$/u, 'country must be an ISO alpha-3 code, like USA')),
    aliases: opt(z.array(z.string().max(300)).max(100)),
  })
  .refine((r) => r.code !== undefined || r.country !== undefined, 'give a code or a country')
  .refine((r) => !(r.start && r.end && r.end < r.start), 'end is before start');

/** Parses a user dictionary in JSON; a row that does not validate becomes a problem (line = row number). */
export function parseUserJson(text: string, file: string, sectorOf: SectorOf): ParseResult<ActorEntry> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = `not JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { items: [], problems: [{ file, line: 1, severity: 'error', reason, text: text.slice(0, 200) }] };
  }
  const rows = Array.isArray(data) ? data : (data as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(rows)) {
    const reason = 'expected an array of actors or {"actors": [...]}';
    return { items: [], problems: [{ file, line: 1, severity: 'error', reason, text: text.slice(0, 200) }] };
  }
  return rowsToEntries(
    rows.map((row: unknown, i) => ({ line: i + 1, row })),
    file,
    sectorOf,
  );
}

/** Parses a user dictionary in CSV with a header row; bad rows become problems with their line. */
export function parseUserCsv(text: string, file: string, sectorOf: SectorOf): ParseResult<ActorEntry> {
  const rows = parseCsvRows(text);
  const header = rows.next();
  if (header.done) return { items: [], problems: [] };
  const columns = header.value.fields.map((f) => f.trim().toLowerCase());
  const found: { line: number; row: unknown }[] = [];
  for (const { line, fields } of rows) {
    if (fields.every((f) => f.trim() === '')) continue;
    const row: Record<string, unknown> = {};
    columns.forEach((column, i) => (row[column] = fields[i]?.trim()));
    if (typeof row['aliases'] === 'string')
      row['aliases'] = row['aliases'].split('|').filter((a) => a.trim());
    found.push({ line, row });
  }
  return rowsToEntries(found, file, sectorOf);
}

function rowsToEntries(
  rows: readonly { line: number; row: unknown }[],
  file: string,
  sectorOf: SectorOf,
): ParseResult<ActorEntry> {
  const problems: DictionaryProblem[] = [];
  const byKey = new Map<string, { line: number; names: string[]; roles: ActorRole[] }>();
  for (const { line, row } of rows) {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
      problems.push({ file, line, severity: 'error', reason, text: JSON.stringify(row).slice(0, 200) });
      continue;
    }
    addRow(byKey, parsed.data, line, sectorOf);
  }
  const items = [...byKey.values()].map((d): ActorEntry => ({
    id: `${file}:${d.line}`,
    names: d.names,
    roles: d.roles,
    source: 'user',
    kind: 'actor',
    file,
    line: d.line,
  }));
  return { items, problems };
}

function addRow(
  byKey: Map<string, { line: number; names: string[]; roles: ActorRole[] }>,
  row: UserActorRow,
  line: number,
  sectorOf: SectorOf,
): void {
  const key = normalizeName(row.name);
  const draft = byKey.get(key) ?? { line, names: [row.name], roles: [] };
  byKey.set(key, draft);
  for (const alias of row.aliases ?? []) if (!draft.names.includes(alias)) draft.names.push(alias);
  const code = row.code ?? `${row.country ?? ''}${(row.title && sectorOf(row.title)) ?? ''}`;
  draft.roles.push({
    code,
    line,
    ...(row.start ? { start: row.start } : {}),
    ...(row.end ? { end: row.end } : {}),
    ...(row.title ? { title: row.title } : {}),
  });
}
