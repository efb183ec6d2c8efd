/**
 * `dateline extract`: files, standard input or URLs in, one Document JSON per line out (or a
 * readable summary with --pretty). A failed input prints `{"id", "source", "error": {code, message}}`
 * in its place and the batch goes on; the exit code is then 1. Only a URL argument touches the network.
 */
import { toJSON } from '../document/document-json.js';
import { DatelineError } from '../document/errors.js';
import { createActorBase } from '../actors/actor-base.js';
import { analyze } from '../pipeline/analyze.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { ReadItem } from '../read/article.js';
import { createFetcher, readUrl, watchUrl } from '../read/fetch/index.js';
import type { Fetcher } from '../read/fetch/index.js';
import { fileInput, streamInput } from '../read/inputs.js';
import { readItems } from '../read/read-items.js';
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
  readonly fetchArticles?: boolean;
  readonly watch?: string;
  readonly maxPolls?: string;
  readonly timeout?: string;
  readonly concurrency?: string;
}

const isUrl = (path: string): boolean => /^https?:\/\//iu.test(path);

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
  const maxBytes = positive('--max-bytes', 'a positive whole number of bytes', options.maxBytes, true);
  const format = options.jsonl ? 'jsonl' : options.format;
  const inputs = paths.length > 0 ? paths : options.jsonl ? ['-'] : [];
  if (inputs.length === 0) {
    throw new DatelineError(
      'E_USAGE',
      'give a FILE to read (or - for standard input), or --jsonl to read JSONL from standard input',
    );
  }
  checkFetchFlags(inputs, options);
  const stop = new AbortController();
  const fetcher = inputs.some(isUrl) ? makeFetcher(options, stop.signal) : undefined;
  const onInterrupt = (): void => stop.abort();
  // Only a watch runs until interrupted; Ctrl-C then ends it after the current poll, cleanly.
  if (options.watch !== undefined) process.once('SIGINT', onInterrupt);
  let failed = 0;
  // One actor base per run: roles stated in earlier articles give actor codes in later ones.
  const context: AnalyzeOptions = {
    ...(date === undefined ? {} : { defaultDate: date }),
    actors: createActorBase(),
    learnRoles: true,
  };
  try {
    for (const path of inputs) {
      const items = fetcher
        ? urlItems(path, fetcher, options, maxBytes, stop.signal)
        : readItems(path, path === '-' ? streamInput('stdin', io.stdin) : fileInput(path), format, maxBytes);
      for await (const item of items) {
        if (!writeItem(item, options, io, context)) failed++;
      }
    }
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** A CLI number option: undefined when not given, else a positive number (whole when `whole`). */
function positive(flag: string, what: string, value: string | undefined, whole = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0 && (!whole || Number.isInteger(n)))) {
    throw new DatelineError('E_USAGE', `${flag} must be ${what}, not "${value}"`);
  }
  return n;
}

function makeFetcher(options: ExtractOptions, signal: AbortSignal): Fetcher {
  const timeout = positive('--timeout', 'a number of seconds', options.timeout);
  const concurrency = positive('--concurrency', 'a positive whole number', options.concurrency, true);
  return createFetcher({
    signal,
    ...(timeout === undefined ? {} : { timeoutMs: timeout * 1000 }),
    ...(concurrency === undefined ? {} : { concurrency }),
  });
}

function checkFetchFlags(inputs: readonly string[], options: ExtractOptions): void {
  if (inputs.some(isUrl) && !inputs.every(isUrl)) {
    throw new DatelineError('E_USAGE', 'give either URLs or files, not both in one run');
  }
  if ((options.fetchArticles || options.watch !== undefined) && !inputs.every(isUrl)) {
    throw new DatelineError('E_USAGE', '--fetch-articles and --watch need a feed URL (http or https)');
  }
  if (options.watch !== undefined && inputs.length !== 1) {
    throw new DatelineError('E_USAGE', '--watch follows exactly one feed URL');
  }
  const interval = positive('--watch', 'a number of seconds (at least 1)', options.watch);
  if (interval !== undefined && interval < 1) {
    throw new DatelineError('E_USAGE', `--watch must be at least 1 second, not "${options.watch}"`);
  }
  positive('--max-polls', 'a positive whole number', options.maxPolls, true);
}

function urlItems(
  url: string,
  fetcher: Fetcher,
  options: ExtractOptions,
  maxBytes: number | undefined,
  signal: AbortSignal,
): AsyncIterable<ReadItem> {
  const common = {
    fetcher,
    ...(options.fetchArticles ? { fetchArticles: true } : {}),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  };
  if (options.watch === undefined) return readUrl(url, common);
  const maxPolls = positive('--max-polls', 'a positive whole number', options.maxPolls, true);
  return watchUrl(url, {
    ...common,
    intervalMs: Number(options.watch) * 1000,
    signal,
    ...(maxPolls === undefined ? {} : { maxPolls }),
  });
}

/** Prints one item; returns false when it is a failure. */
function writeItem(item: ReadItem, options: ExtractOptions, io: CliIo, context: AnalyzeOptions): boolean {
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
  const doc = analyze(item.article, context);
  io.stdout.write(options.pretty ? `${prettyDocument(doc)}\n` : `${toJSON(doc)}\n`);
  return true;
}
