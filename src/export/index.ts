/**
 * Export: pure functions from one Document to the records of each export format — CSV rows and
 * lines, JSONL records, PLOVER event records, GDELT 2.0 event rows. Streaming over a corpus and the
 * `dateline export` command live with the store and the CLI; nothing here reads or writes files.
 */
export type { CsvCell, CsvLineOptions } from './csv-line.js';
export { csvLine, CSV_EOL } from './csv-line.js';
export type { ExportWhat } from './csv-rows.js';
export { CSV_COLUMNS, csvRows, EXPORT_WHATS } from './csv-rows.js';
export { jsonRecords } from './json-records.js';
export type { DocumentRecord, EventRecord, QuoteRecord } from './records.js';
export { documentRecord, eventRecord, quoteRecord } from './records.js';
export type {
  PloverActor,
  PloverLocation,
  PloverOptions,
  PloverProvenance,
  PloverRecord,
} from './plover-record.js';
export { PLOVER_CODEBOOK, ploverRecord } from './plover-record.js';
export type { GdeltOptions } from './gdelt-row.js';
export { GDELT_EVENT_COLUMNS, gdeltRow, stableEventNumber, tsvLine } from './gdelt-row.js';
export type { QuadClass } from './cameo-scales.js';
export { cameoQuadClass, goldsteinScale, ploverQuadCode } from './cameo-scales.js';
export { fipsCountry } from './fips-country.js';
