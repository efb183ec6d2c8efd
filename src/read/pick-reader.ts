/** Chooses a reader for an input from an explicit format, else its file name ending. */
import { extname } from 'node:path';
import { DatelineError } from '../document/errors.js';
import type { Reader, ReaderFormat } from './article.js';
import { csvReader } from './csv-reader.js';
import { htmlReader } from './html/html-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import { textReader } from './text-reader.js';

/** Every reader dateline knows, in the order endings are matched. */
export const READERS: readonly Reader[] = [textReader, jsonlReader, csvReader, htmlReader];

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
  const ending = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ending)) ?? textReader;
}
