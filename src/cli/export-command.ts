/**
 * `dateline export --format jsonl|csv|plover|gdelt [--what documents|quotes|events]`: streams the
 * corpus out one document at a time (bounded memory; output waits for a slow reader). Syndicated
 * copies are left out unless `--copies`. PLOVER and GDELT cannot say "did not happen" or "will
 * happen", so by default they carry only asserted events (`--status all` for every one; each
 * record keeps its status).
 */
import { EVENT_STATUSES } from '../document/document.js';
import { DatelineError } from '../document/errors.js';
import {
  CSV_COLUMNS,
  csvLine,
  csvRows,
  EXPORT_WHATS,
  GDELT_EVENT_COLUMNS,
  gdeltRow,
  jsonRecords,
  ploverRecord,
  tsvLine,
} from '../export/index.js';
import type { ExportWhat } from '../export/index.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

export interface ExportOptions {
  readonly db?: string;
  readonly format?: string;
  readonly what?: string;
  readonly copies?: boolean;
  readonly status?: string;
}

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'gdelt'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function runExport(options: ExportOptions, io: CliIo): Promise<number> {
  const format = (options.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new DatelineError(
      'E_USAGE',
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${options.format}"`,
    );
  }
  const what = (options.what ??
    (format === 'plover' || format === 'gdelt' ? 'events' : 'documents')) as ExportWhat;
  if (!EXPORT_WHATS.includes(what)) {
    throw new DatelineError(
      'E_USAGE',
      `--what must be one of ${EXPORT_WHATS.join(', ')}, not "${options.what}"`,
    );
  }
  if ((format === 'plover' || format === 'gdelt') && what !== 'events') {
    throw new DatelineError('E_USAGE', `--format ${format} exports events only (--what events)`);
  }
  const statuses = statusFilter(options.status, format);
  const store = openStore(options.db ?? DEFAULT_DB, { readonly: true });
  const out = writer(io);
  let records = 0;
  let eventNumber = 0;
  try {
    if (format === 'csv') await out(csvLine(CSV_COLUMNS[what]));
    if (format === 'gdelt') await out(tsvLine(GDELT_EVENT_COLUMNS));
    for await (const doc of store.each(options.copies ? { copies: true } : {})) {
      const events = (doc.layers.events ?? []).filter(
        (e) => statuses === undefined || statuses.has(e.status),
      );
      let chunk = '';
      if (format === 'jsonl') {
        const kept = new Set(events.map((e) => e.id));
        const docForRecords =
          what === 'events'
            ? {
                ...doc,
                layers: { ...doc.layers, events: (doc.layers.events ?? []).filter((e) => kept.has(e.id)) },
              }
            : doc;
        for (const line of jsonRecords(what, docForRecords)) {
          chunk += `${line}\n`;
          records++;
        }
      } else if (format === 'csv') {
        const docForRows = what === 'events' ? { ...doc, layers: { ...doc.layers, events } } : doc;
        for (const row of csvRows(what, docForRows)) {
          chunk += csvLine(row);
          records++;
        }
      } else if (format === 'plover') {
        for (const e of events) chunk += `${JSON.stringify(ploverRecord(doc, e))}\n`;
        records += events.length;
      } else {
        for (const e of events) chunk += tsvLine(gdeltRow(doc, e, { globalEventId: ++eventNumber }));
        records += events.length;
      }
      if (chunk !== '') await out(chunk);
    }
  } finally {
    await store.close();
  }
  io.stderr.write(`exported ${records} ${what} as ${format} from ${store.location}\n`);
  return EXIT.ok;
}

function statusFilter(given: string | undefined, format: ExportFormat): Set<string> | undefined {
  if (given === 'all') return undefined;
  if (given === undefined)
    return format === 'plover' || format === 'gdelt' ? new Set(['asserted']) : undefined;
  const known: readonly string[] = EVENT_STATUSES;
  const list = given.split(',').map((s) => s.trim().toLowerCase());
  const bad = list.find((s) => !known.includes(s));
  if (bad !== undefined)
    throw new DatelineError('E_USAGE', `--status takes all or a list of ${known.join(', ')}, not "${bad}"`);
  return new Set(list);
}

/** Writes to stdout, waiting for 'drain' when the reader is slower than the export. */
function writer(io: CliIo): (text: string) => Promise<void> {
  const stream = io.stdout as {
    write(chunk: string): unknown;
    once?: (event: string, listener: () => void) => unknown;
  };
  return (text) => {
    const ok = stream.write(text);
    if (ok !== false || typeof stream.once !== 'function') return Promise.resolve();
    return new Promise((resolve) => stream.once?.('drain', resolve));
  };
}
