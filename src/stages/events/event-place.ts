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
import { isDemonym } from '../entities/data/affiliations.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);
/**
 * "in Anchorage", "in north Iraq", "at her Reshimbagh residence", "in the Kurdish-majority Aziziyah
 * district": a place word, an optional determiner and up to two modifiers before the name.
 */
const PLACE_LEADS =
  /(?:\bin|\bat|\bnear|\binside|\boutside|\binto|\bover|\bacross|\bthroughout|\baround|\bthrough|\btowards?|\balong|\bwithin|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|\bvisit(?:ed|ing|s)?)\s+(?:(?:the|a|an|her|his|their|its)\s+)?(?:(?!(?:as|and|or|but|to|that|which|who|when|while|with|for|of|by|on|from|after|before|said|says|is|was|were|are|has|have|had)\s)(?:[a-z][\w'’-]*|\p{Lu}[\w'’]*-[a-z][\w-]*)\s+){0,2}$/u;
/** "U.S. President Donald Trump", "Russian forces": a country describing people is not a place. */
const DESCRIBES_PEOPLE =
  /^\s+(?:President|Prime|Foreign|Defen[cs]e|Secretary|Minister|Ambassador|Senator|Sen\.|Rep\.|officials?|forces|troops|army|military|government|leaders?|envoy|authorities|diplomats?|lawmakers)\b/u;
/** "the city of Nablus", "the towns of Khan Touman": a place named as what kind of place it is. */
const PLACE_OF =
  /\b(?:city|cities|town|towns|village|villages|province|provinces|region|regions|state|district|districts|capital|county|outskirts|suburb|suburbs|port|island|countryside|governorate|municipality|neighbou?rhoods?|area)\s+of\s+$/iu;
/** What comes between a place and the larger place around it. */
const CONTAINER = /^\s*,\s+(?:(?:in|the)\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:of\s+)?$/u;
/** Verbs whose object is where the event happens: "entered Syria", "attacked Damboa", "stormed the hospital". */
const PLACE_OBJECT_VERBS =
  /^(?:(?:enter|attack|storm|raid|bomb|shell|strike|hit|invade|capture|seize|occupy|liberate|besiege|target|visit|tour|overrun|retake|recapture|bombard|pound|evacuate|surround|encircle|reach)(?:s|es|ed|d|ing)?|struck|overran|retook)$/iu;
/** "Damboa town", "the Aziziyah district": a name followed by what kind of place it is. */
const PLACE_AFTER =
  /^\s+(?:city|town|village|district|province|region|countryside|governorate|municipality|neighbou?rhood|area|camp)\b/iu;

/**
 * Place mentions in `window` that the words make a place ("in …", "the city of …", "… district",
 * the object of the event's verb: "entered Syria"): facilities first, then nearest to `anchor`.
 * A name the tagger typed otherwise counts when the words say what kind of place it is ("the
 * towns of Khan Touman").
 */
export function placeMentions(doc: Document, window: Span, anchor?: Span): Mention[] {
  const names = (doc.layers.mentions ?? []).filter(
    (m) => m.kind === 'name' && m.start >= window.start && m.end <= window.end,
  );
  const leads = new Map<Mention, number>();
  for (const m of names) {
    const l = lead(doc, m, anchor);
    // "the cities of Palmyra and Quaryatayn": a name joined to a place takes its lead.
    const previous = [...leads].reverse().find(([p]) => p.end <= m.start && m.start - p.end <= 30);
    const joined =
      // (Not an apposition: "Anchorage, the U.S. state of Alaska" names one place.)
      previous && /^(?:\s*,\s*|\s*,?\s+and\s+)$/u.test(doc.text.slice(previous[0].end, m.start))
        ? previous[1]
        : 0;
    const kind = Math.max(l.kind, joined);
    // "Mogadishu's Yaqshid district", "central China's Henan Province": the place inside the one before.
    const placeLike = PLACE_TYPES.has(m.type) || l.named;
    if (previous && placeLike && /^['’]s\s+$/u.test(doc.text.slice(previous[0].end, m.start))) {
      leads.delete(previous[0]);
      leads.set(m, Math.max(kind, previous[1]));
      continue;
    }
    // "the South Sudanese town of Raga": a nationality describes the place, it is not one.
    if (isDemonym(doc.text.slice(m.start, m.end))) continue;
    if (DESCRIBES_PEOPLE.test(doc.text.slice(m.end, m.end + 16))) continue;
    // "Anchorage, the U.S. state of Alaska", "Lucciana, in upper Corsica": the place around the one before.
    if (previous && CONTAINER.test(doc.text.slice(previous[0].end, m.start))) continue;
    if (kind > 0 && (PLACE_TYPES.has(m.type) || l.named)) leads.set(m, kind);
  }
  const found = [...leads.keys()];
  if (!anchor) return found;
  const distance = (m: Mention): number =>
    m.start >= anchor.end ? m.start - anchor.end : anchor.start - m.end;
  // A facility is the most precise place a sentence gives (its city is read after it).
  const rank = (m: Mention): number => (m.type === 'FACILITY' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b));
}

/**
 * How the words make `m` a place: `kind` 2 after "in", "at", … or as the object of the event's
 * verb, 1 when named as a kind of place ("the city of …", "… district"), else 0; `named` when the
 * words say what kind of place it is, whatever the tagger's type.
 */
function lead(doc: Document, m: Mention, anchor?: Span): { kind: number; named: boolean } {
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  const named = PLACE_OF.test(before) || PLACE_AFTER.test(doc.text.slice(m.end, m.end + 16));
  if (PLACE_LEADS.test(before)) return { kind: 2, named };
  const verb = anchor ? doc.text.slice(anchor.start, anchor.end) : '';
  if (
    anchor &&
    PLACE_OBJECT_VERBS.test(verb) &&
    m.start >= anchor.end &&
    /^\s+(?:the\s+)?$/u.test(doc.text.slice(anchor.end, m.start))
  )
    return { kind: 2, named };
  return { kind: named ? 1 : 0, named };
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
