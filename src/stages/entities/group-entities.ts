/**
 * Groups name mentions into document entities with a canonical name: a person's fullest name
 * ("Trump" → Donald Trump, linked to the latest earlier full name that ends or starts with it),
 * a country's common name ("U.S." → United States), an agency's canonical name, a place in title
 * case ("ANCHORAGE" → Anchorage).
 */
import type { Entity, EntityType } from '../../document/document.js';
import { findCities } from '../../geo/cities.js';
import { countryByIso, findCountry } from '../../geo/countries.js';
import { findUsState } from '../../geo/data/us-states.js';
import { titleCase } from '../wire/resolve-place.js';
import { findAgency } from '../wire/agencies.js';
import { findAffiliation } from './data/affiliations.js';

export interface Named {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

export interface Grouping {
  readonly entities: Entity[];
  /** Entity id of each named mention, by index. */
  readonly entityOf: string[];
}

/** Entities for `mentions` (in text order); `text` is the document text, `datelineCountry` alpha-2. */
export function groupEntities(text: string, mentions: readonly Named[], datelineCountry?: string): Grouping {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const entityOf: string[] = [];
  const persons: Entity[] = [];
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end).replace(/\s+/gu, ' ').trim();
    const found = m.type === 'PERSON' ? findPerson(persons, surface) : byKey.get(keyFor(m.type, surface));
    let entity = found;
    if (!entity) {
      entity = {
        id: `e${entities.length + 1}`,
        type: m.type,
        name: canonicalName(m.type, surface),
        roles: [],
        mentions: [],
        ...placeCountry(m.type, surface, datelineCountry),
      };
      entities.push(entity);
      if (m.type === 'PERSON') persons.push(entity);
      else byKey.set(keyFor(m.type, surface), entity);
    } else if (m.type === 'PERSON' && surface.split(' ').length > entity.name.split(' ').length) {
      entity.name = surface;
    }
    entityOf.push(entity.id);
  }
  return { entities, entityOf };
}

/** The person a name refers to: the same full name, or the latest whose name starts or ends with it. */
function findPerson(persons: readonly Entity[], surface: string): Entity | undefined {
  const lower = surface.toLowerCase();
  const words = lower.split(' ');
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i];
    if (!p) continue;
    const name = p.name.toLowerCase();
    if (name === lower) return p;
    const parts = name.split(' ');
    if (words.length === 1 && (parts[parts.length - 1] === lower || parts[0] === lower)) return p;
    if (words.length > 1 && parts.length === 1 && words[words.length - 1] === name) return p;
  }
  return undefined;
}

function keyFor(type: EntityType, surface: string): string {
  if (type === 'GPE') {
    const country = findCountry(surface);
    if (country) return `country:${country.iso3}`;
  }
  if (type === 'ORG') {
    const agency = findAgency(surface);
    if (agency) return `agency:${agency.name}`;
  }
  return `${type}:${surface.toLowerCase().replace(/^the\s+/u, '')}`;
}

function canonicalName(type: EntityType, surface: string): string {
  if (type === 'GPE') {
    const country = findCountry(surface);
    if (country) return country.name;
    const state = findUsState(surface);
    if (state) return state.name;
  }
  if (type === 'ORG') {
    const agency = findAgency(surface);
    if (agency)
      return (
        agency.forms.find((f) => f.length > 3 && f[0] === f[0]?.toUpperCase() && f !== f.toUpperCase()) ??
        agency.name
      );
  }
  // Places written in capitals in a dateline ("ANCHORAGE") read better in title case; names keep their case.
  return type === 'GPE' || type === 'LOC' || type === 'FACILITY' ? titleCase(surface) : surface;
}

/** The country (alpha-3) of a place or nationality; cities prefer the dateline's country. */
function placeCountry(type: EntityType, surface: string, datelineCountry?: string): { country?: string } {
  if (type === 'GPE') {
    const country = findCountry(surface);
    if (country) return { country: country.iso3 };
    if (findUsState(surface)) return { country: 'USA' };
    const cities = findCities(surface);
    const city = cities.find((c) => c.country === datelineCountry) ?? cities[0];
    const iso3 = city ? countryByIso(city.country)?.iso3 : undefined;
    return iso3 ? { country: iso3 } : {};
  }
  if (type === 'NORP') {
    const aff = findAffiliation(surface);
    return aff ? { country: aff.country } : {};
  }
  return {};
}
