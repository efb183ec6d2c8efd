/**
 * CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes), header-mapped to Article
 * fields by name (`title,text,date`, `headline,body,published`, …; see article-fields.ts).
 */
import { DatelineError, describeError } from '../document/errors.js';
import type { ReadItem, Reader, ReaderInput, ReadOptions } from './article.js';
import { DEFAULT_MAX_BYTES } from './article.js';
import { articleFromRecord, fieldFor } from './article-fields.js';
import { decodeText } from './decode.js';
import { decodeNote } from './decode-note.js';
import { readAllBytes } from './inputs.js';

/** A whole CSV file is decoded at once (to detect its encoding); this bounds it. */
const MAX_CSV_BYTES = 1024 * 1024 * 1024;

export const csvReader: Reader = {
  format: 'csv',
  extensions: ['.csv'],
  read: readCsv,
};

async function* readCsv(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let notes;
  try {
    const bytes = await readAllBytes(input, MAX_CSV_BYTES);
    if (!bytes)
      throw new DatelineError(
        'E_TOO_LARGE',
        `CSV file over ${MAX_CSV_BYTES} bytes: split it into smaller files`,
      );
    const decoded = decodeText(bytes);
    text = decoded.text;
    notes = decodeNote(decoded);
  } catch (error) {
    yield { ok: false, source: input.source, error: describeError(error) };
    return;
  }
  let header: string[] | undefined;
  for (const row of parseCsvRows(text)) {
    if (!header) {
      header = row.fields.map((f) => f.trim());
      if (!header.some((h) => fieldFor(h) === 'text')) {
        const error = {
          code: 'E_CSV',
          message: `${input.source}: no text column in header (${header.join(',')}); name one "text" or "body"`,
        };
        yield { ok: false, source: input.source, error };
        return;
      }
      continue;
    }
    const source = `${input.source}:${row.line}`;
    if (row.fields.length === 1 && row.fields[0] === '') continue;
    yield rowItem(header, row.fields, source, maxBytes, notes);
  }
}

function rowItem(
  header: string[],
  fields: string[],
  source: string,
  maxBytes: number,
  notes: ReturnType<typeof decodeNote>,
): ReadItem {
  try {
    if (fields.length !== header.length) {
      throw new DatelineError('E_CSV', `row has ${fields.length} fields, header has ${header.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = fields[i] ?? ''));
    const article = articleFromRecord(record, source);
    if (article.text.length * 3 > maxBytes && Buffer.byteLength(article.text) > maxBytes) {
      throw new DatelineError('E_TOO_LARGE', `article text over ${maxBytes} bytes; skipped`);
    }
    return { ok: true, article: { ...article, messages: notes } };
  } catch (error) {
    return { ok: false, source, error: describeError(error) };
  }
}

/** Rows of a CSV text, each with the 1-based line where it starts. An unterminated quote ends at EOF. */
export function* parseCsvRows(text: string): Generator<{ line: number; fields: string[] }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      const field = readField(text, i);
      fields.push(field.value);
      line += field.newlines;
      i = field.next;
      const c = text[i];
      if (c === ',') {
        i++;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (i < text.length) {
        i++;
        line++;
      }
      break;
    }
    yield { line: startLine, fields };
  }
}

function readField(text: string, at: number): { value: string; next: number; newlines: number } {
  if (text[at] !== '"') {
    let end = at;
    while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
    return { value: text.slice(at, end), next: end, newlines: 0 };
  }
  const parts: string[] = [];
  let i = at + 1;
  let newlines = 0;
  for (;;) {
    const q = text.indexOf('"', i);
    const end = q === -1 ? text.length : q;
    const chunk = text.slice(i, end);
    newlines += countNewlines(chunk);
    parts.push(chunk);
    if (q === -1) return { value: parts.join(''), next: text.length, newlines };
    if (text[q + 1] === '"') {
      parts.push('"');
      i = q + 2;
      continue;
    }
    // Text after a closing quote and before the separator is kept, as lenient parsers do.
    let next = q + 1;
    while (next < text.length && text[next] !== ',' && text[next] !== '\n' && text[next] !== '\r') next++;
    parts.push(text.slice(q + 1, next));
    return { value: parts.join(''), next, newlines };
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
