/**
 * Quotes from attribution frames, sentence by sentence, then floating quotations: a paragraph that
 * is a quotation with no cue of its own continues the previous quote's speaker.
 */
import type { Document, QuoteKind } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Frame } from './find-frames.js';
import { findFrames } from './find-frames.js';
import { frameContent } from './frame-content.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Word } from './speaker-phrase.js';

/** A quote before its speaker is resolved to an entity. */
export interface DraftQuote {
  readonly kind: QuoteKind;
  readonly parts: Span[];
  readonly quoted: Span[];
  readonly stretches: QuotedStretch[];
  /** The speaker words; undefined for a floating quote. */
  readonly speaker?: Span;
  readonly cue?: Span & { lemma: string };
  /** The sentence of the cue (for settings), or of the floating quotation. */
  readonly sentence: Span;
  /** Index of the quote this one continues, for a floating quote. */
  readonly continues?: number;
  readonly rule: string;
}

/** Words of each sentence, outside publisher furniture. */
export function sentenceWords(doc: Document): { sentence: Span; words: Word[] }[] {
  const tokens = doc.layers.tokens ?? [];
  const furniture = doc.layers.wire ?? [];
  const inFurniture = (s: Span): boolean => furniture.some((f) => s.start >= f.start && s.end <= f.end);
  const names = (doc.layers.mentions ?? []).filter((m) => m.kind === 'name');
  let n = 0;
  const out = (doc.layers.sentences ?? []).map((sentence) => {
    const words: Word[] = [];
    for (let t = sentence.tokens.start; t < sentence.tokens.end; t++) {
      const token = tokens[t];
      if (!token || inFurniture(token)) continue;
      const text = doc.text.slice(token.start, token.end);
      while (n < names.length && (names[n]?.end ?? 0) <= token.start) n++;
      const mention = names[n];
      const name = mention !== undefined && mention.start <= token.start && token.end <= mention.end;
      words.push({
        text,
        lower: text.toLowerCase(),
        pos: token.pos,
        start: token.start,
        end: token.end,
        ...(name ? { name } : {}),
      });
    }
    return { sentence: { start: sentence.start, end: sentence.end }, words };
  });
  return joinCommaStarts(out);
}

/**
 * A sentence that opens with a comma was cut after an abbreviation ("Sen. Claire McCaskill
 * (D-Mo.), who has endorsed Clinton, said …"): it is joined to the sentence before.
 */
function joinCommaStarts(
  sentences: { sentence: Span; words: Word[] }[],
): { sentence: Span; words: Word[] }[] {
  const out: { sentence: Span; words: Word[] }[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && s.words[0]?.text === ',' && prev.words.length > 0) {
      for (const w of s.words) prev.words.push(w);
      prev.sentence = { start: prev.sentence.start, end: s.sentence.end };
    } else out.push(s);
  }
  return out;
}

/** Quotes attributed by a cue in their sentence. */
export function attributedQuotes(
  text: string,
  sentences: readonly { sentence: Span; words: Word[] }[],
  stretches: readonly QuotedStretch[],
): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const { sentence, words } of sentences) {
    // A cue inside a quotation belongs to the quoted speech ("“… I think …,” he said"), not to the article.
    const frames = findFrames(words, (offset) => insideQuotation(stretches, offset));
    frames.forEach((frame, i) => {
      const content = frameContent(text, words, frames, i, stretches);
      if (!content || !satisfied(text, frame, content.kind, content.parts, words)) return;
      const cueFirst = words[frame.cueWords.first];
      const cueLast = words[frame.cueWords.last];
      const speakerFirst = frame.speaker ? words[frame.speaker.first] : undefined;
      const speakerLast = frame.speaker ? words[frame.speaker.last] : undefined;
      out.push({
        ...content,
        ...(speakerFirst && speakerLast
          ? { speaker: { start: speakerFirst.start, end: speakerLast.end } }
          : {}),
        ...(cueFirst && cueLast
          ? { cue: { start: cueFirst.start, end: cueLast.end, lemma: frame.lemma } }
          : {}),
        sentence,
        rule: frame.rule,
      });
    });
  }
  return dropOverlaps(out);
}

function insideQuotation(stretches: readonly QuotedStretch[], offset: number): boolean {
  return stretches.some(
    (s) => s.depth === 0 && s.rule !== 'quoted/unclosed' && s.inner.start <= offset && offset < s.inner.end,
  );
}

/** Whether the content is what the cue needs: a clause for "suggested", quote marks for "continued". */
function satisfied(
  text: string,
  frame: Frame,
  kind: QuoteKind,
  parts: readonly Span[],
  words: readonly Word[],
): boolean {
  if (frame.rule === 'quote/according-to') return true;
  const first = parts[0];
  if (!first) return false;
  const after = first.start >= (words[frame.cue.last]?.end ?? 0);
  // "She continued that …": a that-clause right after the cue reports as a quotation does.
  const thatClause = after && /^that\b/iu.test(text.slice(first.start, first.end));
  if (frame.needs === 'quote')
    return kind === 'direct' || thatClause || (kind === 'mixed' && adjacentQuote(text, after, parts));
  // The content was chosen as a clause or, for verbs reported with one, a noun phrase (frame-content.ts).
  return true;
}

/** "he continued, “…”" or "“…,” he continued": a quotation right next to the cue. */
function adjacentQuote(text: string, after: boolean, parts: readonly Span[]): boolean {
  const edge = after ? parts[0]?.start : parts[parts.length - 1]?.end;
  if (edge === undefined) return false;
  const c = after ? text[edge] : text[edge - 1];
  return c !== undefined && /["“”‘’'«»„]/u.test(c);
}

/**
 * Keeps the first of two quotes whose contents overlap (a quotation claimed twice). The parts kept
 * never overlap, so they stay sorted by start and by end, and each look-up is a binary search.
 */
function dropOverlaps(quotes: readonly DraftQuote[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  const kept: Span[] = [];
  // Index of the first kept part ending after `at`.
  const firstEndingAfter = (at: number): number => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid]?.end ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const q of quotes) {
    const clash = q.parts.some((b) => (kept[firstEndingAfter(b.start)]?.start ?? Infinity) < b.end);
    if (clash) continue;
    out.push(q);
    for (const b of q.parts) kept.splice(firstEndingAfter(b.start), 0, b);
  }
  return out;
}

/**
 * Quotations that no cue claimed but that stand as a sentence of their own right after a quote,
 * in the same or the next paragraph: the newspaper convention of a speaker going on.
 */
export function floatingQuotes(
  text: string,
  sentences: readonly { sentence: Span; words: Word[] }[],
  stretches: readonly QuotedStretch[],
  attributed: readonly DraftQuote[],
  paragraphOf: (offset: number) => number,
): DraftQuote[] {
  const claimed = new Set(attributed.flatMap((q) => q.stretches));
  const all: DraftQuote[] = [...attributed];
  const floating: DraftQuote[] = [];
  for (const s of stretches) {
    if (s.depth !== 0 || claimed.has(s) || !standsAlone(text, s, sentences)) continue;
    const previous = latestBefore(all, s.start);
    if (previous === undefined) continue;
    const prev = all[previous];
    const prevEnd = prev?.parts[prev.parts.length - 1]?.end ?? 0;
    if (!prev || paragraphOf(s.start) - paragraphOf(prevEnd) > 1) continue;
    const parts = [s.inner];
    const chain = [s];
    for (let tail = s; tail.continues;) {
      const next = stretches.find((x) => x.depth === 0 && x.start >= tail.end && x.continued);
      if (!next) break;
      parts.push(next.inner);
      chain.push(next);
      claimed.add(next);
      tail = next;
    }
    const sentence = sentences.find(
      (x) => x.sentence.start <= s.inner.start && s.inner.start < x.sentence.end,
    )?.sentence;
    const quote: DraftQuote = {
      kind: 'direct',
      parts,
      quoted: parts,
      stretches: chain,
      sentence: sentence ?? { start: s.start, end: s.end },
      continues: previous,
      rule: 'quote/floating',
    };
    floating.push(quote);
    all.push(quote);
  }
  return floating;
}

/** A quotation that opens its sentence and has a few words: not a scare quote inside a clause. */
function standsAlone(
  text: string,
  s: QuotedStretch,
  sentences: readonly { sentence: Span; words: Word[] }[],
): boolean {
  const words = text.slice(s.inner.start, s.inner.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 4) return false;
  const sentence = sentences.find((x) => x.sentence.start <= s.start && s.start < x.sentence.end);
  return sentence !== undefined && sentence.sentence.start >= s.start - 1;
}

function latestBefore(quotes: readonly DraftQuote[], offset: number): number | undefined {
  let best: number | undefined;
  let bestEnd = -1;
  quotes.forEach((q, i) => {
    const end = q.parts[q.parts.length - 1]?.end ?? 0;
    const start = q.parts[0]?.start ?? 0;
    if (start < offset && end > bestEnd) {
      best = i;
      bestEnd = end;
    }
  });
  return best;
}
