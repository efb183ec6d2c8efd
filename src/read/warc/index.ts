/** The WARC reader's public surface: `warcReader` for the reader table, `warcRecords` for raw records. */
export { warcReader } from './warc-reader.js';
export { warcRecords } from './warc-records.js';
export type { WarcProblem, WarcReadOptions, WarcRecord } from './warc-records.js';
