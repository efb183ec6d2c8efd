/**
 * Publication dates as pages write them → ISO `YYYY-MM-DD`. The calendar date is taken as the
 * page wrote it, not shifted to UTC: a story stamped `2025-08-15T22:00-08:00` was published on the
 * 15th where it was written.
 */
import * as chrono from 'chrono-node';

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date of a raw date string, or undefined when it is not a date. Example: `isoDate('April 5, 2018')`. */
export function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  const ymd = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/u.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/u.exec(s);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (/^\d{10}(?:\d{3})?$/u.test(s)) {
    // Unix time (seconds or milliseconds): no zone is written, so UTC is the only reading.
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    const d = new Date(ms);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const parsed = chrono.en.strict.parse(s.slice(0, 200))[0];
  if (!parsed) return undefined;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('day')) return undefined;
  return iso(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}
