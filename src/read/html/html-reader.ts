/**
 * `htmlReader`: the Reader for `.html`/`.htm` inputs. One input is one page is one article; the
 * page's bytes are gathered (up to a hard limit) and handed to `readHtml`.
 */
import { DEFAULT_MAX_BYTES } from '../article.js';
import type { ReadItem, ReadOptions, Reader, ReaderInput } from '../article.js';
import { readAllBytes } from '../inputs.js';
import { readHtml } from './read-html.js';

/** Largest page read at all; past this the input fails rather than filling memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

async function* read(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const bytes = await readAllBytes(input, MAX_PAGE_BYTES);
  if (!bytes) {
    yield {
      ok: false,
      source: input.source,
      error: { code: 'E_TOO_LARGE', message: `page is larger than ${MAX_PAGE_BYTES} bytes` },
    };
    return;
  }
  const article = readHtml(bytes, {
    source: input.source,
    ...(/^https?:\/\//iu.test(input.source) ? { url: input.source } : {}),
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (Buffer.byteLength(article.text, 'utf8') > maxBytes) {
    yield {
      ok: false,
      source: input.source,
      error: { code: 'E_TOO_LARGE', message: `article text is larger than ${maxBytes} bytes` },
    };
    return;
  }
  yield { ok: true, article };
}

/** Reads one HTML page per input. Example: `for await (const item of htmlReader.read(input)) …`. */
export const htmlReader: Reader = { format: 'html', extensions: ['.html', '.htm'], read };
