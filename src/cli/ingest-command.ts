/**
 * `dateline ingest PATHS…`: analyse files, directories or globs into a database. A progress bar
 * with articles/s and ETA on a terminal, a plain line every few seconds otherwise, and a summary at
 * the end. Ctrl-C stops cleanly after the batch in hand (a second Ctrl-C quits at once; both are
 * safe, and running the same command again resumes).
 */
import { SingleBar } from 'cli-progress';
import { DatelineError } from '../document/errors.js';
import { ingest } from '../ingest/ingest.js';
import type { IngestProgress, IngestSummary } from '../ingest/ingest.js';
import { READER_FORMATS } from '../read/pick-reader.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import { parseIsoDate } from '../time/calendar-date.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

export interface IngestCommandOptions {
  readonly db?: string;
  readonly workers?: string;
  readonly date?: string;
  readonly format?: string;
  readonly batch?: string;
  readonly quiet?: boolean;
}

const PLAIN_EVERY_MS = 5000;
const MAX_FAILURES_SHOWN = 20;

export async function runIngest(
  paths: readonly string[],
  options: IngestCommandOptions,
  io: CliIo,
): Promise<number> {
  if (paths.length === 0)
    throw new DatelineError('E_USAGE', 'give files, directories or glob patterns to ingest');
  if (options.date !== undefined && !parseIsoDate(options.date)) {
    throw new DatelineError('E_USAGE', `--date must be a calendar date as YYYY-MM-DD, not "${options.date}"`);
  }
  if (options.format !== undefined && !(READER_FORMATS as readonly string[]).includes(options.format)) {
    throw new DatelineError(
      'E_USAGE',
      `unknown format "${options.format}": use one of ${READER_FORMATS.join(', ')}`,
    );
  }
  const workers = wholeNumber('--workers', options.workers, 0);
  const batchSize = wholeNumber('--batch', options.batch, 1);
  const store = openStore(options.db ?? DEFAULT_DB);
  const stop = new AbortController();
  let interrupts = 0;
  const onInterrupt = (): void => {
    interrupts++;
    if (interrupts > 1) process.exit(130); // nothing is lost: every committed batch stays
    io.stderr.write('\nstopping after the current batch (Ctrl-C again to quit now)…\n');
    stop.abort();
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  const reporter = options.quiet ? undefined : progressReporter(io);
  let summary: IngestSummary;
  try {
    summary = await ingest(paths, store, {
      signal: stop.signal,
      stdin: io.stdin,
      ...(workers === undefined ? {} : { workers }),
      ...(batchSize === undefined ? {} : { batchSize }),
      ...(options.date === undefined ? {} : { defaultDate: options.date }),
      ...(options.format === undefined ? {} : { format: options.format }),
      ...(reporter ? { onProgress: reporter.update } : {}),
    });
  } finally {
    reporter?.stop();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await store.close();
  }
  writeSummary(summary, store.location, io);
  if (summary.stoppedBy !== undefined) return EXIT.someFailed;
  return summary.failures.length > 0 ? EXIT.someFailed : EXIT.ok;
}

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new DatelineError('E_USAGE', `${flag} must be a whole number ≥ ${min}, not "${value}"`);
  return n;
}

function rate(p: IngestProgress): number {
  return p.seconds > 0 ? (p.stored + p.existing) / p.seconds : 0;
}

/** A bar on a terminal (stderr), a plain line every few seconds otherwise. */
function progressReporter(io: CliIo): { update: (p: IngestProgress) => void; stop: () => void } {
  if (io.stderrIsTTY) {
    const bar = new SingleBar({
      format:
        ' {bar} {percentage}% | {read} read, {stored} stored, {existing} known, {copies} copies, {failed} failed | {rate} art/s | ETA {eta_formatted}',
      hideCursor: true,
      stream: process.stderr,
    });
    bar.start(1000, 0, { read: 0, stored: 0, existing: 0, copies: 0, failed: 0, rate: '0' });
    return {
      update: (p) => bar.update(Math.round(p.fraction * 1000), { ...p, rate: rate(p).toFixed(1) }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      const now = performance.now();
      if (now - last < PLAIN_EVERY_MS) return;
      last = now;
      const eta = p.fraction > 0 ? Math.round((p.seconds / p.fraction) * (1 - p.fraction)) : undefined;
      io.stderr.write(
        `ingest: ${(p.fraction * 100).toFixed(1)} % read, ${p.stored} stored, ${p.existing} known, ${p.copies} copies, ${p.failed} failed, ${rate(p).toFixed(1)} articles/s${eta === undefined ? '' : `, ETA ${eta} s`}\n`,
      );
    },
    stop: () => undefined,
  };
}

function writeSummary(s: IngestSummary, location: string, io: CliIo): void {
  const lines = [
    `${s.interrupted ? 'interrupted' : 'done'} in ${s.seconds.toFixed(1)} s: ${s.read} read, ${s.stored} stored (${s.copies} syndicated copies), ${s.existing} already stored, ${s.failures.length} failed — ${location}`,
  ];
  if (s.interrupted) lines.push('run the same command again to resume: stored articles are skipped');
  if (s.stoppedBy !== undefined) lines.push(`stopped: ${s.stoppedBy}`);
  if (s.failures.length > 0) {
    const reasons = new Map<string, number>();
    for (const f of s.failures) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
    lines.push('failures by reason:');
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, MAX_FAILURES_SHOWN))
      lines.push(`  ${n} × ${reason}`);
    for (const f of s.failures.slice(0, MAX_FAILURES_SHOWN))
      lines.push(`  ${f.source}${f.id ? ` (${f.id})` : ''}: ${f.reason}`);
    if (s.failures.length > MAX_FAILURES_SHOWN)
      lines.push(`  … and ${s.failures.length - MAX_FAILURES_SHOWN} more`);
  }
  io.stderr.write(`${lines.join('\n')}\n`);
}
