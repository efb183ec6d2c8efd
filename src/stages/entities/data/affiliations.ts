/**
 * Words that tie a person or title to a country (ISO 3166 alpha-3): demonyms and country names come
 * from the country data; organizations that stand for a government ("the Kremlin", "the White
 * House") are listed here with the organization they name.
 */
import { countryByIso, findCountry, findCountryByDemonym } from '../../../geo/countries.js';

export interface Affiliation {
  readonly country: string;
  /** Set when the word is an organization standing for a government: "Kremlin". */
  readonly org?: string;
  readonly sector?: 'GOV' | 'MIL' | 'LEG' | 'MED';
}

const ORGS: Readonly<Record<string, Affiliation>> = {
  kremlin: { country: 'RUS', org: 'the Kremlin', sector: 'GOV' },
  'white house': { country: 'USA', org: 'the White House', sector: 'GOV' },
  pentagon: { country: 'USA', org: 'the Pentagon', sector: 'MIL' },
  'state department': { country: 'USA', org: 'the State Department', sector: 'GOV' },
  'downing street': { country: 'GBR', org: 'Downing Street', sector: 'GOV' },
  elysee: { country: 'FRA', org: 'the Elysee', sector: 'GOV' },
  élysée: { country: 'FRA', org: 'the Élysée', sector: 'GOV' },
  zhongnanhai: { country: 'CHN', org: 'Zhongnanhai', sector: 'GOV' },
  congress: { country: 'USA', org: 'Congress', sector: 'LEG' },
  cia: { country: 'USA', org: 'the CIA', sector: 'GOV' },
  fbi: { country: 'USA', org: 'the FBI', sector: 'GOV' },
  nsa: { country: 'USA', org: 'the NSA', sector: 'GOV' },
  'justice department': { country: 'USA', org: 'the Justice Department', sector: 'GOV' },
  'defense department': { country: 'USA', org: 'the Defense Department', sector: 'MIL' },
  'homeland security': { country: 'USA', org: 'Homeland Security', sector: 'GOV' },
  'ministry of defence': { country: 'GBR', org: 'the Ministry of Defence', sector: 'MIL' },
  bundestag: { country: 'DEU', org: 'the Bundestag', sector: 'LEG' },
  duma: { country: 'RUS', org: 'the Duma', sector: 'LEG' },
  senate: { country: 'USA', org: 'the Senate', sector: 'LEG' },
};

/** Demonyms that the country data does not give as such. */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  soviet: 'RUS',
  british: 'GBR',
  american: 'USA',
  european: '',
  emirati: 'ARE',
  saudi: 'SAU',
  'north korean': 'PRK',
  'south korean': 'KOR',
  palestinian: 'PSE',
  israeli: 'ISR',
};

/** The affiliation a word or phrase gives: "Russian", "U.S.", "Russia", "Kremlin" → country (and org). */
/** True for a word naming a people or nationality, with or without a single country: "European". */
export function isDemonym(word: string): boolean {
  const key = word.toLowerCase();
  return key in EXTRA_DEMONYMS || findCountryByDemonym(key) !== undefined;
}

/** Alpha-3 code to the country's common name ('RUS' → 'Russia'). */
export function countryName(iso3: string): string | undefined {
  return countryByIso(iso3)?.name;
}

export function findAffiliation(phrase: string): Affiliation | undefined {
  const key = phrase
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[’']s$/u, '')
    .trim();
  const org = ORGS[key];
  if (org) return org;
  const extra = EXTRA_DEMONYMS[key];
  if (extra !== undefined) return extra === '' ? undefined : { country: extra };
  const country = findCountryByDemonym(key) ?? findCountry(key);
  return country ? { country: country.iso3 } : undefined;
}
