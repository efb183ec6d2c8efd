/**
 * The query commands over a stored corpus: `search`, `quotes`, `events`, `actors --db`, `show`,
 * `stories`, `duplicates`. Each opens the database read-only, calls one Store method and prints a
 * table (or `--json`: the page as the store returns it).
 */
import { DatelineError } from '../document/errors.js';
import { openStore, DEFAULT_DB } from '../store/open-store.js';
import type { Page, Store } from '../store/store.js';
import { formatDateAtPrecision, parseIsoDate } from '../time/calendar-date.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { prettyDocument } from './pretty.js';
import { formatTable, moreLine } from './table.js';

export interface QueryOptions {
  readonly db?: string;
  readonly json?: boolean;
  readonly limit?: string;
  readonly offset?: string;
  readonly copies?: boolean;
}

export interface QuotesOptions extends QueryOptions {
  readonly speaker?: string;
  readonly text?: string;
  readonly since?: string;
  readonly until?: string;
}

export interface EventsOptions extends QueryOptions {
  readonly actor?: string;
  readonly type?: string;
  readonly status?: string;
  readonly since?: string;
  readonly until?: string;
  readonly place?: string;
}

/** Opens the store read-only, runs `body`, closes it. */
async function withStore<T>(options: QueryOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(options.db ?? DEFAULT_DB, { readonly: true });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

function paging(options: QueryOptions): { limit: number; offset: number } {
  const whole = (flag: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new DatelineError('E_USAGE', `${flag} must be a whole number ≥ ${min}, not "${value}"`);
    return n;
  };
  return { limit: whole('--limit', options.limit, 20, 1), offset: whole('--offset', options.offset, 0, 0) };
}

function dateFlag(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !parseIsoDate(value)) {
    throw new DatelineError('E_USAGE', `${flag} must be a calendar date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

function print<T>(
  page: Page<T>,
  options: QueryOptions,
  io: CliIo,
  table: (rows: readonly T[]) => string[],
  none: string,
): number {
  if (options.json) {
    io.stdout.write(`${JSON.stringify(page)}\n`);
    return EXIT.ok;
  }
  if (page.rows.length === 0) {
    io.stdout.write(`${none}\n`);
    return EXIT.ok;
  }
  for (const line of table(page.rows)) io.stdout.write(`${line}\n`);
  const more = moreLine(page.total, page.offset, page.rows.length);
  if (more) io.stdout.write(`${more}\n`);
  return EXIT.ok;
}

const short = (id: string): string => id.slice(0, 12);

export async function runSearch(words: readonly string[], options: QueryOptions, io: CliIo): Promise<number> {
  const text = words.join(' ');
  if (text.trim() === '')
    throw new DatelineError('E_USAGE', 'give words to search for: dateline search WORDS');
  const page = await withStore(options, (s) =>
    s.search({ text, ...paging(options), ...(options.copies ? { copies: true } : {}) }),
  );
  return print(
    page,
    options,
    io,
    (rows) =>
      formatTable(
        [
          { title: 'DOC', width: 12 },
          { title: 'DATE', width: 10 },
          { title: 'PUBLISHER', width: 18 },
          { title: 'TITLE', width: 40 },
          { title: 'MATCH', width: 0 },
        ],
        rows.map((r) => [short(r.id), r.date ?? '', r.publisher ?? r.source ?? '', r.title ?? '', r.snippet]),
      ),
    'no articles match',
  );
}

export async function runQuotes(options: QuotesOptions, io: CliIo): Promise<number> {
  const since = dateFlag('--since', options.since);
  const until = dateFlag('--until', options.until);
  const page = await withStore(options, (s) =>
    s.quotes({
      ...paging(options),
      ...(options.speaker === undefined ? {} : { speaker: options.speaker }),
      ...(options.text === undefined ? {} : { text: options.text }),
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      ...(options.copies ? { copies: true } : {}),
    }),
  );
  return print(
    page,
    options,
    io,
    (rows) =>
      formatTable(
        [
          { title: 'DATE', width: 10 },
          { title: 'SPEAKER', width: 22 },
          { title: 'SOURCE', width: 18 },
          { title: 'DOC:SPAN', width: 24 },
          { title: 'QUOTE', width: 0 },
        ],
        rows.map((q) => [
          q.date ?? '',
          q.speaker ?? '(unknown)',
          q.publisher ?? q.source ?? '',
          `${short(q.doc)}:${q.start}-${q.end}`,
          q.kind === 'direct' ? `“${q.text}”` : q.text,
        ]),
      ),
    'no quotes match',
  );
}

export async function runEvents(options: EventsOptions, io: CliIo): Promise<number> {
  const since = dateFlag('--since', options.since);
  const until = dateFlag('--until', options.until);
  const page = await withStore(options, (s) =>
    s.events({
      ...paging(options),
      ...(options.actor === undefined ? {} : { actor: options.actor }),
      ...(options.type === undefined ? {} : { type: options.type }),
      ...(options.status === undefined ? {} : { status: options.status }),
      ...(options.place === undefined ? {} : { place: options.place }),
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      ...(options.copies ? { copies: true } : {}),
    }),
  );
  const who = (actors: readonly { role: string; name: string; code?: string }[], role: string): string =>
    actors
      .filter((a) => a.role === role)
      .map((a) => (a.code ? `${a.name} [${a.code}]` : a.name))
      .join(', ');
  return print(
    page,
    options,
    io,
    (rows) =>
      formatTable(
        [
          { title: 'DATE', width: 10 },
          { title: 'TYPE', width: 9 },
          { title: 'STATUS', width: 8 },
          { title: 'SOURCES', width: 30 },
          { title: 'TARGETS', width: 30 },
          { title: 'PLACE', width: 16 },
          { title: 'DOC:SPAN', width: 24 },
          { title: 'TRIGGER', width: 0 },
        ],
        rows.map((e) => [
          e.date === undefined ? '' : formatDateAtPrecision(e.date, e.datePrecision),
          e.type,
          e.status,
          who(e.actors, 'source'),
          [who(e.actors, 'target'), who(e.actors, 'participant')].filter((s) => s !== '').join('; with '),
          e.place ?? '',
          `${short(e.doc)}:${e.start}-${e.end}`,
          e.trigger,
        ]),
      ),
    'no events match',
  );
}

/** `actors NAME --db`: the corpus's actors; one match is shown in full. */
export async function runCorpusActors(
  words: readonly string[],
  options: QueryOptions,
  io: CliIo,
): Promise<number> {
  const name = words.length > 0 ? words.join(' ') : undefined;
  return withStore(options, async (store) => {
    const page = await store.actors({ ...paging(options), ...(name === undefined ? {} : { name }) });
    const exact =
      name === undefined ? undefined : page.rows.find((a) => a.name.toLowerCase() === name.toLowerCase());
    const single = exact ?? (page.rows.length === 1 ? page.rows[0] : undefined);
    if (single && name !== undefined) {
      const detail = await store.actor(single.id);
      if (options.json) io.stdout.write(`${JSON.stringify(detail)}\n`);
      else if (detail) {
        io.stdout.write(
          `${detail.name} (${detail.type}${detail.code ? `, ${detail.code}` : ''}) — ${detail.documents} articles, ${detail.quotes} quotes, ${detail.events} events\n`,
        );
        if (detail.names.length > 1)
          io.stdout.write(`  also: ${detail.names.filter((n) => n !== detail.name).join(', ')}\n`);
        io.stdout.write('Roles:\n');
        for (const r of detail.roles)
          io.stdout.write(
            `  ${r.first} … ${r.last}  ${r.title}${r.country ? ` (${r.country})` : ''} ×${r.count}\n`,
          );
        io.stdout.write('Counterparts:\n');
        for (const c of detail.counterparts.slice(0, 10))
          io.stdout.write(`  ${c.name}${c.code ? ` [${c.code}]` : ''} — ${c.events} events\n`);
        io.stdout.write('Places:\n');
        for (const p of detail.places.slice(0, 10))
          io.stdout.write(`  ${p.place}${p.country ? ` (${p.country})` : ''} — ${p.events} events\n`);
        io.stdout.write('Timeline:\n');
        for (const t of detail.timeline.slice(-15))
          io.stdout.write(`  ${t.date}  ${t.events} events, ${t.quotes} quotes\n`);
      }
      return EXIT.ok;
    }
    return print(
      page,
      options,
      io,
      (rows) =>
        formatTable(
          [
            { title: 'ID', width: 6 },
            { title: 'NAME', width: 30 },
            { title: 'TYPE', width: 8 },
            { title: 'CODE', width: 10 },
            { title: 'ARTICLES', width: 8 },
            { title: 'QUOTES', width: 6 },
            { title: 'EVENTS', width: 0 },
          ],
          rows.map((a) => [
            String(a.id),
            a.name,
            a.type,
            a.code ?? '',
            String(a.documents),
            String(a.quotes),
            String(a.events),
          ]),
        ),
      'no actors found',
    );
  });
}

export async function runShow(id: string, options: QueryOptions, io: CliIo): Promise<number> {
  return withStore(options, async (store) => {
    const doc = await store.get(id);
    if (!doc) throw new DatelineError('E_NOT_FOUND', `no document ${id} in ${store.location}`);
    const copies = await store.copiesOf(id);
    if (options.json) io.stdout.write(`${JSON.stringify({ ...doc, copies })}\n`);
    else {
      io.stdout.write(`${prettyDocument(doc)}\n`);
      if (copies.canonical) io.stdout.write(`copy of ${copies.canonical}\n`);
      if (copies.copies.length > 0) io.stdout.write(`copies: ${copies.copies.join(', ')}\n`);
    }
    return EXIT.ok;
  });
}

export async function runStories(options: QueryOptions, io: CliIo): Promise<number> {
  const page = await withStore(options, (s) => s.stories(paging(options)));
  return print(
    page,
    options,
    io,
    (rows) =>
      formatTable(
        [
          { title: 'ID', width: 6 },
          { title: 'ARTICLES', width: 8 },
          { title: 'FROM', width: 10 },
          { title: 'TO', width: 10 },
          { title: 'STORY', width: 0 },
        ],
        rows.map((s) => [String(s.id), String(s.documents), s.first ?? '', s.last ?? '', s.label]),
      ),
    'no stories yet',
  );
}

export async function runDuplicates(options: QueryOptions, io: CliIo): Promise<number> {
  const page = await withStore(options, (s) => s.duplicates(paging(options)));
  return print(
    page,
    options,
    io,
    (rows) =>
      formatTable(
        [
          { title: 'CANONICAL', width: 12 },
          { title: 'COPIES', width: 6 },
          { title: 'PUBLISHER', width: 18 },
          { title: 'TITLE', width: 0 },
        ],
        rows.map((g) => [
          short(g.canonical.id),
          String(g.copies.length),
          g.canonical.publisher ?? '',
          g.canonical.title ?? '',
        ]),
      ),
    'no syndicated copies found',
  );
}
