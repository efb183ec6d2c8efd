/**
 * Countries by name, alias and demonym, from the `world-countries` data package plus the short
 * forms news writers use ("U.S.", "the United States", "Britain", "the Kremlin" is not here: that is
 * an organization, handled by the entities stage).
 */
import { createRequire } from 'node:module';
import { COUNTRY_ALIASES } from './data/country-aliases.js';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly iso2: string;
  /** ISO 3166-1 alpha-3. */
  readonly iso3: string;
  readonly name: string;
  readonly demonym?: string;
  readonly capital?: string;
  readonly lat?: number;
  readonly lon?: number;
}

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng?: number[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

let index:
  { byKey: Map<string, Country>; byIso: Map<string, Country>; byDemonym: Map<string, Country> } | undefined;

/** Lower-cased, "the " dropped, dots and extra spaces removed: "the U.S." → "us". */
export function countryKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[.\u2019']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function build(): NonNullable<typeof index> {
  const require = createRequire(import.meta.url);
  const raw = require('world-countries/countries.json') as RawCountry[];
  const byKey = new Map<string, Country>();
  const byIso = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const independent = new Set<string>();
  for (const r of raw) {
    const country: Country = {
      iso2: r.cca2,
      iso3: r.cca3,
      name: r.name.common,
      ...(r.demonyms?.eng?.m ? { demonym: r.demonyms.eng.m } : {}),
      ...(r.capital?.[0] ? { capital: r.capital[0] } : {}),
      ...(r.latlng?.length === 2 ? { lat: r.latlng[0] as number, lon: r.latlng[1] as number } : {}),
    };
    // "French" is also the demonym of French territories: independent states win a shared demonym.
    const demonym = country.demonym?.toLowerCase();
    if (demonym && (!byDemonym.has(demonym) || r.independent)) {
      if (!(byDemonym.has(demonym) && independent.has(byDemonym.get(demonym)?.iso2 ?? '')))
        byDemonym.set(demonym, country);
    }
    if (r.independent) independent.add(r.cca2);
    byIso.set(r.cca2, country);
    byIso.set(r.cca3, country);
    for (const name of [
      r.name.common,
      r.name.official,
      ...(r.altSpellings ?? []).filter((s) => s.length > 3),
    ]) {
      if (!byKey.has(countryKey(name))) byKey.set(countryKey(name), country);
    }
  }
  for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) {
    const country = byIso.get(iso2);
    if (country) byKey.set(countryKey(alias), country);
  }
  return { byKey, byIso, byDemonym };
}

/** The country a demonym names: `findCountryByDemonym('Russian')?.iso3` → `'RUS'`. */
export function findCountryByDemonym(word: string): Country | undefined {
  index ??= build();
  return index.byDemonym.get(word.toLowerCase());
}

/** The country a name stands for: `findCountry('the United States')?.iso2` → `'US'`. */
export function findCountry(name: string): Country | undefined {
  index ??= build();
  return index.byKey.get(countryKey(name));
}

/** The country with ISO code `code` (alpha-2 or alpha-3). */
export function countryByIso(code: string): Country | undefined {
  index ??= build();
  return index.byIso.get(code.toUpperCase());
}
