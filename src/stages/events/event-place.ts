/**
 * Event places: a place the sentence gives after "in", "at" or "near", else the dateline's;
 * geocoded offline to country (alpha-3), region and coordinates. A city is chosen by the states or
 * countries the document names ("Anchorage, the U.S. state of Alaska" → Anchorage, AK), then by
 * population.
 */
import type { Document, EventPlace, Mention } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { City } from '../../geo/cities.js';
import { findCities } from '../../geo/cities.js';
import { countryByIso, findCountry } from '../../geo/countries.js';
import { findUsState, US_STATES } from '../../geo/data/us-states.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);
const PLACE_LEADS = /(?:\bin|\bat|\bnear|\binside|\boutside|\bvisit(?:ed|ing|s)?)\s+(?:the\s+)?$/iu;
/** "the city of Nablus", "the U.S. state of Alaska": a place named as what kind of place it is. */
const PLACE_OF =
  /\b(?:city|town|village|province|region|state|district|capital|county|outskirts|suburb|port|island)\s+of\s+$/iu;

/** Place mentions in `window` that follow "in", "at", "near", …: facilities first, then nearest to `anchor`. */
export function placeMentions(doc: Document, window: Span, anchor?: Span): Mention[] {
  const found = (doc.layers.mentions ?? []).filter(
    (m) =>
      m.kind === 'name' &&
      PLACE_TYPES.has(m.type) &&
      m.start >= window.start &&
      m.end <= window.end &&
      lead(doc, m) > 0,
  );
  if (!anchor) return found;
  const distance = (m: Mention): number =>
    m.start >= anchor.end ? m.start - anchor.end : anchor.start - m.end;
  // A facility is the most precise place a sentence gives (its city is read after it).
  const rank = (m: Mention): number => (m.type === 'FACILITY' ? 0 : 3 - lead(doc, m));
  return found.sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b));
}

/** 2 after "in", "at", …; 1 after "the city of"; 0 otherwise. */
function lead(doc: Document, m: Mention): number {
  const before = doc.text.slice(Math.max(0, m.start - 24), m.start);
  if (PLACE_LEADS.test(before.slice(-12))) return 2;
  return PLACE_OF.test(before) ? 1 : 0;
}

/** The place named in `window` of the text (a mention after "in"/"at"), geocoded; undefined when none. */
export function placeIn(
  doc: Document,
  window: Span,
  context: GeoContext,
  anchor?: Span,
): EventPlace | undefined {
  const all = (doc.layers.mentions ?? []).filter(
    (m) => m.kind === 'name' && PLACE_TYPES.has(m.type) && m.start >= window.start && m.end <= window.end,
  );
  for (const m of placeMentions(doc, window, anchor)) {
    const name = doc.text.slice(m.start, m.end);
    if (m.type === 'FACILITY') {
      const city = cityAfter(doc, m, all);
      const base = city ? geocode(doc.text.slice(city.start, city.end), context) : undefined;
      return { ...(base ?? { name }), facility: name, span: { start: m.start, end: m.end } };
    }
    const place = geocode(name, context);
    if (place) return { ...place, span: { start: m.start, end: m.end } };
  }
  return undefined;
}

/** The dateline's place, geocoded, marked inferred. */
export function datelinePlace(doc: Document, context: GeoContext): EventPlace | undefined {
  const d = doc.meta.dateline;
  if (!d) return undefined;
  const place = geocode(d.place, context) ?? { name: d.place };
  return { ...place, inferred: true };
}

/** What the document says about where it is: dateline country, US states it names. */
export interface GeoContext {
  readonly country?: string;
  readonly states: ReadonlySet<string>;
}

export function geoContext(doc: Document): GeoContext {
  const states = new Set<string>();
  for (const s of US_STATES) if (doc.text.includes(s.name)) states.add(s.code);
  const region = doc.meta.dateline?.region;
  const fromRegion = region ? findUsState(region) : undefined;
  if (fromRegion) states.add(fromRegion.code);
  return { ...(doc.meta.dateline?.country ? { country: doc.meta.dateline.country } : {}), states };
}

/** A name as a country, a US state or a city: "Russia" → RUS; "Anchorage" → Anchorage, Alaska, USA. */
export function geocode(name: string, context: GeoContext): EventPlace | undefined {
  const country = findCountry(name);
  if (country) {
    return {
      name: country.name,
      country: country.iso3,
      ...(country.lat !== undefined && country.lon !== undefined
        ? { lat: country.lat, lon: country.lon }
        : {}),
    };
  }
  const state = findUsState(name);
  if (state) return { name: state.name, region: state.name, country: 'USA' };
  const city = pickCity(findCities(name), context);
  if (!city) return undefined;
  const iso3 = countryByIso(city.country)?.iso3;
  const region = city.country === 'US' ? US_STATES.find((s) => s.code === city.admin)?.name : undefined;
  return {
    name: city.name,
    ...(iso3 ? { country: iso3 } : {}),
    ...(region ? { region } : {}),
    lat: city.lat,
    lon: city.lon,
  };
}

/** The city the context points at (a named US state, the dateline country), else the most populous. */
function pickCity(cities: readonly City[], context: GeoContext): City | undefined {
  const inState = cities.find((c) => c.country === 'US' && context.states.has(c.admin));
  if (inState) return inState;
  const inCountry = context.country ? cities.find((c) => c.country === context.country) : undefined;
  return inCountry ?? cities[0];
}

/** "Fort Richardson National Cemetery in Anchorage": the place named right after a facility. */
function cityAfter(doc: Document, facility: Mention, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find(
    (m) =>
      m.start > facility.end &&
      m.type === 'GPE' &&
      /^\s*(?:,|in|at)\s*(?:the\s+)?$/iu.test(doc.text.slice(facility.end, m.start)),
  );
}
