/**
 * Name lists for the NER gazetteer from the PETRARCH/Phoenix actor dictionaries (MIT licence,
 * Open Event Data Alliance): people, organizations and places with their synonyms. This is a
 * small extraction for features only, not a dictionary parser: each entry (a name line, its `+`
 * synonyms and its `[CODE dates]` lines) is sorted into PER, ORG or LOC by simple signals and
 * skipped when they disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lower-case phrases by type, plus first and last names of the people. */
export interface PetrarchNames {
  per: string[];
  org: string[];
  loc: string[];
  first: string[];
  last: string[];
}

interface Entry {
  file: string;
  names: string[];
  codes: string[];
  comment: string;
}

const FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];

const ORG_KEYWORDS = new Set(
  `party front army brigade brigades organization organisation council committee union association agency ministry
commission movement group groups bank fund forces force police court tribunal institute university league federation
alliance coalition corporation company inc corp ltd co airlines network news times press radio television tv
assembly parliament congress senate government cabinet office department board authority service services
foundation society church council centre center program programme initiative secretariat command guard guards
militia jihad mujahideen hezbollah hamas taliban faction cell cells battalion regiment division navy fleet`.split(
    /\s+/,
  ),
);

const TITLE_WORDS = new Set(
  `president vice prime minister chancellor secretary secretary-general general senator governor mayor king queen
prince princess pope cardinal bishop archbishop sheikh shaikh colonel col. gen. lt. dr. dr mr. mr mrs. mrs ms. ms
ambassador envoy spokesman leader premier judge justice chief acting deputy foreign defense defence interior finance
former late mullah ayatollah emir amir sultan crown sir lord lady`.split(/\s+/),
);

function phrase(raw: string): string {
  return raw
    .replace(/\(.*?\)/g, ' ')
    .replace(/[_\s]+/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/^the /, '');
}

function parseFile(file: string, text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash) : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => (m[1] ?? '').trim());
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^[A-Za-z0-9]/.test(raw) && name !== '') {
      current = { file, names: [phrase(name)], codes, comment };
      entries.push(current);
    } else if (raw.startsWith('+') && current && name.length > 1) {
      current.names.push(phrase(name.slice(1)));
      current.codes.push(...codes);
    } else if (current) current.codes.push(...codes);
    if (current && comment !== '') current.comment += comment;
  }
  return entries;
}

function hasOrgWord(name: string): boolean {
  return name.split(' ').some((w) => ORG_KEYWORDS.has(w));
}

type NameType = 'per' | 'org' | 'loc';

function classify(entry: Entry): NameType | undefined {
  const main = entry.names[0] ?? '';
  const dated = entry.codes.some((c) => /\d{4}/.test(c)) || /CountryInfo|IGOrulers/.test(entry.comment);
  const bare = entry.codes.length > 0 && entry.codes.every((c) => /^[A-Z]{3}$/.test(c));
  if (entry.file.includes('Countries') && bare) return 'loc';
  if (hasOrgWord(main) || entry.file.includes('MilNonState') || entry.codes.some((c) => c.startsWith('MNC')))
    return 'org';
  if (dated) return 'per';
  if (!main.includes(' ') && main.length <= 6 && entry.codes.some((c) => /^(IGO|NGO)/.test(c))) return 'org';
  return undefined;
}

function withoutTitles(name: string): string[] {
  const tokens = name.split(' ');
  while (tokens.length > 1 && TITLE_WORDS.has(tokens[0] ?? '')) tokens.shift();
  return tokens;
}

function addPerson(name: string, out: PetrarchNames): void {
  if (hasOrgWord(name)) return;
  const tokens = withoutTitles(name);
  out.per.push(tokens.join(' '));
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length >= 2 && first.length > 2) out.first.push(first);
  if (last.length > 2) out.last.push(last);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter((p) => p !== '' && /\p{L}/u.test(p)))].sort();
}

/**
 * Person, organization and place names from the dictionaries folder, deterministic and sorted.
 * @example petrarchNames(dir).per.includes('hamid karzai') // true
 */
export function petrarchNames(dir: string): PetrarchNames {
  const out: PetrarchNames = { per: [], org: [], loc: [], first: [], last: [] };
  for (const file of FILES) {
    for (const entry of parseFile(file, readFileSync(join(dir, file), 'utf8'))) {
      const type = classify(entry);
      if (type === 'per') entry.names.forEach((n) => addPerson(n, out));
      else if (type) out[type].push(...entry.names);
    }
  }
  return {
    per: unique(out.per),
    org: unique(out.org),
    loc: unique(out.loc),
    first: unique(out.first),
    last: unique(out.last),
  };
}
