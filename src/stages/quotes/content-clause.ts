/**
 * Whether the words after a cue are a reported clause, and where it ends: past time and place
 * phrases at its start, at the comma before a main clause, a noun phrase for verbs reported with
 * one ("denounced the plan"). Used by `frame-content.ts`.
 */
import type { Span } from '../../document/span.js';
import type { Frame } from './find-frames.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Word } from './speaker-phrase.js';

/**
 * The content of a frame whose content can only follow ("…, adding that …", "and criticized …"):
 * a clause (a verb of its own, "that", a quotation), else a noun phrase for the verbs reported
 * with one ("and denounced the plan"), else none ("said nothing", "added 3 points").
 */
export function afterOnly(
  text: string,
  words: readonly Word[],
  frame: Frame,
  span: Span,
  stretches: readonly QuotedStretch[],
): Span[] {
  const quoted = stretches.some((s) => s.depth === 0 && s.end > span.start && s.start < span.end);
  const inside = wordsWithin(words, span);
  const verb = inside.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const head = text.slice(span.start, Math.min(span.end, span.start + 20));
  // "X, who declined to comment, was born in …": the comma closes an aside; the verb is X's.
  if (inside[0]?.text === ',' && inside[1]?.pos === 'AUX') return [];
  if (quoted || verb || /^\s*that\b/iu.test(head)) return [span];
  // "and wrote a children's book" is authorship, not a report.
  return frame.lemma !== 'write' && npContent(frame, words, span, text) ? [untilComma(text, span)] : [];
}

const LEAD_WORDS = new Set([
  'on',
  'at',
  'in',
  'during',
  'after',
  'before',
  'earlier',
  'later',
  'last',
  'this',
  'from',
  'with',
  'to',
  'recently',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'yesterday',
  'today',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const PP_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

const OPENING = /^["“‘«]$/u;
const CLOSING = /^["”’»]$/u;
/** Longest title in quote marks taken as part of a phrase: `on NBC’s “Meet the Press” that …`. */
const MAX_NAME_WORDS = 8;

/** Past a short quoted name inside a phrase, when "that" follows it; else `k` unchanged. */
function pastQuotedName(words: readonly Word[], k: number): number {
  if (!OPENING.test(words[k]?.text ?? '')) return k;
  for (let j = k + 1; j < words.length && j <= k + MAX_NAME_WORDS; j++) {
    if (CLOSING.test(words[j]?.text ?? '')) return words[j + 1]?.lower === 'that' ? j + 1 : k;
  }
  return k;
}

/** The first word of the clause after a cue, past time and place phrases: "said on Friday during a news conference that …". */
export function clauseStart(words: readonly Word[], from: number, right: number): number {
  let k = from;
  while (k < words.length && (words[k]?.start ?? right) < right && LEAD_WORDS.has(words[k]?.lower ?? '')) {
    k++;
    while (k < words.length && PP_WORDS.has(words[k]?.pos ?? '') && words[k]?.lower !== 'that') k++;
    k = pastQuotedName(words, k);
    if (words[k]?.text === ',') k++;
  }
  const w = words[k];
  if (k === from || !w) return from;
  // Keep the skip only when a clause follows ("that", a subject, a quotation); else the phrase is content.
  return /^(?:that|he|she|they|it|we|i|the|a|an|his|her|their)$/u.test(w.lower) ||
    w.pos === 'PROPN' ||
    /^["“‘'«]/u.test(w.text)
    ? k
    : from;
}

/**
 * The content after the cue of a subordinate clause ends at the comma before the main clause (one
 * with a verb): "While Ramos said that journalists …, he appears …". One pass over the words.
 */
export function untilMainClause(
  text: string,
  words: readonly Word[],
  span: Span,
  stretches: readonly QuotedStretch[],
): Span {
  // "After Clinton testified, Gowdy …": the clause ends with the cue.
  if (/^\s*,\s*[^\s"“‘'«]/u.test(text.slice(span.start, Math.min(span.end, span.start + 20))))
    return { start: span.start, end: span.start };
  const inside = wordsWithin(words, span);
  const lastVerb = inside.findLastIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const quotations = stretches.filter((s) => s.depth === 0 && s.end > span.start && s.start < span.end);
  let q = 0;
  let content = false;
  for (const [k, w] of inside.entries()) {
    while (q < quotations.length && (quotations[q]?.end ?? 0) <= w.start) q++;
    const quoted = (quotations[q]?.start ?? Infinity) < w.start;
    // "when she said, “…”", "her comment that, “…”": no content yet before this comma.
    if (w.text === ',' && content && !quoted)
      return k < lastVerb ? { start: span.start, end: w.start } : span;
    content ||= /\p{L}{2,}/u.test(w.text) && w.lower !== 'that';
  }
  return span;
}

/** A noun phrase ends at a comma: "announced his candidacy last spring, Mook was …". */
export function untilComma(text: string, span: Span): Span {
  const comma = text.slice(span.start, span.end).search(/[,;]/u);
  return comma < 0 ? span : { start: span.start, end: span.start + comma };
}

/** A noun phrase as content ("announced his resignation"), for verbs that report with one; not a bare time or number. */
export function npContent(frame: Frame, words: readonly Word[], span: Span, text: string): boolean {
  if (!NP_CONTENT.has(frame.lemma)) return false;
  // "reported from Los Angeles", "responded by pointing": a preposition starts no reported content.
  const first = words.find((w) => w.start >= span.start);
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) return false;
  return !/^\s*(?:\d|(?:on|last|this|early|late|earlier|later)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|so|nothing|january|february|march|april|may|june|july|august|september|october|november|december)\b)/iu.test(
    text.slice(span.start, span.end),
  );
}

const NP_CONTENT = new Set([
  'say',
  'announce',
  'claim',
  'deny',
  'confirm',
  'admit',
  'acknowledge',
  'reveal',
  'disclose',
  'declare',
  'predict',
  'promise',
  'vow',
  'pledge',
  'describe',
  'criticize',
  'criticise',
  'call',
  'praise',
  'recall',
  'report',
  'mention',
  'suggest',
  'tweet',
  'write',
  'estimate',
  'denounce',
  'decry',
  'accuse',
  'blame',
  'charge',
  'allege',
  'propose',
  'point',
]);

export function isClause(words: readonly Word[], span: Span, stretches: readonly QuotedStretch[]): boolean {
  if (stretches.some((s) => s.depth === 0 && s.end > span.start && s.start < span.end)) return true;
  const inside = wordsWithin(words, span);
  const v = inside.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  // "underscored progress but offered no details": a verb right after a conjunction is a second
  // predicate of the same subject, not a reported clause.
  return v >= 0 && !(v > 0 && inside[v - 1]?.pos === 'CCONJ');
}

/** The words lying wholly inside `span`, found by binary search (words are in text order). */
function wordsWithin(words: readonly Word[], span: Span): readonly Word[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < words.length && (words[end]?.end ?? Infinity) <= span.end) end++;
  return words.slice(lo, end);
}
