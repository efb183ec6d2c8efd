/**
 * GDELT 2.0 event table rows (61 tab-separated columns, no header, no quoting) for
 * `dateline export --format gdelt`. What we cannot know is left empty: known-group, ethnic and
 * religion codes, AvgTone, actor geography, ADM2 and feature ids.
 *
 * Choices:
 * - GlobalEventID: the caller's number, else a stable 48-bit number from SHA-256 of
 *   "<document id>-<event id>" (same row, same id, on every run).
 * - Day/MonthYear/Year: the event's date, else the dateline's day, else the publication date.
 *   FractionDate is the part of the year gone before the day, (day of year − 1) / 365, four
 *   decimals, which matches published GDELT rows (20150218 → 2015.1315). GDELT has no column for
 *   a date the text gives only as a month or a year ("met in March 2016"), and its row has a fixed
 *   width, so only the cells that much of a date fills are filled: MonthYear and Year for a month,
 *   Year for a year; Day and FractionDate stay empty rather than name the first day.
 * - Actor1 ← first source, Actor2 ← first target (participants have no GDELT slot). Codes come
 *   from the entity's actor code: `USAGOV` → country `USA`, Type1Code `GOV`. Names keep their case
 *   (GDELT upper-cases them).
 * - IsRootEvent: 1 when the trigger is in the lead paragraph (the first paragraph with words that
 *   are not publisher furniture; the dateline paragraph counts).
 * - QuadClass from the CAMEO root; GoldsteinScale only for codes in `cameo-scales.ts`.
 * - ActionGeo_CountryCode is FIPS 10-4, as GDELT's; a country without a FIPS entry is left
 *   empty, never given its ISO code. ADM1 is "US" + the state's USPS code for US places (GDELT's
 *   form, e.g. USAK) and the FIPS country code for a whole country.
 * - GDELT has no negation: a negated or planned event still gets a row; callers filter on
 *   `event.status` when they want only what happened.
 * - Cells never hold tabs or line breaks (replaced by spaces), so a row is always one TSV line.
 */
import { createHash } from 'node:crypto';
import type { DatePrecision, DocEvent, Document, EventPlace } from '../document/document.js';
import { countryByIso } from '../geo/countries.js';
import { US_STATES } from '../geo/data/us-states.js';
import { cameoQuadClass, goldsteinScale } from './cameo-scales.js';
import { actorParts, entityOf, eventDate } from './doc-lookup.js';
import { fipsCountry } from './fips-country.js';
import { GDELT_EVENT_COLUMNS } from './gdelt-columns.js';
import { isInLeadParagraph } from './lead-paragraph.js';

export { GDELT_EVENT_COLUMNS } from './gdelt-columns.js';

export interface GdeltOptions {
  /** GlobalEventID to use (a counter kept by the caller); default a stable hash. */
  readonly globalEventId?: number;
  /** Counts for NumMentions, NumSources, NumArticles; each defaults to 1. */
  readonly mentions?: number;
  readonly sources?: number;
  readonly articles?: number;
  /** When the event was added (DATEADDED, UTC); empty when not given. */
  readonly dateAdded?: Date;
  /** The store's id for the story; replaces the document id in the stable GlobalEventID. */
  readonly canonicalId?: string;
}

type Cell = string | number | undefined;

/**
 * One GDELT 2.0 event row, one string per column of `GDELT_EVENT_COLUMNS`. Example:
 * `gdeltRow(doc, meeting)[GDELT_EVENT_COLUMNS.indexOf('EventRootCode')]` → `'04'`.
 */
export function gdeltRow(doc: Document, event: DocEvent, opts: GdeltOptions = {}): string[] {
  const { date, precision } = eventDate(doc, event);
  const cells: Record<string, Cell> = {
    GlobalEventID: opts.globalEventId ?? stableEventNumber(`${opts.canonicalId ?? doc.id}-${event.id}`),
    ...dateCells(date, precision),
    ...actorCells(doc, event.sources[0], 'Actor1'),
    ...actorCells(doc, event.targets[0], 'Actor2'),
    IsRootEvent: isInLeadParagraph(doc, event.trigger.start) ? 1 : 0,
    EventCode: event.cameo,
    EventBaseCode: event.cameo?.slice(0, 3),
    EventRootCode: event.cameo?.slice(0, 2),
    QuadClass: cameoQuadClass(event.cameo),
    GoldsteinScale: goldsteinScale(event.cameo),
    NumMentions: opts.mentions ?? 1,
    NumSources: opts.sources ?? 1,
    NumArticles: opts.articles ?? 1,
    ...(event.where ? geoCells(event.where, 'ActionGeo') : {}),
    DATEADDED: opts.dateAdded ? dateAdded(opts.dateAdded) : undefined,
    SOURCEURL: doc.meta.url ?? doc.meta.source,
  };
  return GDELT_EVENT_COLUMNS.map((name) => tsvCell(cells[name]));
}

/** Cells joined by tabs, with the line break; each cell cleaned as in `gdeltRow`. */
export function tsvLine(cells: readonly Cell[]): string {
  return cells.map(tsvCell).join('\t') + '\n';
}

/** A stable non-negative integer below 2^48 for a key. Example: `stableEventNumber('abc-v1')`. */
export function stableEventNumber(key: string): number {
  return parseInt(createHash('sha256').update(key).digest('hex').slice(0, 12), 16);
}

function tsvCell(value: Cell): string {
  if (value === undefined) return '';
  return String(value).replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ');
}

function dateCells(date: string | undefined, precision: DatePrecision | undefined): Record<string, Cell> {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date) : null;
  if (!m) return {};
  const [, y = '', mo = '', d = ''] = m;
  if (precision === 'year') return { Year: y };
  if (precision === 'month') return { MonthYear: `${y}${mo}`, Year: y };
  const dayOfYear = (Date.UTC(+y, +mo - 1, +d) - Date.UTC(+y, 0, 1)) / 86_400_000;
  return {
    Day: `${y}${mo}${d}`,
    MonthYear: `${y}${mo}`,
    Year: y,
    FractionDate: (+y + dayOfYear / 365).toFixed(4),
  };
}

function actorCells(doc: Document, id: string | undefined, prefix: string): Record<string, Cell> {
  const entity = entityOf(doc, id);
  if (!entity) return {};
  const parts = actorParts(entity);
  return {
    [`${prefix}Code`]: parts.code,
    [`${prefix}Name`]: entity.name,
    [`${prefix}CountryCode`]: parts.country,
    [`${prefix}Type1Code`]: parts.sectors[0],
    [`${prefix}Type2Code`]: parts.sectors[1],
    [`${prefix}Type3Code`]: parts.sectors[2],
  };
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city (5, world state, we never know). */
function geoType(place: EventPlace): number | undefined {
  const country = place.country ? countryByIso(place.country) : undefined;
  if (country && place.name === country.name && !place.region) return 1;
  if (place.country === 'USA' && place.region) return place.name === place.region ? 2 : 3;
  return country && place.lat !== undefined ? 4 : undefined;
}

function geoCells(place: EventPlace, prefix: string): Record<string, Cell> {
  const type = geoType(place);
  const country = place.country ? countryByIso(place.country) : undefined;
  const fips = fipsCountry(place.country);
  const state = place.region ? US_STATES.find((s) => s.name === place.region) : undefined;
  const names = [place.name, place.region, country?.name].filter((n): n is string => Boolean(n));
  const adm1 = type === 1 ? fips : place.country === 'USA' && state ? `US${state.code}` : undefined;
  return {
    [`${prefix}_Type`]: type,
    [`${prefix}_Fullname`]: [...new Set(names)].join(', '),
    [`${prefix}_CountryCode`]: fips,
    [`${prefix}_ADM1Code`]: adm1,
    [`${prefix}_Lat`]: place.lat,
    [`${prefix}_Long`]: place.lon,
  };
}

function dateAdded(when: Date): string {
  return when
    .toISOString()
    .replace(/\.\d+Z$/u, '')
    .replace(/[-:T]/gu, '');
}
