/**
 * A bar chart of counts per day (per month when the range is long), drawn as SVG: one stacked bar
 * per bucket, a `<title>` on each for the exact numbers, and days without data shown as gaps.
 */
import { h, svg } from '../dom.js';

export interface TimelinePoint {
  readonly date: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface Series {
  readonly key: string;
  readonly label: string;
}

const WIDTH = 600;
const HEIGHT = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 30 };
const DAY_MS = 86_400_000;
const MAX_DAYS = 150;

function dayNumber(date: string): number | undefined {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Buckets (day or month keys) from the first to the last date, with summed counts. */
export function buckets(
  points: readonly TimelinePoint[],
  series: readonly Series[],
): { key: string; counts: Record<string, number> }[] {
  const days = points.map((p) => dayNumber(p.date)).filter((d): d is number => d !== undefined);
  if (days.length === 0) return [];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const byMonth = last - first > MAX_DAYS;
  const keyOf = (day: number): string => dayString(day).slice(0, byMonth ? 7 : 10);
  const out = new Map<string, Record<string, number>>();
  for (let day = first; day <= last; day += 1) {
    const key = keyOf(day);
    if (!out.has(key)) out.set(key, Object.fromEntries(series.map((s) => [s.key, 0])));
  }
  for (const point of points) {
    const day = dayNumber(point.date);
    const counts = day === undefined ? undefined : out.get(keyOf(day));
    if (!counts) continue;
    for (const s of series) counts[s.key] = (counts[s.key] ?? 0) + (point.counts[s.key] ?? 0);
  }
  return [...out].map(([key, counts]) => ({ key, counts }));
}

function bar(
  x: number,
  width: number,
  key: string,
  counts: Record<string, number>,
  series: readonly Series[],
  scale: number,
): SVGGElement {
  let y = HEIGHT - PAD.bottom;
  const rects = series.map((s) => {
    const height = (counts[s.key] ?? 0) * scale;
    y -= height;
    return svg('rect', { class: `bar bar-${s.key}`, x, y, width, height });
  });
  const tip = series.map((s) => `${counts[s.key] ?? 0} ${s.label}`).join(', ');
  return svg('g', { class: 'bucket', 'data-date': key }, svg('title', {}, `${key}: ${tip}`), rects);
}

/** The chart, with a legend; a note when there is nothing dated. */
export function timelineChart(
  points: readonly TimelinePoint[],
  series: readonly Series[],
  label: string,
): HTMLElement {
  const rows = buckets(points, series);
  if (rows.length === 0) return h('p', { class: 'empty' }, 'Nothing dated to chart.');
  const totals = rows.map((r) => series.reduce((sum, s) => sum + (r.counts[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / rows.length;
  const width = Math.max(1, Math.min(48, step * 0.8));
  const base = HEIGHT - PAD.bottom;
  const bars = rows.map((r, i) =>
    bar(PAD.left + i * step + (step - width) / 2, width, r.key, r.counts, series, plotH / max),
  );
  const ticks = [...new Set([0, Math.floor((rows.length - 1) / 2), rows.length - 1])];
  // Few bars: each label under its bar. Many: the first and last label kept inside the chart.
  const edge = (i: number): string =>
    rows.length <= 6 ? 'middle' : i === 0 ? 'start' : i === rows.length - 1 ? 'end' : 'middle';
  const xOf = (i: number): number =>
    edge(i) === 'start' ? PAD.left : edge(i) === 'end' ? WIDTH - PAD.right : PAD.left + i * step + step / 2;
  const xLabels = ticks.map((i) =>
    svg(
      'text',
      { class: 'axis-label', x: xOf(i), y: HEIGHT - 8, 'text-anchor': edge(i) },
      rows[i]?.key ?? '',
    ),
  );
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label, class: 'timeline' },
    svg('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: base, y2: base }),
    svg('text', { class: 'axis-label', x: PAD.left - 6, y: PAD.top + 10, 'text-anchor': 'end' }, max),
    svg('text', { class: 'axis-label', x: PAD.left - 6, y: base, 'text-anchor': 'end' }, 0),
    bars,
    xLabels,
  );
  const legend = h(
    'ul',
    { class: 'legend' },
    series.map((s) => h('li', {}, h('span', { class: `swatch bar-${s.key}` }), s.label)),
  );
  return h('figure', { class: 'chart', 'data-testid': 'timeline' }, chart, legend);
}
