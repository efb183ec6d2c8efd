/**
 * Rules for the furniture that precedes a wire story's dateline: publisher prefix lines, agency
 * bylines, "By …" lines and correction notes. Each rule has an id (recorded on what it marks) and a
 * reason; a rule matches at the current position only (sticky), so rules compose in any order.
 */
import type { WireKind } from '../../document/document.js';

export interface HeadMatch {
  readonly kind: WireKind;
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  /** Publication date the furniture states (ISO). */
  readonly published?: string;
  /** Agencies named, innermost (closest to the origin) first. */
  readonly agencies?: readonly string[];
  /** Agency that originated the story, when the furniture says so ("by Xinhua writers"). */
  readonly origin?: string;
  readonly bylines?: readonly string[];
}

export interface HeadRule {
  readonly id: string;
  readonly reason: string;
  readonly pattern: RegExp;
  readonly build: (m: RegExpExecArray) => Omit<HeadMatch, 'rule' | 'start' | 'end'>;
}

// A name word is capitalised but not all capitals, so "By Sharon Bernstein HAVANA (Reuters)" stops at the dateline.
const WORD = String.raw`\p{Lu}(?:\.|[\p{Ll}'’][\p{L}'’-]*)`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,3}`;

/** "Tan Jingjing, Gao Shan and Xiong Maoling" → three names. */
export function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .map((s) => s.trim())
    .filter((s) => new RegExp(`^${NAME}$`, 'u').test(s));
}

export const HEAD_RULES: readonly HeadRule[] = [
  {
    id: 'wire/menafn-prefix',
    reason: 'MENAFN republishing line: "date YYYY-MM-DD MENAFN - <carrier>)"',
    pattern: /[ \t]*date (\d{4}-\d{2}-\d{2}) (MENAFN) - ([^)\n]{1,80})\)/suy,
    build: (m) => ({ kind: 'prefix', published: m[1] ?? '', agencies: [m[3] ?? '', m[2] ?? ''] }),
  },
  {
    id: 'wire/agency-writers-byline',
    reason: 'Agency byline: "by Xinhua writers A, B, C"',
    pattern: new RegExp(
      String.raw`[ \t]*by ([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?) (?:staff )?(?:writers?|reporters?|correspondents?) ((?:${NAME})(?:\s*(?:,|and|&)\s*${NAME})*)`,
      'uy',
    ),
    build: (m) => ({ kind: 'byline', origin: m[1] ?? '', bylines: splitNames(m[2] ?? '') }),
  },
  {
    id: 'wire/correction-note',
    reason: 'Correction or refile note in parentheses before the story: "(Corrects … in this Dec. 19 story)"',
    pattern:
      /[ \t]*\(\(?(?:[^()\n]*\b(?:[Cc]orrects?|[Cc]orrected|[Rr]efiles?|[Rr]efiled|[Uu]pdates|[Tt]his version|[Aa]dds)\b[^()\n]*)\)\)?/uy,
    build: () => ({ kind: 'correction' }),
  },
  {
    id: 'wire/by-line',
    reason: 'A "By A and B" byline before the dateline',
    pattern: new RegExp(String.raw`[ \t]*By ((?:${NAME})(?:\s*(?:,|and|&)\s*${NAME})*)(?=\s|$)`, 'uy'),
    build: (m) => ({ kind: 'byline', bylines: splitNames(m[1] ?? '') }),
  },
];

/** Applies head rules at `at` repeatedly (and across blank lines) until none matches. */
export function matchHead(text: string, at: number): { matches: HeadMatch[]; end: number } {
  const matches: HeadMatch[] = [];
  let cursor = at;
  for (let guard = 0; guard < 8; guard++) {
    const next = skipBlank(text, cursor);
    const found = firstMatch(text, next);
    if (!found) break;
    matches.push(found);
    cursor = found.end;
  }
  return { matches, end: cursor };
}

function firstMatch(text: string, at: number): HeadMatch | undefined {
  for (const rule of HEAD_RULES) {
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const start = at + (m[0].length - m[0].trimStart().length);
    return { ...rule.build(m), rule: rule.id, start, end: at + m[0].length };
  }
  return undefined;
}

function skipBlank(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}
