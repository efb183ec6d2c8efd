/**
 * `dateline serve --db FILE`: the HTTP API and web explorer over a database, on 127.0.0.1 unless
 * `--host` says otherwise. `dateline demo`: builds a demo database from the bundled seed article
 * (and `../shared/corpus/politics-sample.jsonl` when it is there), then serves it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../document/errors.js';
import { ingest } from '../ingest/ingest.js';
import { buildServer } from '../server/server.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

export interface ServeOptions {
  readonly db?: string;
  readonly host?: string;
  readonly port?: string;
  readonly web?: string;
}

export const DEMO_DB = 'dateline-demo.db';
const SEED = fileURLToPath(new URL('../../test/fixtures/seed/input.txt', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../shared/corpus/politics-sample.jsonl', import.meta.url));

export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  const port = options.port === undefined ? 8080 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DatelineError('E_USAGE', `--port must be a port number (0–65535), not "${options.port}"`);
  }
  const host = options.host ?? '127.0.0.1';
  const store = openStore(options.db ?? DEFAULT_DB, { readonly: true });
  const app = await buildServer({ store, ...(options.web === undefined ? {} : { webRoot: options.web }) });
  const address = await app.listen({ port, host });
  io.stdout.write(
    `dateline explorer: ${address.replace('0.0.0.0', '127.0.0.1')}/  (API: ${address}/api, Ctrl-C stops)\n`,
  );
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    io.stderr.write(`note: listening on ${host}: the corpus is visible to other machines\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return EXIT.ok;
}

export async function runDemo(options: ServeOptions, io: CliIo): Promise<number> {
  const db = options.db ?? DEMO_DB;
  const inputs = [SEED, ...(existsSync(SAMPLE) ? [SAMPLE] : [])];
  if (inputs.length === 1) io.stderr.write(`(${SAMPLE} not found: the demo holds the seed article only)\n`);
  const store = openStore(db);
  try {
    io.stderr.write(
      `building the demo database ${db} from ${inputs.length === 1 ? 'the seed article' : 'the seed article and the politics sample'}…\n`,
    );
    const summary = await ingest(inputs, store, {
      onProgress: (p) => {
        if (io.stderrIsTTY)
          io.stderr.write(`\r  ${p.stored + p.existing} articles (${Math.round(p.fraction * 100)} % read)`);
      },
    });
    io.stderr.write(
      `${io.stderrIsTTY ? '\n' : ''}  ${summary.stored} new, ${summary.existing} already there, ${summary.failures.length} failed\n`,
    );
  } finally {
    await store.close();
  }
  return runServe({ ...options, db }, io);
}
