/**
 * Benchmark output: every benchmark prints a table and writes its figures as JSON to
 * `bench/results/<name>.json` (git-ignored) so other tools can read them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** Prints rows as an aligned text table; numbers get `digits` decimals. */
export function printTable(title: string, rows: readonly Row[], digits = 2): void {
  console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log('(no rows)');
    return;
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const show = (v: Cell | undefined): string =>
    v === null || v === undefined
      ? '–'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? String(v)
          : v.toFixed(digits)
        : v;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => show(r[c]).length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => show(r[c]))));
}

/** Writes `bench/results/<name>.json` with the figures, how they were measured, and when. */
export function writeResults(name: string, figures: Record<string, unknown>): string {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${name}.json`);
  const body = { benchmark: name, date: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\nwrote ${path}`);
  return path;
}
