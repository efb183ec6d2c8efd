/**
 * Turns a dateline's place ("ANCHORAGE") and its qualifiers ("the United States", "Ala.") into a
 * named place with a country: qualifiers first, then the wire services' standalone-city list, then
 * a country of that name, then the most populous city of that name in the world gazetteer.
 */
import { findCities } from '../../geo/cities.js';
import { countryByIso, findCountry } from '../../geo/countries.js';
import { findUsState } from '../../geo/data/us-states.js';
import { STANDALONE_DATELINES } from '../../geo/data/standalone-datelines.js';

export interface ResolvedPlace {
  readonly place: string;
  readonly country?: string;
  readonly countryName?: string;
  readonly region?: string;
  /** Which source settled the country: qualifier, standalone list, country name, gazetteer. */
  readonly via: 'qualifier' | 'standalone' | 'country' | 'gazetteer' | 'unresolved';
}

// Dotted abbreviations stay in capitals: "U.S.", "D.C.".
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** Title case for a place written in capitals: "KING OF PRUSSIA" → "King of Prussia". */

export function titleCase(place: string): string {
  if (/\p{Ll}/u.test(place)) return place.trim();
  const small = new Set(['of', 'the', 'de', 'la', 'le', 'du', 'al', 'el', 'and', 'on', 'upon']);
  return place
    .toLowerCase()
    .split(/(\s+|-)/u)
    .map((w, i) =>
      i > 0 && small.has(w) ? w : DOTTED.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('')
    .replace(/\b(Mc)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .trim();
}

/** Resolves a dateline place with the qualifiers written after it. */
export function resolvePlace(rawPlace: string, qualifiers: readonly string[]): ResolvedPlace {
  const place = titleCase(rawPlace);
  const standalone = STANDALONE_DATELINES.get(place.toLowerCase());
  for (const q of qualifiers) {
    const state = findUsState(q);
    if (state && !findCountry(q)) return withCountry(place, 'US', 'qualifier', state.name);
    const country = findCountry(q);
    const region = standalone?.country === country?.iso2 ? standalone?.region : undefined;
    if (country) return withCountry(place, country.iso2, 'qualifier', region);
  }
  if (standalone) return withCountry(standalone.name, standalone.country, 'standalone', standalone.region);
  const country = findCountry(place);
  if (country) return withCountry(country.name, country.iso2, 'country');
  const city = findCities(place)[0];
  if (city) return withCountry(place, city.country, 'gazetteer');
  return { place, via: 'unresolved' };
}

function withCountry(place: string, iso2: string, via: ResolvedPlace['via'], region?: string): ResolvedPlace {
  const name = countryByIso(iso2)?.name;
  return {
    place,
    country: iso2,
    ...(name ? { countryName: name } : {}),
    ...(region ? { region } : {}),
    via,
  };
}
