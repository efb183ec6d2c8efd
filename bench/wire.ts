/**
 * bench:wire — how often the wire stage finds the dateline place and the agency.
 * Reuters 2017 (989 stories): the reference is read off the raw text independently of the stage:
 * a story has a dateline when "(Reuters)" (or a capitalised place and a dash) opens it within its
 * first 400 characters, and a place when capitals precede that credit; the place we find must equal
 * the first place written there. Politics sample: coverage by source (no reference there).
 */
import { createDocument } from '../src/document/create-document.js';
import type { Document } from '../src/document/document.js';
import type { Article } from '../src/read/article.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { wireStage } from '../src/stages/wire/wire-stage.js';
import { readArticles } from './lib/corpus.js';
import type { Row } from './lib/report.js';
import { printTable, writeResults } from './lib/report.js';
import { sample, seededRandom } from './lib/seeded-random.js';
import { sharedPath } from './lib/shared.js';

const pipeline = createPipeline([wireStage]);
const run = (a: Article): Document => pipeline.run(createDocument(a.text, a.meta));

interface Reference {
  hasDateline: boolean;
  place?: string;
}

/** The dateline as written, read with a deliberately simple pattern of its own. */
function reference(text: string): Reference {
  const head = text.slice(0, 400);
  const m = /(?:^|\)\s|\s)([A-Z][A-Z .,'’/a-z-]*?)?\s*\(Reuters[^)]*\)\s*[-–—]/u.exec(head);
  if (m) {
    const first = (m[1] ?? '').split(/[,/]/u)[0] ?? '';
    // Bylines may precede the place ("By A and B WASHINGTON"): keep the trailing run of capitals.
    const place = /((?:[A-Z][A-Z.'’-]+\s?)+)$/u.exec(first.trim())?.[1]?.trim() ?? '';
    return /[A-Z]{2}/u.test(place) ? { hasDateline: true, place } : { hasDateline: true };
  }
  const caps = /^\s*([A-Z][A-Z .'’-]{2,40})\s+[-–—]\s/u.exec(head);
  return caps ? { hasDateline: true, place: caps[1]?.trim() ?? '' } : { hasDateline: false };
}

function share(n: number, d: number): number | null {
  return d === 0 ? null : (100 * n) / d;
}

async function reuters(): Promise<Row[] | undefined> {
  const path = sharedPath('corpus/reuters-2017/reuters-2017.csv');
  if (!path) return undefined;
  const articles = await readArticles(path);
  const counts = {
    all: articles.length,
    dateline: 0,
    agency: 0,
    withPlace: 0,
    placeFound: 0,
    placeRight: 0,
    country: 0,
    date: 0,
  };
  const failures: string[] = [];
  for (const a of articles) {
    const ref = reference(a.text);
    const doc = run(a);
    const d = doc.meta.dateline;
    if (ref.hasDateline) {
      counts.dateline++;
      if (doc.meta.agencies?.includes('Reuters') || d) counts.agency++;
    }
    if (ref.place !== undefined) {
      counts.withPlace++;
      if (d) counts.placeFound++;
      const right = d !== undefined && d.place.toLowerCase() === ref.place.toLowerCase();
      if (right) counts.placeRight++;
      else
        failures.push(
          `want "${ref.place}", got "${d?.place ?? '—'}": ${a.text.slice(0, 90).replace(/\s+/gu, ' ')}`,
        );
      if (d?.country) counts.country++;
      if (d?.date) counts.date++;
    }
  }
  console.log(`\nReuters: 10 random failures of ${failures.length} (seeded)`);
  for (const f of sample(failures, 10, seededRandom(7))) console.log(`  ${f}`);
  return [
    { measure: 'stories', count: counts.all, of: null, percent: null },
    {
      measure: 'dateline in text (reference)',
      count: counts.dateline,
      of: counts.all,
      percent: share(counts.dateline, counts.all),
    },
    {
      measure: 'agency found | dateline',
      count: counts.agency,
      of: counts.dateline,
      percent: share(counts.agency, counts.dateline),
    },
    {
      measure: 'place found | place in text',
      count: counts.placeFound,
      of: counts.withPlace,
      percent: share(counts.placeFound, counts.withPlace),
    },
    {
      measure: 'place right | place in text',
      count: counts.placeRight,
      of: counts.withPlace,
      percent: share(counts.placeRight, counts.withPlace),
    },
    {
      measure: 'country resolved | place in text',
      count: counts.country,
      of: counts.withPlace,
      percent: share(counts.country, counts.withPlace),
    },
    {
      measure: 'dated | place in text',
      count: counts.date,
      of: counts.withPlace,
      percent: share(counts.date, counts.withPlace),
    },
  ];
}

async function politicsSample(): Promise<Row[] | undefined> {
  const path = sharedPath('corpus/politics-sample.jsonl');
  if (!path) return undefined;
  const bySource = new Map<string, { n: number; place: number; agency: number; published: number }>();
  for (const a of await readArticles(path)) {
    const doc = run(a);
    const key = a.meta.extra?.['source'] ?? a.meta.publisher ?? '?';
    const c = bySource.get(key) ?? { n: 0, place: 0, agency: 0, published: 0 };
    c.n++;
    if (doc.meta.dateline) c.place++;
    if (doc.meta.agencies?.length) c.agency++;
    if (doc.meta.published) c.published++;
    bySource.set(key, c);
  }
  return [...bySource.entries()]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([source, c]) => ({
      source,
      articles: c.n,
      'place %': share(c.place, c.n),
      'agency %': share(c.agency, c.n),
      'published %': share(c.published, c.n),
    }));
}

const reutersRows = await reuters();
if (reutersRows) printTable('bench:wire — Reuters 2017 (reuters-2017.csv)', reutersRows, 1);
const sampleRows = await politicsSample();
if (sampleRows)
  printTable('bench:wire — politics sample, by source (no reference: coverage only)', sampleRows, 1);
writeResults('wire', {
  method: 'reference read off the raw text by an independent pattern; see bench/wire.ts',
  reuters: reutersRows ?? null,
  politicsSample: sampleRows ?? null,
});
