/** Plain text: the whole input is one article. */
import { DatelineError, describeError } from '../document/errors.js';
import type { ReadItem, Reader, ReaderInput, ReadOptions } from './article.js';
import { DEFAULT_MAX_BYTES } from './article.js';
import { decodeText } from './decode.js';
import { readAllBytes } from './inputs.js';
import { decodeNote } from './decode-note.js';

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  read: readText,
};

async function* readText(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const bytes = await readAllBytes(input, maxBytes);
    if (bytes === undefined) {
      throw new DatelineError(
        'E_TOO_LARGE',
        `text is larger than ${maxBytes} bytes: split it, or raise the limit with --max-bytes`,
      );
    }
    const decoded = decodeText(bytes);
    const messages = decodeNote(decoded);
    yield { ok: true, article: { text: decoded.text, meta: { source: input.source }, messages } };
  } catch (error) {
    yield { ok: false, source: input.source, error: describeError(error) };
  }
}
