/**
 * Datelines: "ANCHORAGE, the United States, Aug 16 (NNN-XINHUA) –", "WASHINGTON (Reuters) -",
 * "BEIJING, Aug. 16 (Xinhua) --", "(CNN)", "WASHINGTON -". Found at the start of a line in the head
 * of the story; the place, its qualifiers, the date and the agency credit are read from it.
 */
import { dateNear } from '../../time/iso-date.js';
import { findAgency } from './agencies.js';

export interface DatelineMatch {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  /** The place as written, or '' when the dateline has only an agency: "(Reuters) -". */
  readonly place: string;
  readonly qualifiers: readonly string[];
  /** Further places of a multi-place dateline: "WASHINGTON/NEW YORK". */
  readonly alsoPlaces: readonly string[];
  readonly date?: string;
  /** Agencies in the credit, as written order ("NNN-XINHUA" → NNN, Xinhua). */
  readonly agencies: readonly string[];
  /** Agency names that were not in the lexicon but looked like one ("LifeSiteNews"). */
  readonly unknownAgencies: readonly string[];
}

const WITH_AGENCY = /([^()\n]{0,120}?)[ \t]*\(([^()\n]{0,60})\)[ \t]*(--|[-–—]|:)?[ \t]*/uy;
const NO_AGENCY = /(\p{Lu}[\p{Lu} .'’-]{1,40}?(?:,[^\n,]{1,30}){0,2}?)[ \t]+(--|[-–—])[ \t]+/uy;
const PLACE_IN_PARENS = /\((\p{Lu}[\p{Lu} .'’-]{1,40})\)[ \t]*(--|[-–—])[ \t]*/uy;
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/u;

/** The dateline starting exactly at `at`, if any. `published` gives the year to a date without one. */
export function matchDateline(text: string, at: number, published?: string): DatelineMatch | undefined {
  PLACE_IN_PARENS.lastIndex = at;
  const p = PLACE_IN_PARENS.exec(text);
  if (p && isCapitalisedPlace(p[1] ?? '') && !findAgency(p[1] ?? '')) {
    return {
      rule: 'wire/dateline-place-in-parens',
      start: at,
      end: at + p[0].length,
      place: (p[1] ?? '').trim(),
      qualifiers: [],
      alsoPlaces: [],
      agencies: [],
      unknownAgencies: [],
    };
  }
  WITH_AGENCY.lastIndex = at;
  const m = WITH_AGENCY.exec(text);
  if (m) {
    const found = withAgency(m, at, published);
    if (found) return found;
  }
  NO_AGENCY.lastIndex = at;
  const n = NO_AGENCY.exec(text);
  if (n) {
    const head = parseHead(n[1] ?? '', published);
    if (head && head.place !== '') {
      return {
        rule: 'wire/dateline-no-agency',
        start: at,
        end: at + n[0].length,
        ...head,
        agencies: [],
        unknownAgencies: [],
      };
    }
  }
  return undefined;
}

function withAgency(m: RegExpExecArray, at: number, published?: string): DatelineMatch | undefined {
  const pre = m[1] ?? '';
  const credit = readCredit(m[2] ?? '');
  if (credit.agencies.length === 0 && credit.unknown.length === 0 && m[2]?.trim() !== '') return undefined;
  const known = credit.agencies.length > 0;
  const head =
    pre.trim() === ''
      ? { place: '', qualifiers: [], alsoPlaces: [] }
      : (parseHead(pre, published) ?? (known ? titleCaseHead(pre) : undefined));
  if (!head) return undefined;
  const dash = m[3];
  if (!dash && !known) return undefined;
  const rule = head.place === '' ? 'wire/dateline-agency-only' : 'wire/dateline-place-agency';
  return {
    rule,
    start: at,
    end: at + m[0].length,
    ...head,
    agencies: [...credit.agencies, ...credit.unknown],
    unknownAgencies: credit.unknown,
  };
}

/** "NNN-XINHUA" → [NNN, Xinhua]; "LPC/IFR"; "Reuters on Friday" → [Reuters]; unknown names kept apart. */
function readCredit(raw: string): { agencies: string[]; unknown: string[] } {
  const agencies: string[] = [];
  const unknown: string[] = [];
  const whole = findAgency(raw);
  if (whole) return { agencies: [whole.name], unknown };
  for (const part of raw.split(/\s*[-/]\s*|\s+and\s+/u)) {
    const agency =
      findAgency(part) ??
      part
        .split(/\s+/u)
        .map(findAgency)
        .find((a) => a !== undefined);
    if (agency) agencies.push(agency.name);
    else if (/^\p{Lu}[\p{L}.&'’]{1,30}$/u.test(part.trim())) unknown.push(part.trim());
  }
  return agencies.length > 0 ? { agencies, unknown } : { agencies, unknown: unknown.slice(0, 1) };
}

interface Head {
  place: string;
  qualifiers: string[];
  alsoPlaces: string[];
  date?: string;
}

/** "ANCHORAGE, the United States, Aug 16" → place, qualifiers, date; undefined if not a dateline head. */
function parseHead(pre: string, published?: string): Head | undefined {
  const [first = '', ...more] = pre.trim().split('/');
  const parts = first.split(',').map((p) => p.trim());
  const place = parts[0] ?? '';
  if (!isCapitalisedPlace(place)) return undefined;
  const qualifiers: string[] = [];
  let date: string | undefined;
  for (const [i, part] of parts.slice(1).entries()) {
    if (MONTH.test(part)) {
      date = dateNear(parts.slice(i + 1).join(', '), published);
      break;
    }
    if (part.length > 40 || /\d/u.test(part)) return undefined;
    if (part !== '') qualifiers.push(part);
  }
  const alsoPlaces = more.map((p) => p.split(',')[0]?.trim() ?? '').filter(isCapitalisedPlace);
  return { place, qualifiers, alsoPlaces, ...(date ? { date } : {}) };
}

/** "Washington (CNN)": a place of one to three capitalised words before a known agency's credit. */
function titleCaseHead(pre: string): Head | undefined {
  const place = pre.trim();
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(place)
    ? { place, qualifiers: [], alsoPlaces: [] }
    : undefined;
}

/** At least two letters, almost all of them capitals: "ANCHORAGE", "KING OF PRUSSIA", "ST. LOUIS". */
function isCapitalisedPlace(s: string): boolean {
  if (!/^[\p{L} .'’-]+$/u.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = s.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && upper.length / letters.length >= 0.75;
}
