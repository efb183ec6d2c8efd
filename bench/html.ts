/**
 * HTML reader benchmark: article-body extraction quality on the shared HTML sets, ours beside bare
 * Mozilla Readability, with the scrapinghub shingle metric, plus metadata accuracy and speed.
 *
 *   npm run bench:html                       all sets
 *   npm run bench:html -- --set readability  one set
 *   npm run bench:html -- --skip rule,rule   without some clean-up rules (ablation)
 *   npm run bench:html -- --pages            per-page F1 where ours and readability differ
 */
import { join } from 'node:path';
import { printTable, writeResults } from './lib/report.js';
import type { Row } from './lib/report.js';
import { sharedPath } from './lib/shared.js';
import { evaluateSet } from './html/evaluate.js';
import type { SetResult } from './html/evaluate.js';
import { newspaperSet, readabilitySet, trafilaturaSet } from './html/sets.js';
import type { Case } from './html/sets.js';

const SETS: Record<string, (dir: string) => Case[]> = {
  readability: readabilitySet,
  newspaper3k: newspaperSet,
  trafilatura: trafilaturaSet,
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function rows(name: string, result: SetResult): Row[] {
  return [
    { set: name, extractor: 'dateline', pages: result.pages, ...result.ours },
    { set: name, extractor: 'readability', pages: result.pages, ...result.readability },
  ];
}

function main(): void {
  const root = sharedPath('corpus/html');
  if (!root) return;
  const only = arg('set');
  const skip = arg('skip')?.split(',');
  const results: Record<string, SetResult> = {};
  for (const [name, load] of Object.entries(SETS)) {
    if (only && only !== name) continue;
    const result = evaluateSet(load(join(root, name)), skip);
    results[name] = result;
    printTable(`html: ${name}`, rows(name, result), 3);
    if (process.argv.includes('--pages')) {
      const diff = result.perPage
        .filter((p) => Math.abs(p.ours - p.readability) > 0.02)
        .sort((a, b) => a.ours - a.readability - (b.ours - b.readability));
      printTable(`${name}: pages where the two differ`, diff, 3);
    }
  }
  const figures = Object.fromEntries(
    Object.entries(results).map(([k, v]) => [
      k,
      { pages: v.pages, dateline: v.ours, readability: v.readability },
    ]),
  );
  writeResults('html', {
    metric:
      'scrapinghub shingle P/R/F1 (4-token shingles, per-page averages); trafilatura: snippet pass rates',
    skipRules: skip ?? [],
    sets: figures,
  });
}

main();
