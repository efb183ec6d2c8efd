/**
 * bench:dedup — syndication near-duplicates on the Helsinki set (612 copies of Trump–Putin summit
 * coverage from 75 sites, July 2018). Each article runs through the wire stage only, gives its
 * dedup body, and is added to a `NearDuplicateIndex` in scrape-time order. Reports the groups
 * found, time per article, how many near copies LSH banding misses against an all-pairs check (for
 * several band shapes), and pairwise agreement with the 5-gram heuristic clustering shipped beside
 * the corpus — a heuristic, NOT gold. A seeded sample of 50 detected pairs goes to
 * `bench/results/dedup-pairs.txt` for reading by eye.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../src/document/create-document.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { wireStage } from '../src/stages/wire/wire-stage.js';
import {
  bandKeys,
  compareShingles,
  createMinHasher,
  dedupBody,
  isNearCopy,
  NearDuplicateIndex,
  nearCopyRule,
  shingleSet,
} from '../src/corpus/index.js';
import type { NearDuplicateMatch, ShingleOverlap } from '../src/corpus/index.js';
import { readArticles } from './lib/corpus.js';
import type { Row } from './lib/report.js';
import { printTable, writeResults } from './lib/report.js';
import { sample, seededRandom } from './lib/seeded-random.js';
import { sharedPath } from './lib/shared.js';

interface Item {
  readonly id: string;
  readonly publisher: string;
  readonly scraped: string;
  readonly body: string;
}

interface HeuristicCluster {
  readonly members: readonly { readonly id: string }[];
}

const wire = createPipeline([wireStage]);

/** The corpus joins paragraphs with " ### "; give them back their line breaks before the wire stage. */
async function readItems(path: string): Promise<{ items: Item[]; bodyMs: number }> {
  const articles = await readArticles(path);
  const t0 = performance.now();
  const items = articles.map((a) => {
    const doc = wire.run(createDocument(a.text.replaceAll(' ### ', '\n\n'), a.meta));
    return {
      id: a.meta.id ?? '',
      publisher: a.meta.publisher ?? '?',
      scraped: a.meta.extra?.['scrape_time'] ?? '',
      body: dedupBody(doc),
    };
  });
  const bodyMs = (performance.now() - t0) / items.length;
  items.sort((x, y) => Date.parse(x.scraped) - Date.parse(y.scraped) || Number(x.id) - Number(y.id));
  return { items, bodyMs };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair inside each group. */
function groupPairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) pairs.add(pairKey(g[i] ?? '', g[j] ?? ''));
  return pairs;
}

function sizeBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? '4–5' : n <= 10 ? '6–10' : n <= 20 ? '11–20' : '21+';
}

interface PairOverlap {
  readonly i: number;
  readonly j: number;
  readonly overlap: ShingleOverlap;
}

/** Every pair (i < j, in scrape order) sharing at least one shingle. */
function allPairs(sets: readonly Uint32Array[]): PairOverlap[] {
  const out: PairOverlap[] = [];
  sets.forEach((b, j) => {
    for (let i = 0; i < j; i++) {
      const overlap = compareShingles(sets[i] ?? new Uint32Array(), b);
      if (overlap.intersection > 0) out.push({ i, j, overlap });
    }
  });
  return out;
}

/** The zones the thresholds were chosen from (see similarity.ts), with pair counts. */
const ZONES: readonly { zone: string; test: (o: ShingleOverlap) => boolean }[] = [
  { zone: 'copy: jaccard ≥ 0.5', test: (o) => nearCopyRule(o) === 'near-copy/jaccard' },
  {
    zone: 'copy: containment ≥ 0.8 (≥ 50 shingles)',
    test: (o) => nearCopyRule(o) === 'near-copy/containment',
  },
  {
    zone: 'not: containment ≥ 0.8, smaller < 50 shingles',
    test: (o) => !isNearCopy(o) && o.containment >= 0.8,
  },
  {
    zone: 'not: containment 0.5–0.8 (rewrites, shared background)',
    test: (o) => !isNearCopy(o) && o.containment >= 0.5 && o.containment < 0.8,
  },
  {
    zone: 'not: containment 0.2–0.5 (shared quotes, tweets)',
    test: (o) => !isNearCopy(o) && o.containment >= 0.2 && o.containment < 0.5,
  },
  { zone: 'not: containment < 0.2', test: (o) => !isNearCopy(o) && o.containment < 0.2 },
];

function zoneRows(pairs: readonly PairOverlap[]): Row[] {
  return ZONES.map(({ zone, test }) => ({ zone, pairs: pairs.filter((p) => test(p.overlap)).length }));
}

/**
 * LSH against the all-pairs check, per band shape: near-copy pairs that share a band, and articles
 * with an earlier near copy (all pairs) against those the index, seeing only candidates, marks as copies.
 */
function lshRows(items: readonly Item[], sets: readonly Uint32Array[], pairs: readonly PairOverlap[]): Row[] {
  const truth = pairs.filter((p) => isNearCopy(p.overlap));
  const hasEarlierCopy = new Set(truth.map((p) => p.j));
  const hasher = createMinHasher();
  const signatures = sets.map((s) => hasher.signature(s));
  return [16, 32, 42, 64, 128].map((bands) => {
    const keys = signatures.map((sig) => new Set(bandKeys(sig, bands)));
    const shares = (p: PairOverlap): boolean => [...(keys[p.i] ?? [])].some((k) => keys[p.j]?.has(k));
    const index = new NearDuplicateIndex({ bands });
    let candidates = 0;
    let copies = 0;
    const t0 = performance.now();
    for (const it of items) {
      const r = index.add(it.id, it.body);
      candidates += r.candidates;
      if (r.canonical !== undefined) copies++;
    }
    const ms = (performance.now() - t0) / items.length;
    const found = truth.filter(shares).length;
    return {
      bands,
      rows: Math.floor(hasher.permutations / bands),
      'pair recall %': truth.length === 0 ? null : (100 * found) / truth.length,
      'copies (all pairs)': hasEarlierCopy.size,
      'copies (index)': copies,
      'candidates/article': candidates / items.length,
      'ms/article': ms,
    };
  });
}

/** Pairwise agreement of our clusters with the heuristic's, and what the heuristic's other pairs look like. */
function heuristicRows(
  items: readonly Item[],
  clusters: readonly (readonly string[])[],
  heuristic: readonly HeuristicCluster[],
  pairs: readonly PairOverlap[],
): Row[] {
  const theirs = groupPairs(heuristic.map((c) => c.members.map((m) => m.id)));
  const ours = groupPairs(clusters);
  const both = [...ours].filter((p) => theirs.has(p)).length;
  const overlapOf = new Map(
    pairs.map((p) => [pairKey(items[p.i]?.id ?? '', items[p.j]?.id ?? ''), p.overlap]),
  );
  const missed = [...theirs].filter((p) => !ours.has(p));
  const lowContainment = missed.filter((p) => (overlapOf.get(p)?.containment ?? 0) < 0.5).length;
  return [
    { measure: 'pairs in our clusters', value: ours.size },
    { measure: 'pairs in heuristic clusters', value: theirs.size },
    { measure: 'pairs in both', value: both },
    { measure: 'precision vs heuristic %', value: ours.size === 0 ? null : (100 * both) / ours.size },
    { measure: 'recall vs heuristic %', value: theirs.size === 0 ? null : (100 * both) / theirs.size },
    { measure: 'heuristic-only pairs sharing < 50 % of the smaller body', value: lowContainment },
    { measure: 'heuristic-only pairs sharing ≥ 50 %', value: missed.length - lowContainment },
  ];
}

function writePairs(items: readonly Item[], results: ReadonlyMap<string, NearDuplicateMatch>): string {
  const byId = new Map(items.map((it) => [it.id, it]));
  const detected = items.filter((it) => results.get(it.id)?.match !== undefined);
  const lines: string[] = [];
  sample(detected, 50, seededRandom(2018)).forEach((copy, n) => {
    const r = results.get(copy.id);
    const original = byId.get(r?.match ?? '');
    if (!r || !original) return;
    lines.push(
      `#${n + 1}  ${original.id} (${original.publisher})  ←  ${copy.id} (${copy.publisher})  jaccard ${r.jaccard.toFixed(2)}  containment ${r.containment.toFixed(2)}  ${r.rule ?? ''}`,
      `  A: ${original.body.slice(0, 300)}`,
      `  B: ${copy.body.slice(0, 300)}`,
      '',
    );
  });
  const path = join(dirname(fileURLToPath(import.meta.url)), 'results', 'dedup-pairs.txt');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const csvPath = sharedPath('corpus/helsinki-syndication/helsinki_articles.csv');
const heuristicPath = sharedPath('corpus/helsinki-syndication/helsinki_neardup_clusters.heuristic.json');
if (csvPath && heuristicPath) {
  const { items, bodyMs } = await readItems(csvPath);
  const index = new NearDuplicateIndex();
  const results = new Map<string, NearDuplicateMatch>();
  const t0 = performance.now();
  for (const it of items) results.set(it.id, index.add(it.id, it.body));
  const addMs = (performance.now() - t0) / items.length;

  const groups = new Map<string, string[]>();
  for (const it of items) {
    const canonical = results.get(it.id)?.canonical ?? it.id;
    groups.set(canonical, [...(groups.get(canonical) ?? []), it.id]);
  }
  const clusters = [...groups.values()].filter((g) => g.length >= 2);
  const sizes = new Map<string, number>();
  for (const c of clusters) sizes.set(sizeBucket(c.length), (sizes.get(sizeBucket(c.length)) ?? 0) + 1);
  const byRule = (rule: string): number => [...results.values()].filter((r) => r.rule === rule).length;
  const summary: Row[] = [
    { measure: 'articles', value: items.length },
    { measure: 'empty dedup bodies', value: items.filter((it) => it.body === '').length },
    { measure: 'clusters of copies (size ≥ 2)', value: clusters.length },
    { measure: 'articles in them', value: clusters.reduce((n, c) => n + c.length, 0) },
    { measure: 'copies matched by jaccard rule', value: byRule('near-copy/jaccard') },
    { measure: 'copies matched by containment rule', value: byRule('near-copy/containment') },
    { measure: 'largest cluster', value: Math.max(0, ...clusters.map((c) => c.length)) },
    { measure: 'ms/article: wire stage + dedup body', value: bodyMs },
    { measure: 'ms/article: shingles + signature + lookup + insert', value: addMs },
  ];
  printTable('bench:dedup — Helsinki syndication set', summary, 3);
  const sizeRows = ['2', '3', '4–5', '6–10', '11–20', '21+'].map((size) => ({
    size,
    clusters: sizes.get(size) ?? 0,
  }));
  printTable('cluster sizes', sizeRows);

  const heuristic = JSON.parse(readFileSync(heuristicPath, 'utf8')) as HeuristicCluster[];
  const sets = items.map((it) => shingleSet(it.body));
  const pairs = allPairs(sets);
  const zones = zoneRows(pairs);
  printTable('all pairs sharing a shingle, by zone (the thresholds were read off these)', zones);
  const agreement = heuristicRows(items, clusters, heuristic, pairs);
  printTable(
    'agreement with the 5-gram HEURISTIC clustering (NOT gold: it chains clusters and groups pages by shared furniture)',
    agreement,
    1,
  );
  const lsh = lshRows(items, sets, pairs);
  printTable('LSH band shapes (128 permutations) against the all-pairs check', lsh, 2);

  const pairsPath = writePairs(items, results);
  console.log(`\nwrote ${pairsPath}`);
  writeResults('dedup', {
    method: 'wire stage → dedupBody → NearDuplicateIndex in scrape-time order; see bench/dedup.ts',
    summary,
    sizes: sizeRows,
    zones,
    heuristicAgreement: agreement,
    lsh,
  });
}
