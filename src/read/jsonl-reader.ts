/**
 * JSONL: one article per line, `{"id", "text", "title"?, "date"?, "url"?, "publisher"?, "byline"?}`.
 * A bad line yields a failure item naming its line and id; the rest of the file goes on.
 */
import { DatelineError, describeError } from '../document/errors.js';
import type { ReadItem, Reader, ReaderInput, ReadOptions } from './article.js';
import { DEFAULT_MAX_BYTES } from './article.js';
import { articleFromRecord } from './article-fields.js';
import { decodeText } from './decode.js';
import { decodeNote } from './decode-note.js';
import { splitLines } from './lines.js';

export const jsonlReader: Reader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  read: readJsonl,
};

async function* readJsonl(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const line of splitLines(input.stream(), maxBytes)) {
    const source = `${input.source}:${line.number}`;
    if ('tooLong' in line) {
      const error = {
        code: 'E_TOO_LARGE',
        message: `line ${line.number} is ${line.tooLong} bytes, over the ${maxBytes}-byte limit; skipped`,
      };
      yield { ok: false, source, error };
      continue;
    }
    if (isBlank(line.bytes)) continue;
    yield parseLine(line.bytes, source);
  }
}

function parseLine(bytes: Uint8Array, source: string): ReadItem {
  let id: string | undefined;
  try {
    const decoded = decodeText(bytes);
    const value = parseJson(decoded.text, source);
    const rawId = value['id'];
    if (typeof rawId === 'string' || typeof rawId === 'number') id = String(rawId);
    const article = articleFromRecord(value, source);
    const messages = [...(article.messages ?? []), ...decodeNote(decoded)];
    return { ok: true, article: { ...article, messages } };
  } catch (error) {
    return id === undefined
      ? { ok: false, source, error: describeError(error) }
      : { ok: false, source, id, error: describeError(error) };
  }
}

function parseJson(text: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatelineError('E_JSON', `${source}: invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DatelineError(
      'E_JSON',
      `${source}: each line must be a JSON object like {"id": "…", "text": "…"}`,
    );
  }
  return value as Record<string, unknown>;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}
