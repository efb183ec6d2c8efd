/**
 * bench:api — load on the HTTP API, against 127.0.0.1 only, bounded in time. Serves
 * `bench/results/corpus.db` (made by `npm run bench:store`; without it, a database of the politics
 * sample is made first) and drives it with autocannon for 10 s per case, 10 connections:
 * - baseline: `/api/stats` (a few COUNTs: the server's fixed cost, same run);
 * - quote search by speaker, by words, and events by country code.
 * Reports requests/s and p50/p99 latency, and each case's requests/s as a ratio of the baseline.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ingest } from '../src/ingest/ingest.js';
import { buildServer } from '../src/server/server.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { printTable, writeResults } from './lib/report.js';
import { projectRoot, sharedPath } from './lib/shared.js';

const SECONDS = 10;
const CONNECTIONS = 10;

let dbPath = join(projectRoot, 'bench/results/corpus.db');
if (!existsSync(dbPath)) {
  const sample = sharedPath('corpus/politics-sample.jsonl');
  if (!sample) process.exit(0);
  dbPath = join(projectRoot, 'bench/results/api-sample.db');
  const store = openSqliteStore(dbPath);
  console.log(
    'bench/results/corpus.db not found (npm run bench:store makes it): ingesting the politics sample…',
  );
  await ingest([sample], store);
  await store.close();
}
const store = openSqliteStore(dbPath, { readonly: true });
const app = await buildServer({ store });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const cases: [string, string][] = [
  ['baseline: /api/stats', '/api/stats'],
  ['quotes by speaker (Putin)', '/api/quotes?speaker=Putin'],
  ['quotes by words ("NATO")', '/api/quotes?text=NATO'],
  ['quotes by speaker and words', '/api/quotes?speaker=Trump&text=Russia'],
  ['events RUS CONSULT', '/api/events?actor=RUS&type=CONSULT'],
];
const rows: Record<string, string | number>[] = [];
for (const [name, path] of cases) {
  const result = await autocannon({ url: base + path, connections: CONNECTIONS, duration: SECONDS });
  rows.push({
    case: name,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
  });
}
const baseline = Number(rows[0]?.['requests/s'] ?? 1);
for (const row of rows) row['÷ baseline'] = Number((Number(row['requests/s']) / baseline).toFixed(2));
await app.close();
const stats = await store.stats();
await store.close();
printTable(
  `bench:api — ${stats.documents} documents, ${stats.quotes} quotes; ${CONNECTIONS} connections × ${SECONDS} s per case, 127.0.0.1`,
  rows,
);
writeResults('api', { method: 'see bench/api.ts header', database: dbPath, stats, rows });
