/**
 * The quotes stage: quotation marks paired into stretches, attribution frames (cue, speaker,
 * content) per sentence, floating quotations that continue a speaker, speakers resolved to
 * entities, and settings (press conference, interview with an outlet, statement, post, …). Writes
 * `quoted` (every stretch in quote marks, with its role: speech, term or title) and `quotes`.
 */
import type { Document, Quote, QuotedRole, QuotedSpan, QuoteSetting } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import type { DraftQuote } from './build-quotes.js';
import { attributedQuotes, floatingQuotes, sentenceWords } from './build-quotes.js';
import type { SettingCache } from './find-setting.js';
import { findSetting } from './find-setting.js';
import type { QuotedStretch } from './quote-marks.js';
import { findQuotedStretches, paragraphs } from './quote-marks.js';
import { continuedSpeaker, resolveSpeaker } from './resolve-speaker.js';

const TITLE_LEAD =
  /\b(?:film|movie|book|memoir|song|album|show|series|programme|program|titled|entitled|headlined|column|article|op-ed|documentary|play|novel|slogan|hashtag|motto|campaign|operation|dubbed|nicknamed)\W*$/iu;

export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['wire', 'tokens', 'sentences', 'mentions', 'entities'],
  writes: ['quoted', 'quotes'],
  run(doc: Document): void {
    const stretches = findQuotedStretches(doc.text);
    const sentences = sentenceWords(doc);
    const paraStarts = paragraphs(doc.text).map((p) => p.start);
    const paragraphOf = (offset: number): number => upperBound(paraStarts, offset);
    const attributed = attributedQuotes(doc.text, sentences, stretches);
    const floating = floatingQuotes(doc.text, sentences, stretches, attributed, paragraphOf);
    const drafts = [...attributed, ...floating];
    const quotes = finishQuotes(doc, drafts);
    const order = quotes.map((q, i) => ({ q, i })).sort((a, b) => a.q.start - b.q.start);
    const renumber = new Map(order.map(({ i }, k) => [i, `q${k + 1}`]));
    doc.layers.quotes = order.map(({ q, i }) => {
      const continues = drafts[i]?.continues;
      const link = continues === undefined ? undefined : renumber.get(continues);
      return { ...q, id: renumber.get(i) ?? q.id, ...(link ? { continues: link } : {}) };
    });
    doc.layers.quoted = quotedLayer(doc.text, stretches, drafts, renumber);
    doc.provenance.quoted = { stage: 'quotes', rule: 'quote-marks/1' };
    doc.provenance.quotes = { stage: 'quotes', rule: 'quote-rules/1' };
  },
};

/** Quotes with speakers resolved and settings found, in draft order (floating ones refer back by index). */
function finishQuotes(doc: Document, drafts: readonly DraftQuote[]): Quote[] {
  const out: Quote[] = [];
  const settings: SettingCache = new Map();
  drafts.forEach((d, i) => {
    const first = d.parts[0];
    const last = d.parts[d.parts.length - 1];
    if (!first || !last) return;
    const speaker =
      d.speaker !== undefined
        ? resolveSpeaker(doc, d.speaker)
        : continuedSpeaker(first.start, d.continues === undefined ? undefined : out[d.continues]?.speaker);
    const setting = d.cue ? ownSetting(doc.text, d, settings) : undefined;
    out[i] = {
      id: `q${i + 1}`,
      kind: d.kind,
      start: first.start,
      end: last.end,
      ...(d.parts.length > 1 ? { parts: d.parts } : {}),
      quoted: d.quoted,
      ...(speaker ? { speaker } : {}),
      ...(d.cue ? { cue: d.cue } : {}),
      ...(setting ? { setting } : {}),
      rule: d.rule,
    };
  });
  return carrySettings(out);
}

/** The setting in the cue's sentence, outside the quote's own content. */
function ownSetting(text: string, d: DraftQuote, cache: SettingCache): QuoteSetting | undefined {
  if (!d.cue) return undefined;
  const setting = findSetting(text, d.sentence, d.cue, cache);
  if (!setting) return undefined;
  const insideContent = d.parts.some((p) => setting.start < p.end && p.start < setting.end);
  return insideContent ? undefined : setting;
}

/** A quote with no setting of its own takes the previous quote's when the speaker is the same. */
function carrySettings(quotes: readonly Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const carried = new Map<Quote, QuoteSetting>();
  sorted.forEach((q, k) => {
    const prev = sorted[k - 1];
    const prevSetting = prev ? (prev.setting ?? carried.get(prev)) : undefined;
    if (q.setting || !prev || !prevSetting || !q.speaker?.entity || q.speaker.entity !== prev.speaker?.entity)
      return;
    carried.set(q, { ...prevSetting, inferred: true });
  });
  return quotes.map((q) => {
    const setting = carried.get(q);
    return setting ? { ...q, setting } : q;
  });
}

function quotedLayer(
  text: string,
  stretches: readonly QuotedStretch[],
  drafts: readonly DraftQuote[],
  ids: ReadonlyMap<number, string>,
): QuotedSpan[] {
  const owner = new Map<QuotedStretch, string>();
  drafts.forEach((d, i) => {
    for (const s of d.stretches) owner.set(s, ids.get(i) ?? '');
  });
  return stretches.map((s) => {
    const outer = owner.get(s) ?? ownerOfEnclosing(s, stretches, owner);
    const role: QuotedRole = outer ? 'speech' : roleOf(text, s);
    return {
      start: s.start,
      end: s.end,
      role,
      closed: s.closed,
      ...(outer ? { quote: outer } : {}),
      rule: s.rule,
    };
  });
}

function ownerOfEnclosing(
  s: QuotedStretch,
  stretches: readonly QuotedStretch[],
  owner: ReadonlyMap<QuotedStretch, string>,
): string | undefined {
  if (s.depth === 0) return undefined;
  const outer = stretches.find((o) => o.depth === 0 && o.start < s.start && o.end >= s.end);
  return outer ? owner.get(outer) : undefined;
}

/** A title ("the film “Eclipsed”", a Title Case name) or else a term or scare quote. */
function roleOf(text: string, s: Span & { inner: Span }): QuotedRole {
  const inner = text.slice(s.inner.start, s.inner.end).replace(/[,.;:!?]+$/u, '');
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  if (TITLE_LEAD.test(before)) return 'title';
  const words = inner.split(/\s+/u).filter((w) => w.length > 0);
  const titleCase =
    words.length >= 2 && words.every((w) => /^\p{Lu}|^(?:of|the|and|a|an|in|on|for|to|at|with)$/u.test(w));
  return titleCase ? 'title' : 'term';
}

/** Index of the last start ≤ offset (the paragraph holding `offset`). */
function upperBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
