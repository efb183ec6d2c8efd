/**
 * `ingest`: read inputs, analyse them (on worker threads), store them in batches. Idempotent: an
 * article whose text is already stored (same document id, a hash of the normalized text) is skipped
 * before analysis. Crash-safe: each batch is one transaction, so a killed run loses at most the
 * batch in flight and a rerun stores exactly what is missing. An interrupt (the signal) stops
 * reading, finishes the batch in hand and returns.
 */
import { statSync } from 'node:fs';
import { learnedRolesFromJSON, learnedRolesToJSON, emptyLearned } from '../actors/learned-roles.js';
import type { Document } from '../document/document.js';
import { documentId } from '../document/document-id.js';
import { DatelineError, describeError } from '../document/errors.js';
import type { Article, ReaderInput } from '../read/article.js';
import { fileInput, streamInput } from '../read/inputs.js';
import { readItems } from '../read/read-items.js';
import type { Store } from '../store/store.js';
import { createAnalyzer } from './analyze-pool.js';
import { expandPaths } from './expand-paths.js';

/** Where the store keeps the roles learned across runs. */
export const LEARNED_ROLES_STATE = 'learned-roles';

export interface IngestOptions {
  /** Worker threads for analysis; 0 analyses in this thread. Default: one per core. */
  readonly workers?: number;
  readonly defaultDate?: string;
  readonly format?: string;
  readonly maxBytes?: number;
  /** Articles per transaction (default 64). */
  readonly batchSize?: number;
  /** Aborting stops reading; the batch in hand is finished and stored. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Standard input, for the path `-`. */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

export interface IngestProgress {
  readonly read: number;
  readonly stored: number;
  readonly existing: number;
  readonly copies: number;
  readonly failed: number;
  /** Share of the input bytes consumed so far (0–1), for an ETA. */
  readonly fraction: number;
  readonly seconds: number;
}

export interface IngestFailure {
  readonly source: string;
  readonly id?: string;
  readonly reason: string;
}

export interface IngestSummary extends IngestProgress {
  readonly failures: IngestFailure[];
  readonly interrupted: boolean;
  /** Set when the run stopped because the store could not take a batch (full disk…). */
  readonly stoppedBy?: string;
}

interface Counts {
  read: number;
  stored: number;
  existing: number;
  copies: number;
}

/** Ingests `paths` (files, directories, globs) into `store`. Throws only for unusable arguments. */
export async function ingest(
  paths: readonly string[],
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, problems } = expandPaths(paths);
  const failures: IngestFailure[] = problems.map((p) => ({ source: p.path, reason: p.reason }));
  if (files.length === 0) {
    throw new DatelineError(
      'E_USAGE',
      `nothing to ingest: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`,
    );
  }
  const bytes = byteCounter(files);
  const learned = await store.loadState(LEARNED_ROLES_STATE);
  const analyzer = createAnalyzer({
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.defaultDate === undefined ? {} : { defaultDate: options.defaultDate }),
    ...(learned === undefined ? {} : { learned }),
  });
  const counts: Counts = { read: 0, stored: 0, existing: 0, copies: 0 };
  const progress = (): IngestProgress => ({
    ...counts,
    failed: failures.length,
    fraction: bytes.fraction(),
    seconds: (performance.now() - started) / 1000,
  });
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const seen = new Set<string>();
  let batch: { id: string; article: Article }[] = [];
  let stoppedBy: string | undefined;

  // Two batches at most are in hand: while the workers analyse one, this thread reads the next;
  // batches are stored in reading order.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const items = batch;
    batch = [];
    if (items.length === 0 || stoppedBy !== undefined) return;
    const tick = (): void => options.onProgress?.(progress());
    const analysed = analyseBatch(items, store, analyzer, counts, failures, tick);
    const previous = inFlight;
    inFlight = (async () => {
      await previous;
      const docs = await analysed;
      if (stoppedBy === undefined) stoppedBy = await storeBatch(docs, store, counts, failures);
      tick();
    })();
    await previous;
    // Analysis in this thread never waits for I/O: give signals (Ctrl-C) and timers a turn.
    await new Promise((resolve) => setImmediate(resolve));
  };

  try {
    reading: for (const file of files) {
      const input = bytes.wrap(
        file === '-' ? streamInput('stdin', options.stdin ?? emptyStream()) : fileInput(file),
      );
      for await (const item of readItems(file, input, options.format, options.maxBytes)) {
        counts.read++;
        if (!item.ok) {
          failures.push({
            source: item.source,
            ...(item.id === undefined ? {} : { id: item.id }),
            reason: item.error.message,
          });
          continue;
        }
        const id = documentId(item.article.text);
        if (seen.has(id)) counts.existing++;
        else {
          seen.add(id);
          batch.push({ id, article: item.article });
        }
        if (batch.length >= batchSize) await flush();
        if (options.signal?.aborted || stoppedBy !== undefined) break reading;
      }
    }
    await flush();
    await inFlight;
  } finally {
    await inFlight.catch(() => undefined);
    const roles = await analyzer.close();
    if (stoppedBy === undefined) await saveLearned(store, learned, roles);
  }
  return {
    ...progress(),
    failures,
    interrupted: options.signal?.aborted === true,
    ...(stoppedBy === undefined ? {} : { stoppedBy }),
  };
}

/** Analyses the articles of a batch not stored yet; failures are recorded, not thrown. */
async function analyseBatch(
  items: readonly { id: string; article: Article }[],
  store: Store,
  analyzer: ReturnType<typeof createAnalyzer>,
  counts: Counts,
  failures: IngestFailure[],
  tick: () => void,
): Promise<Document[]> {
  const known = await store.has(items.map((i) => i.id));
  counts.existing += known.size;
  const fresh = items.filter((i) => !known.has(i.id));
  const analysed = await Promise.all(
    fresh.map(async ({ article }) => {
      try {
        const doc = await analyzer.analyze(article);
        tick();
        return doc;
      } catch (error) {
        failures.push({
          source: sourceOf(article),
          reason: `analysis failed: ${describeError(error).message}`,
        });
        return undefined;
      }
    }),
  );
  return analysed.filter((d): d is Document => d !== undefined);
}

/** Stores one analysed batch in one transaction; returns why the run must stop, if it must. */
async function storeBatch(
  docs: readonly Document[],
  store: Store,
  counts: Counts,
  failures: IngestFailure[],
): Promise<string | undefined> {
  try {
    tally(await store.put(docs), counts);
    return undefined;
  } catch (error) {
    if (error instanceof DatelineError && error.code === 'E_STORE_FULL') return error.message;
    // Something in one document: store the rest one by one, and name the one that fails.
    for (const doc of docs) {
      try {
        tally(await store.put([doc]), counts);
      } catch (single) {
        if (single instanceof DatelineError && single.code === 'E_STORE_FULL') return single.message;
        failures.push({
          source: doc.meta.source ?? doc.id,
          id: doc.id,
          reason: describeError(single).message,
        });
      }
    }
    return undefined;
  }
}

function tally(results: readonly { status: string; canonical?: string }[], counts: Counts): void {
  for (const r of results) {
    if (r.status === 'exists') counts.existing++;
    else {
      counts.stored++;
      if (r.canonical !== undefined) counts.copies++;
    }
  }
}

function sourceOf(article: Article): string {
  return article.meta.source ?? article.meta.id ?? 'article';
}

async function saveLearned(store: Store, previous: unknown, roles: readonly unknown[]): Promise<void> {
  const merged = emptyLearned();
  if (previous !== undefined) learnedRolesFromJSON(merged, previous);
  for (const json of roles) learnedRolesFromJSON(merged, json);
  if (merged.byKey.size > 0) await store.saveState(LEARNED_ROLES_STATE, learnedRolesToJSON(merged));
}

/** Counts bytes read across all inputs, for the share done. */
function byteCounter(files: readonly string[]): {
  wrap(input: ReaderInput): ReaderInput;
  fraction(): number;
} {
  let total = 0;
  for (const f of files) {
    try {
      total += f === '-' ? 0 : statSync(f).size;
    } catch {
      // A file that vanished is reported by its reader.
    }
  }
  let done = 0;
  return {
    wrap: (input) => ({
      source: input.source,
      stream: async function* () {
        for await (const chunk of input.stream()) {
          done += chunk.length;
          yield chunk;
        }
      },
    }),
    fraction: () => (total === 0 ? 0 : Math.min(1, done / total)),
  };
}

async function* emptyStream(): AsyncIterable<Uint8Array> {
  // Nothing on standard input.
}
