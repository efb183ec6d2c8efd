/**
 * Name mentions from the NER model, placed in the text, typed for dateline (PERSON, ORG, GPE, LOC,
 * FACILITY, NORP, MISC), and kept out of publisher furniture: bylined writers are authors, not
 * people in the story, so only agency names survive inside prefix, byline and credit segments.
 */
import type { Document, EntityType, WireSegment } from '../../document/document.js';
import { findCities } from '../../geo/cities.js';
import { findCountry } from '../../geo/countries.js';
import { findUsState } from '../../geo/data/us-states.js';
import { findAgency } from '../wire/agencies.js';
import { findAffiliation, isDemonym } from './data/affiliations.js';
import { FACILITY_FIRST, FACILITY_HEADS } from './data/facility-words.js';
import { isTitleWord } from './title-phrase.js';
import type { NerModel } from './ner/index.js';
import { labelsToSpans, tagDocument } from './ner/index.js';
import type { NerWord } from './ner-view.js';

export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly ner: string;
  readonly sentence: number;
  /** Index of the mention's first and one past its last word in the sentence's NER words. */
  readonly first: number;
  readonly last: number;
  readonly rule: string;
}

/** Tags every sentence and returns the typed name mentions, in text order. */
export function detectMentions(
  doc: Document,
  model: NerModel,
  sentences: readonly NerWord[][],
): NameMention[] {
  const labels = tagDocument(
    model,
    sentences.map((words) => words.map((w) => w.text)),
  );
  const furniture = (doc.layers.wire ?? []).filter((w) => w.kind !== 'dateline');
  const out: NameMention[] = [];
  sentences.forEach((words, s) => {
    const spans = labelsToSpans(labels[s] ?? []).map((x) =>
      withFacilityWord(trimLeadingTitle(x, words), words),
    );
    for (const span of spans) {
      const first = words[span.start];
      const lastWord = words[span.end - 1];
      if (!first || !lastWord) continue;
      const text = doc.text.slice(first.start, lastWord.end);
      const typed = classify(span.type, text, words.slice(span.start, span.end));
      if (!typed) continue;
      const base = { ner: span.type, sentence: s, first: span.start, last: span.end };
      const credits = typed.type === 'ORG' ? agencyParts(text, first.start) : [];
      if (credits.length > 0) {
        for (const c of credits) out.push({ ...c, ...base, type: 'ORG', rule: 'type/agency-credit' });
        continue;
      }
      if (insideFurniture(first.start, furniture)) continue;
      out.push({ start: first.start, end: lastWord.end, type: typed.type, ...base, rule: typed.rule });
    }
  });
  return out;
}

const PARTY_WORDS = new Set(['democrat', 'republican', 'democratic', 'conservative', 'labour', 'liberal']);

/** "Staff John Kelly", "Democrat Ralph Northam", "Mayor Bill de Blasio": the name starts after such words. */
function trimLeadingTitle<T extends { start: number; end: number; type: string }>(
  span: T,
  words: readonly NerWord[],
): T {
  if (span.type !== 'PER') return span;
  let start = span.start;
  while (start < span.end - 1) {
    const lower = words[start]?.text.toLowerCase() ?? '';
    if (!isTitleWord(lower) && !PARTY_WORDS.has(lower)) break;
    start++;
  }
  return { ...span, start };
}

/** "Camp David", "Fort Bragg": a capitalised facility word the tagger left out starts the name. */
function withFacilityWord<T extends { start: number; end: number; type: string }>(
  span: T,
  words: readonly NerWord[],
): T {
  const before = words[span.start - 1]?.text ?? '';
  return /^\p{Lu}/u.test(before) && FACILITY_FIRST.has(before.toLowerCase())
    ? { ...span, start: span.start - 1 }
    : span;
}

/** "NNN-XINHUA" → one span per agency; [] unless every part is a known agency. */
function agencyParts(text: string, offset: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^-/\s]+(?:\s+[^-/\s]+)*/gu)) {
    if (!findAgency(m[0])) return [];
    parts.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return parts;
}

function insideFurniture(at: number, furniture: readonly WireSegment[]): boolean {
  return furniture.some((w) => at >= w.start && at < w.end);
}

const PERSON_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr']);
const ABBREVIATION = /^(?:\p{Lu}\.?){1,5}$/u;

/** dateline's type for a CoNLL-typed name, or undefined to drop it (a title mistaken for a name). */
export function classify(
  ner: string,
  text: string,
  words: readonly NerWord[],
): { type: EntityType; rule: string } | undefined {
  const lower = words.map((w) => w.text.toLowerCase());
  if (isFacility(lower)) return { type: 'FACILITY', rule: 'type/facility-words' };
  // "D.C.", "Ala.", "W. Va.": a US state's abbreviation, whatever the tagger said.
  if (text.includes('.') && findUsState(text)) return { type: 'GPE', rule: 'type/state-abbreviation' };
  // "Trump Jr." is a person whatever the tagger said: only people have a Jr. or Sr.
  if (lower.length >= 2 && PERSON_SUFFIXES.has(lower[lower.length - 1] ?? ''))
    return { type: 'PERSON', rule: 'type/person-suffix' };
  if (ner !== 'PER' && findAffiliation(text)?.org) return { type: 'ORG', rule: 'type/government-org' };
  if (ner === 'PER') {
    return lower.every((w) => isTitleWord(w) || findAffiliation(w))
      ? undefined
      : { type: 'PERSON', rule: 'type/ner-per' };
  }
  if (ner === 'MISC') {
    return words.length === 1 && isDemonym(text)
      ? { type: 'NORP', rule: 'type/demonym' }
      : { type: 'MISC', rule: 'type/ner-misc' };
  }
  if (isPlaceName(text)) return { type: 'GPE', rule: 'type/gazetteer-place' };
  if (ner === 'LOC') return { type: 'LOC', rule: 'type/ner-loc' };
  return { type: 'ORG', rule: 'type/ner-org' };
}

function isFacility(lower: readonly string[]): boolean {
  if (lower.length < 2) return false;
  return FACILITY_HEADS.has(lower[lower.length - 1] ?? '') || FACILITY_FIRST.has(lower[0] ?? '');
}

/** Countries, US states and cities of the gazetteer (at least 15,000 people, to keep "Q&A" out). */
export function isPlaceName(text: string): boolean {
  if (findCountry(text) || findUsState(text)) return true;
  // An abbreviation is no city name: "U.N." and "UN" are not Un, India.
  if (ABBREVIATION.test(text)) return false;
  const city = findCities(text)[0];
  return city !== undefined && city.population >= 15_000;
}
