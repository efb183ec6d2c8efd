/**
 * The items of one input path (or `-` for standard input): the reader is picked by the file name or
 * the given format (standard input is sniffed), and a missing file or a reader failure becomes a
 * failure item, so a batch goes on.
 */
import { access } from 'node:fs/promises';
import { describeError } from '../document/errors.js';
import type { ReaderInput, ReadItem } from './article.js';
import { pickReader } from './pick-reader.js';
import { sniffInput } from './sniff.js';

export async function* readItems(
  path: string,
  given: ReaderInput,
  givenFormat: string | undefined,
  maxBytes: number | undefined,
): AsyncIterable<ReadItem> {
  // Standard input has no name to go by: its first bytes say what it is.
  const sniffed = path === '-' && givenFormat === undefined ? await sniffInput(given) : undefined;
  const input = sniffed?.input ?? given;
  const reader = pickReader(path === '-' ? '' : path, sniffed ? sniffed.format : givenFormat);
  if (path !== '-') {
    try {
      await access(path);
    } catch {
      yield {
        ok: false,
        source: path,
        error: { code: 'E_IO', message: `cannot read "${path}": no such file or no permission` },
      };
      return;
    }
  }
  try {
    yield* reader.read(input, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    yield { ok: false, source: input.source, error: describeError(error) };
  }
}
