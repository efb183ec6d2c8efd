/**
 * CSV rows for `dateline export --format csv --what documents|quotes|events`: the column sets and
 * the rows of one document, as strings (`csvLine` quotes and guards them). Lists (names, codes,
 * agencies) are joined with "; ", keeping positions: the second code belongs to the second name.
 * Countries are ISO alpha-3 except `dateline_country`, which is alpha-2 as in `meta.dateline`.
 * An event's `date_precision` is `month` or `year` when the text gave no day (`date` is then the
 * first day of that month or year), empty for a day.
 */
import type { Document } from '../document/document.js';
import type { DocumentRecord, EventRecord, QuoteRecord } from './records.js';
import { documentRecord, eventRecord, quoteRecord } from './records.js';

export type ExportWhat = 'documents' | 'quotes' | 'events';

export const EXPORT_WHATS: readonly ExportWhat[] = ['documents', 'quotes', 'events'];

/** The header of each CSV table, in column order. */
export const CSV_COLUMNS: Readonly<Record<ExportWhat, readonly string[]>> = {
  documents: [
    'id',
    'date',
    'title',
    'publisher',
    'url',
    'source',
    'dateline_place',
    'dateline_country',
    'agencies',
    'quotes',
    'events',
  ],
  quotes: [
    'doc_id',
    'quote_id',
    'speaker',
    'speaker_entity',
    'speaker_inferred',
    'role_title',
    'role_country',
    'kind',
    'cue',
    'setting',
    'outlet',
    'text',
    'start',
    'end',
    'date',
    'source',
    'url',
  ],
  events: [
    'doc_id',
    'event_id',
    'type',
    'mode',
    'cameo',
    'status',
    'sources',
    'source_codes',
    'targets',
    'target_codes',
    'participants',
    'participant_codes',
    'date',
    'date_precision',
    'date_from',
    'place',
    'facility',
    'region',
    'country',
    'lat',
    'lon',
    'place_inferred',
    'trigger',
    'trigger_start',
    'trigger_end',
    'sentence',
    'quote',
    'rule',
  ],
};

/** The rows of one document, header excluded. Example: `csvRows('events', doc)[0]?.[2]` → `'CONSULT'`. */
export function csvRows(what: ExportWhat, doc: Document): string[][] {
  switch (what) {
    case 'documents':
      return [cells(documentRecord(doc), CSV_COLUMNS.documents)];
    case 'quotes':
      return (doc.layers.quotes ?? []).map((q) => cells(quoteRecord(doc, q), CSV_COLUMNS.quotes));
    case 'events':
      return (doc.layers.events ?? []).map((e) => cells(eventRecord(doc, e), CSV_COLUMNS.events));
  }
}

type AnyRecord = DocumentRecord | QuoteRecord | EventRecord;

function cells(record: AnyRecord, columns: readonly string[]): string[] {
  const values = record as unknown as Readonly<Record<string, unknown>>;
  return columns.map((c) => cellText(values[c]));
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
