/**
 * Feed dates → ISO calendar days. RFC 822 dates are often written in the feed's own language
 * (`Seg, 24 Set 2018`, `Mi, 3. Jan 2018`, `mer., 3 janv. 2018`): month names are mapped from
 * English, French, German, Spanish, Portuguese, Italian and Dutch; day names are ignored.
 */
import { formatIsoDate, toIsoDate } from '../../time/iso-date.js';

/** Month by the first three letters of its name (accents stripped), in the languages above. */
// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, gen: 1,
  feb: 2, fev: 2,
  mar: 3, mrz: 3, maa: 3,
  apr: 4, avr: 4, abr: 4,
  may: 5, mai: 5, mag: 5, mei: 5,
  jun: 6, giu: 6,
  jul: 7, lug: 7,
  aug: 8, aou: 8, ago: 8,
  sep: 9, set: 9,
  oct: 10, okt: 10, ott: 10, out: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12,
};

/** The month a name means, or undefined. French `juin`/`juillet` share three letters. */
export function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (key.startsWith('juin')) return 6;
  if (key.startsWith('juil')) return 7;
  return key.length >= 3 ? MONTHS[key.slice(0, 3)] : undefined;
}

// [weekday[.][,]] day[.] month[.][,] year — the RFC 822 order, any language.
const RFC822 = /^\s*(?:\p{L}+\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}|\d{2})(?!\d)/u;

/** The ISO day of a feed date, or undefined when it cannot be read. Example: `Seg, 24 Set 2018` → `2018-09-24`. */
export function feedDate(raw: string): string | undefined {
  const m = RFC822.exec(raw);
  if (m?.[1] && m[2] && m[3]) {
    const month = monthNumber(m[2]);
    const short = Number(m[3]);
    const year = m[3].length === 2 ? (short < 50 ? 2000 + short : 1900 + short) : short;
    if (month !== undefined) return formatIsoDate({ year, month, day: Number(m[1]) });
  }
  return toIsoDate(raw);
}
