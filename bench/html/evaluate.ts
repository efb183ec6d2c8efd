/**
 * Scores both extractors on one set: shingle F1 where the set has expected text, snippet pass
 * rates where it has must/must-not snippets, metadata accuracy where it has expected metadata.
 */
import { isoDate } from '../../src/read/html/dates.js';
import { bare, ours } from './extractors.js';
import type { Extraction } from './extractors.js';
import { match, score, tokens } from './metric.js';
import type { Match } from './metric.js';
import type { Case } from './sets.js';

export interface SetResult {
  readonly pages: number;
  readonly ours: Record<string, number>;
  readonly readability: Record<string, number>;
  /** Per-page F1 of ours minus readability, for finding regressions. */
  readonly perPage: Array<{ name: string; ours: number; readability: number }>;
}

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
const nameKey = (s: string): string =>
  tokens(s.toLowerCase())
    .filter((t) => t !== 'by' && t !== 'and')
    .sort()
    .join(' ');

function snippetCounts(cases: readonly Case[], outs: readonly Extraction[]): Record<string, number> {
  let tp = 0,
    fn = 0,
    fp = 0,
    tn = 0;
  cases.forEach((c, i) => {
    const text = norm(outs[i]?.text ?? '');
    for (const s of c.with ?? []) {
      if (text.includes(norm(s))) tp++;
      else fn++;
    }
    for (const s of c.without ?? []) {
      if (text.includes(norm(s))) fp++;
      else tn++;
    }
  });
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    withPass: tp / Math.max(1, tp + fn),
    withoutPass: tn / Math.max(1, fp + tn),
    precision: p,
    recall: r,
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
  };
}

function metaAccuracy(cases: readonly Case[], outs: readonly Extraction[]): Record<string, number> {
  const acc = (field: 'title' | 'byline' | 'date'): number => {
    let n = 0,
      ok = 0;
    cases.forEach((c, i) => {
      const out = outs[i];
      const want = field === 'date' ? c.meta?.publishedTime : c.meta?.[field];
      if (!want || !out) return;
      n++;
      if (field === 'title' && norm(out.title ?? '') === norm(want)) ok++;
      if (field === 'byline' && nameKey(out.byline ?? '') === nameKey(want)) ok++;
      if (field === 'date' && out.published !== undefined && isoDate(out.published) === isoDate(want)) ok++;
    });
    return n === 0 ? NaN : ok / n;
  };
  return { titleAcc: acc('title'), bylineAcc: acc('byline'), dateAcc: acc('date') };
}

function figures(
  cases: readonly Case[],
  outs: readonly Extraction[],
  matches: readonly Match[],
): Record<string, number> {
  const ms = outs.reduce((a, o) => a + o.ms, 0);
  const text = matches.length > 0 ? { ...score(matches) } : snippetCounts(cases, outs);
  const meta = cases.some((c) => c.meta) ? metaAccuracy(cases, outs) : {};
  return { ...text, ...meta, pagesPerSecond: (cases.length * 1000) / Math.max(1, ms) };
}

/** Runs both extractors on every case of a set and scores them. */
export function evaluateSet(cases: readonly Case[], skipRules?: readonly string[]): SetResult {
  const mine = cases.map((c) => ours(c.html, skipRules));
  const theirs = cases.map((c) => bare(c.html));
  const withText = cases.filter((c) => c.text !== undefined);
  const m1 = cases.flatMap((c, i) => (c.text === undefined ? [] : [match(c.text, mine[i]?.text ?? '')]));
  const m2 = cases.flatMap((c, i) => (c.text === undefined ? [] : [match(c.text, theirs[i]?.text ?? '')]));
  const pageF1 = (m: Match | undefined): number => (m ? score([m]).f1 : NaN);
  return {
    pages: cases.length,
    ours: figures(cases, mine, m1),
    readability: figures(cases, theirs, m2),
    perPage: withText.map((c, i) => ({ name: c.name, ours: pageF1(m1[i]), readability: pageF1(m2[i]) })),
  };
}
