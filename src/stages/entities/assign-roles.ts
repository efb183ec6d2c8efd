/**
 * Roles from title phrases next to person names: before the name ("U.S. Secretary of State, Marco
 * Rubio") or in apposition after it ("Kirill Dmitriev, Russia's top economic envoy,"). A title with
 * no country in a coordinated list takes the country of the title before it ("U.S. Secretary of
 * State, Marco Rubio, and presidential envoy, Steve Witkoff"): recorded as inferred.
 */
import type { Role } from '../../document/document.js';
import type { NameMention } from './detect-mentions.js';
import type { NerWord } from './ner-view.js';
import type { TitlePhrase } from './title-phrase.js';
import { titleAfter, titleBefore } from './title-phrase.js';

export interface RoleFinding {
  /** Index of the person mention in the mentions list. */
  readonly mention: number;
  readonly role: Role;
  readonly phrase: TitlePhrase;
}

/** Roles for the person mentions of one document. */
export function assignRoles(
  mentions: readonly NameMention[],
  sentences: readonly NerWord[][],
): RoleFinding[] {
  const found: RoleFinding[] = [];
  mentions.forEach((m, index) => {
    if (m.type !== 'PERSON') return;
    const words = sentences[m.sentence] ?? [];
    const before = phraseBefore(words, m);
    const after = before ? undefined : phraseAfter(words, m);
    const phrase = before ?? after;
    if (!phrase) return;
    const rule = before ? 'role/title-before-name' : 'role/appositive-after-name';
    found.push({ mention: index, phrase, role: toRole(phrase, rule) });
  });
  return inheritCoordinatedCountry(found, mentions, sentences);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'with', 'by', 'his', 'her', 'their']);

function phraseBefore(words: readonly NerWord[], m: NameMention): TitlePhrase | undefined {
  const comma = words[m.first - 1]?.text === ',';
  const end = comma ? m.first - 1 : m.first;
  const phrase = titleBefore(words, end);
  if (!phrase || phrase.last !== end) return undefined;
  // "the accusers of the president, Haley said": a noun phrase and a new clause, not a title.
  if (comma && DETERMINERS.has(words[phrase.first - 1]?.text.toLowerCase() ?? '')) return undefined;
  return phrase;
}

function phraseAfter(words: readonly NerWord[], m: NameMention): TitlePhrase | undefined {
  if (words[m.last]?.text !== ',') return undefined;
  const phrase = titleAfter(words, m.last + 1);
  const next = words[phrase?.last ?? -1]?.text;
  return phrase && (next === ',' || next === undefined || next === '.') ? phrase : undefined;
}

function toRole(phrase: TitlePhrase, rule: string, inferredCountry?: string): Role {
  const country = phrase.country ?? inferredCountry;
  return {
    title: phrase.title,
    ...(country ? { country } : {}),
    ...(phrase.org ? { org: phrase.org } : {}),
    sector: phrase.sector,
    span: phrase.span,
    rule,
    ...(inferredCountry ? { inferred: true, countryFrom: 'coordination' as const } : {}),
  };
}

/** "A, and B": B's title without a country takes A's, when only ", and" stands between them. */
function inheritCoordinatedCountry(
  found: RoleFinding[],
  mentions: readonly NameMention[],
  sentences: readonly NerWord[][],
): RoleFinding[] {
  return found.map((f, i) => {
    const prev = found[i - 1];
    const m = mentions[f.mention];
    const pm = prev ? mentions[prev.mention] : undefined;
    if (f.role.country || !prev?.role.country || !m || !pm || pm.sentence !== m.sentence) return f;
    const between = (sentences[m.sentence] ?? [])
      .slice(pm.last, f.phrase.first)
      .map((w) => w.text.toLowerCase());
    if (!between.every((w) => w === ',' || w === 'and' || w === 'while' || w === 'as' || w === 'well'))
      return f;
    return { ...f, role: toRole(f.phrase, 'role/coordinated-affiliation', prev.role.country) };
  });
}
