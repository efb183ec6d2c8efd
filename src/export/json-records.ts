/**
 * JSONL lines for `dateline export --format jsonl`: for `documents` the lossless `dateline/1`
 * Document JSON (`toJSON`, readable back with `fromJSON`); for `quotes` and `events` the flat
 * records of `records.ts`, typed (numbers, booleans, lists) and with their spans.
 */
import type { Document } from '../document/document.js';
import { toJSON } from '../document/document-json.js';
import type { ExportWhat } from './csv-rows.js';
import { eventRecord, quoteRecord } from './records.js';

/**
 * One JSON text per record, without the line break. Example:
 * `jsonRecords('events', doc).map((l) => JSON.parse(l).type)` → `['CONSULT', 'AGREE', …]`.
 */
export function jsonRecords(what: ExportWhat, doc: Document): string[] {
  switch (what) {
    case 'documents':
      return [toJSON(doc)];
    case 'quotes':
      return (doc.layers.quotes ?? []).map((q) => JSON.stringify(quoteRecord(doc, q)));
    case 'events':
      return (doc.layers.events ?? []).map((e) => JSON.stringify(eventRecord(doc, e)));
  }
}
