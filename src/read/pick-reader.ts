/** Chooses a reader for an input from an explicit format, else its file name ending. */
import { basename } from 'node:path';
import { DatelineError } from '../document/errors.js';
import type { Reader, ReaderFormat } from './article.js';
import { csvReader } from './csv-reader.js';
import { feedReader } from './feed/feed-reader.js';
import { htmlReader } from './html/html-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import { textReader } from './text-reader.js';
import { warcReader } from './warc/warc-reader.js';

/** Every reader dateline knows, in the order endings are matched. */
export const READERS: readonly Reader[] = [
  textReader,
  jsonlReader,
  csvReader,
  htmlReader,
  feedReader,
  warcReader,
];

export const READER_FORMATS: readonly ReaderFormat[] = READERS.map((r) => r.format);

/** The reader for `format`, or for the path's ending; plain text when the ending is unknown. */
export function pickReader(path: string, format?: string): Reader {
  if (format !== undefined) {
    const reader = READERS.find((r) => r.format === format);
    if (!reader) {
      throw new DatelineError(
        'E_USAGE',
        `unknown format "${format}": use one of ${READER_FORMATS.join(', ')}`,
      );
    }
    return reader;
  }
  return readerForName(path) ?? textReader;
}

/** The reader whose longest ending the file name has: `.warc.gz` is a WARC, a bare `.gz` is nothing. */
export function readerForName(path: string): Reader | undefined {
  const name = basename(path).toLowerCase();
  let best: Reader | undefined;
  let bestLength = 0;
  for (const reader of READERS) {
    for (const ending of reader.extensions) {
      if (name.length > ending.length && name.endsWith(ending) && ending.length > bestLength) {
        best = reader;
        bestLength = ending.length;
      }
    }
  }
  return best;
}
