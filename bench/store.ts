/**
 * bench:store — the corpus acceptance run. Ingests the politics sample, the Reuters 2017 CSV, the
 * Helsinki syndication CSV and the HTML benchmark pages (each page's source, not the expected
 * outputs) into a fresh database `bench/results/corpus.db` with worker threads, then:
 * - throughput (articles/s) beside a baseline measured in the same run: `analyze` in the main
 *   thread over the first 150 articles of the sample (ratio = parallel ingest ÷ one-thread analysis);
 * - database size and the process's peak RSS (worker threads included);
 * - re-ingest of everything: rows per table before and after (must not change);
 * - query latency, median and worst of 25 runs in-process after one warm-up, for the acceptance
 *   queries (`quotes --speaker Putin`, `events --actor RUS --type CONSULT`) and others;
 * - syndication on the Helsinki set: articles, copies found, groups.
 * `--workers N` overrides the thread count.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from '../src/ingest/ingest.js';
import { defaultWorkers } from '../src/ingest/analyze-pool.js';
import { analyze } from '../src/pipeline/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { readArticles } from './lib/corpus.js';
import { printTable, writeResults } from './lib/report.js';
import { projectRoot, sharedPath } from './lib/shared.js';

const TABLES = [
  'documents',
  'quotes',
  'events',
  'event_actors',
  'entities',
  'roles',
  'actors',
  'lsh',
  'stories',
];

const sample = sharedPath('corpus/politics-sample.jsonl');
const reuters = sharedPath('corpus/reuters-2017/reuters-2017.csv');
const helsinki = sharedPath('corpus/helsinki-syndication/helsinki_articles.csv');
const html = sharedPath('corpus/html');
if (sample && reuters && helsinki && html) {
  const workersArg = process.argv.indexOf('--workers');
  const workers = workersArg > 0 ? Number(process.argv[workersArg + 1]) : defaultWorkers();
  const inputs = [
    sample,
    reuters,
    helsinki,
    join(html, 'readability/*/source.html'),
    join(html, 'newspaper3k/html/*.html'),
    join(html, 'trafilatura/html/*.html'),
  ];
  const dbPath = join(projectRoot, 'bench/results/corpus.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

  // Baseline: one-thread analysis of the first 150 sample articles (after a 20-article warm-up).
  const first = (await readArticles(sample)).slice(0, 170);
  first.slice(0, 20).forEach((a) => analyze(a));
  const t0 = performance.now();
  first.slice(20).forEach((a) => analyze(a));
  const baseline = 150 / ((performance.now() - t0) / 1000);

  const store = openSqliteStore(dbPath);
  const run = await ingest(inputs, store, { workers });
  const counts = (): Record<string, number> => {
    const raw = new Database(dbPath, { readonly: true });
    const out = Object.fromEntries(
      TABLES.map((t) => [t, raw.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number]),
    );
    raw.close();
    return out;
  };
  const before = counts();
  const again = await ingest(inputs, store, { workers });
  const after = counts();

  const time = async (name: string, query: () => Promise<{ total: number }>) => {
    await query();
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      total = (await query()).total;
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return { query: name, matches: total, 'median ms': ms[12] ?? 0, 'worst ms': ms.at(-1) ?? 0 };
  };
  const queries = [
    await time('quotes --speaker Putin', () => store.quotes({ speaker: 'Putin' })),
    await time('events --actor RUS --type CONSULT', () => store.events({ actor: 'RUS', type: 'CONSULT' })),
    await time('quotes --text "NATO"', () => store.quotes({ text: 'NATO' })),
    await time('search "Helsinki summit"', () => store.search({ text: 'Helsinki summit' })),
    await time('events --actor Trump --since 2018-07-01', () =>
      store.events({ actor: 'Trump', since: '2018-07-01' }),
    ),
    await time('actors Trump (list)', () => store.actors({ name: 'Trump' })),
  ];
  const trump = (await store.actors({ name: 'Donald Trump', type: 'PERSON' })).rows[0];
  if (trump)
    queries.push(
      await time('actor page (Donald Trump)', async () => ({
        total: (await store.actor(trump.id))?.events ?? 0,
      })),
    );

  const raw = new Database(dbPath, { readonly: true });
  const hels = raw
    .prepare(
      `SELECT COUNT(*) AS articles, SUM(canonical IS NOT NULL) AS copies,
         COUNT(DISTINCT canonical) AS groups FROM documents WHERE source LIKE '%helsinki_articles.csv%'`,
    )
    .get() as { articles: number; copies: number; groups: number };
  raw.close();
  const stats = await store.stats();
  await store.close();
  const dbBytes = statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const rate = (run.stored + run.existing) / run.seconds;

  printTable(`bench:store — ingest (${workers} worker threads)`, [
    { what: 'one-thread analyze (baseline, same run)', articles: 150, 'articles/s': baseline },
    {
      what: 'dateline ingest',
      articles: run.read,
      stored: run.stored,
      copies: run.copies,
      'known/repeated': run.existing,
      failed: run.failures.length,
      seconds: run.seconds,
      'articles/s': rate,
    },
    {
      what: 're-ingest (everything known)',
      articles: again.read,
      stored: again.stored,
      seconds: again.seconds,
      'articles/s': again.read / again.seconds,
    },
  ]);
  console.log(
    `\ningest runs at ${(rate / baseline).toFixed(2)}× one-thread analysis; DB ${(dbBytes / 1048576).toFixed(1)} MB; peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `rows before re-ingest ${JSON.stringify(before)}\nrows after  re-ingest ${JSON.stringify(after)}`,
  );
  console.log(`re-ingest added ${TABLES.reduce((n, t) => n + (after[t] ?? 0) - (before[t] ?? 0), 0)} rows`);
  printTable('queries (in-process, 25 runs after a warm-up)', queries);
  console.log(
    `\nHelsinki set: ${hels.articles} articles stored, ${hels.copies} marked as syndicated copies of ${hels.groups} originals`,
  );
  for (const f of run.failures.slice(0, 10)) console.log(`failed: ${f.source}: ${f.reason}`);
  writeResults('store', {
    method: 'see bench/store.ts header',
    workers,
    baselineArticlesPerSecond: baseline,
    ingest: { ...run, failures: run.failures.length, articlesPerSecond: rate, ratio: rate / baseline },
    reingest: { stored: again.stored, seconds: again.seconds, rowsBefore: before, rowsAfter: after },
    dbBytes,
    peakRssMb,
    queries,
    helsinki: hels,
    stats,
  });
}
