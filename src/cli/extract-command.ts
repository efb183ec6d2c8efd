/**
 * `dateline extract`: files or standard input in, one Document JSON per line out (or a readable
 * summary with --pretty). A failed input prints `{"id", "source", "error": {code, message}}` in
 * its place and the batch goes on; the exit code is then 1.
 */
import { access } from 'node:fs/promises';
import { toJSON } from '../document/document-json.js';
import { DatelineError, describeError } from '../document/errors.js';
import { analyze } from '../pipeline/analyze.js';
import type { ReaderInput, ReadItem } from '../read/article.js';
import { fileInput, streamInput } from '../read/inputs.js';
import { pickReader } from '../read/pick-reader.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { prettyDocument } from './pretty.js';

export interface ExtractOptions {
  readonly pretty?: boolean;
  readonly jsonl?: boolean;
  readonly date?: string;
  readonly format?: string;
  readonly maxBytes?: string;
}

/** Runs the command; returns the exit code. */
export async function runExtract(
  paths: readonly string[],
  options: ExtractOptions,
  io: CliIo,
): Promise<number> {
  const date = options.date;
  if (date !== undefined && !parseIsoDate(date)) {
    throw new DatelineError('E_USAGE', `--date must be a calendar date as YYYY-MM-DD, not "${date}"`);
  }
  const maxBytes = options.maxBytes === undefined ? undefined : Number(options.maxBytes);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new DatelineError(
      'E_USAGE',
      `--max-bytes must be a positive whole number of bytes, not "${options.maxBytes}"`,
    );
  }
  const format = options.jsonl ? 'jsonl' : options.format;
  const inputs = paths.length > 0 ? paths : options.jsonl ? ['-'] : [];
  if (inputs.length === 0) {
    throw new DatelineError(
      'E_USAGE',
      'give a FILE to read (or - for standard input), or --jsonl to read JSONL from standard input',
    );
  }
  let failed = 0;
  for (const path of inputs) {
    const input: ReaderInput = path === '-' ? streamInput('stdin', io.stdin) : fileInput(path);
    for await (const item of readItems(path, input, format, maxBytes)) {
      if (!writeItem(item, options, io, date)) failed++;
    }
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

async function* readItems(
  path: string,
  input: ReaderInput,
  format: string | undefined,
  maxBytes: number | undefined,
): AsyncIterable<ReadItem> {
  const reader = pickReader(path === '-' ? '' : path, format);
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

/** Prints one item; returns false when it is a failure. */
function writeItem(item: ReadItem, options: ExtractOptions, io: CliIo, date: string | undefined): boolean {
  if (!item.ok) {
    const line = {
      ...(item.id !== undefined ? { id: item.id } : {}),
      source: item.source,
      error: item.error,
    };
    if (options.pretty) io.stderr.write(`${item.source}: ${item.error.message} [${item.error.code}]\n`);
    else io.stdout.write(`${JSON.stringify(line)}\n`);
    io.stderr.write(options.pretty ? '' : `dateline extract: ${item.source}: ${item.error.message}\n`);
    return false;
  }
  const doc = analyze(item.article, date === undefined ? {} : { defaultDate: date });
  io.stdout.write(options.pretty ? `${prettyDocument(doc)}\n` : `${toJSON(doc)}\n`);
  return true;
}
