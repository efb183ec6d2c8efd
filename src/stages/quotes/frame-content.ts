/**
 * The content of an attribution frame as character spans: the reported clause after the cue, the
 * words before the speaker, or both around a medial attribution; widened to whole quotations when a
 * quotation runs past the sentence, and followed into the next paragraphs when it continues there.
 */
import type { QuoteKind } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Frame } from './find-frames.js';
import { subordinate } from './find-frames.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Word } from './speaker-phrase.js';
import {
  afterOnly,
  clauseStart,
  isClause,
  npContent,
  untilComma,
  untilMainClause,
} from './content-clause.js';

export interface FrameContent {
  readonly kind: QuoteKind;
  /** Content pieces in text order (one for most quotes). */
  readonly parts: Span[];
  /** Inner spans of the quotations inside the content. */
  readonly quoted: Span[];
  /** The quotations used, so that they are not taken again as floating quotes. */
  readonly stretches: QuotedStretch[];
}

const EDGE = /[\s,:;.—–-]/u;

/** Content of frame `i` among the sentence's frames, or undefined when the frame has none. */
export function frameContent(
  text: string,
  words: readonly Word[],
  frames: readonly Frame[],
  i: number,
  stretches: readonly QuotedStretch[],
): FrameContent | undefined {
  const frame = frames[i];
  const first = words[0];
  const lastWord = words[words.length - 1];
  if (!frame || !first || !lastWord) return undefined;
  const prev = frames[i - 1];
  const next = frames[i + 1];
  const bounds = {
    left: prev ? regionEnd(words, prev) : first.start,
    right: next ? rightBound(words, frame, next) : lastWord.end,
  };
  const chosen = choosePieces(text, words, frame, bounds, stretches, prev);
  const pieces = subordinate(words, frame)
    ? chosen.map((p) => untilMainClause(text, words, p, stretches))
    : chosen;
  const trimmed = pieces
    .map((p) => trim(text, p))
    .filter((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end)));
  if (trimmed.length === 0) return undefined;
  return classify(text, widen(trimmed, stretches), stretches);
}

/**
 * Which words are the content: a quotation or clause before the speaker (`“…,” X said`), the
 * clause after the cue (`X said on Friday he …`), both around a medial `, he said,`, or a quotation
 * that opens right after `X said:` in the next sentence.
 */
function choosePieces(
  text: string,
  words: readonly Word[],
  frame: Frame,
  bounds: { left: number; right: number },
  stretches: readonly QuotedStretch[],
  prev: Frame | undefined,
): Span[] {
  const speakerBefore = frame.speaker !== undefined && frame.speaker.first < frame.cue.first;
  const speakerFirst = speakerBefore && frame.speaker ? frame.speaker.first : frame.cueWords.first;
  const lead = words[speakerFirst - 1];
  const hasLead = lead !== undefined && /^[,”"’'—–:]$/u.test(lead.text) && speakerFirst >= 2;
  const before =
    hasLead && (!prev || prev.side === 'before')
      ? { start: bounds.left, end: words[speakerFirst]?.start ?? bounds.left }
      : undefined;
  // After "According to X," the content starts past the speaker.
  const lastOwn =
    !speakerBefore && frame.speaker ? Math.max(frame.cue.last, frame.speaker.last) : frame.cue.last;
  const cueEnd = words[lastOwn]?.end ?? bounds.right;
  const afterFrom = clauseStart(words, lastOwn + 1, bounds.right);
  const after = { start: words[afterFrom]?.start ?? cueEnd, end: bounds.right };
  const hasAfter = after.end > after.start && /[\p{L}\p{N}]/u.test(text.slice(after.start, after.end));
  // "“…?” Biden said." split into two sentences: the quotation just before is the content.
  if (!before && !hasAfter && speakerFirst === 0 && !prev) {
    const quotation = quotationJustBefore(text, words[0]?.start ?? 0, stretches);
    if (quotation) return [quotation];
  }
  if (frame.side === 'before') return before ? [before] : [];
  if (frame.side === 'after')
    return hasAfter
      ? afterOnly(text, words, frame, { start: cueEnd, end: bounds.right }, stretches)
      : quotationAfter(text, cueEnd, stretches);
  const beforeClause = before !== undefined && isClause(words, before, stretches);
  const afterClause =
    hasAfter && (isClause(words, after, stretches) || /^that\b/iu.test(text.slice(after.start)));
  const medial =
    words[frame.cue.last + 1]?.text === ',' &&
    before !== undefined &&
    !/^(?:ADP|ADV|SCONJ)$/u.test(words.find((w) => w.start >= before.start)?.pos ?? '');
  if (before && hasAfter && medial && (beforeClause || afterClause))
    return [before, { start: cueEnd, end: bounds.right }];
  if (
    before &&
    beforeClause &&
    endsWithQuotation(text, before, stretches) &&
    !(
      afterClause &&
      (shortQuotationEnd(text, before, stretches) || finalQuotationEnd(text, before, stretches))
    )
  ) {
    return [before];
  }
  if (afterClause) return [after];
  if (before && beforeClause) return [before];
  if (hasAfter && npContent(frame, words, after, text)) return [untilComma(text, after)];
  return hasAfter ? [] : quotationAfter(text, cueEnd, stretches);
}

/** `X said:` closing its sentence, the quotation opening next. */
function quotationAfter(text: string, cueEnd: number, stretches: readonly QuotedStretch[]): Span[] {
  const s = stretches.find(
    (x) => x.depth === 0 && x.start >= cueEnd && /^[\s:,—–-]*$/u.test(text.slice(cueEnd, x.start)),
  );
  return s ? [{ start: s.start, end: s.end }] : [];
}

function endsWithQuotation(text: string, span: Span, stretches: readonly QuotedStretch[]): boolean {
  return stretches.some(
    (s) =>
      s.depth === 0 &&
      s.end <= span.end &&
      s.end >= span.start &&
      /^[\s,.;:—–-]*$/u.test(text.slice(s.end, span.end)),
  );
}

/** A closed quotation that ends right before `at` (white space between). */
function quotationJustBefore(
  text: string,
  at: number,
  stretches: readonly QuotedStretch[],
): Span | undefined {
  const s = stretches.find(
    (x) => x.depth === 0 && x.closed && x.end <= at && /^\s*$/u.test(text.slice(x.end, at)),
  );
  return s ? { start: s.start, end: s.end } : undefined;
}

/** The quotation ending `span` ends its own sentence ("… life.” Rubio said the …"), so a clause after the cue is the content. */
function finalQuotationEnd(text: string, span: Span, stretches: readonly QuotedStretch[]): boolean {
  const last = stretches.filter((s) => s.depth === 0 && s.end <= span.end && s.end >= span.start).pop();
  return last !== undefined && /[.?!]\s*$/u.test(text.slice(last.inner.start, last.inner.end));
}

/** The quotation ending `span` is a title or term of a few words ("“Sunday Morning Futures,” Issa said …"). */
function shortQuotationEnd(text: string, span: Span, stretches: readonly QuotedStretch[]): boolean {
  const last = stretches.filter((s) => s.depth === 0 && s.end <= span.end && s.end >= span.start).pop();
  return (
    last !== undefined &&
    (text.slice(last.inner.start, last.inner.end).match(/[\p{L}\p{N}]+/gu) ?? []).length < 4
  );
}

/** Where a frame's own words begin: its speaker when the speaker precedes the cue, else the cue. */
function regionStart(words: readonly Word[], frame: Frame): number {
  const speakerFirst =
    frame.speaker && !frame.sharedSpeaker && frame.rule !== 'quote/inverted'
      ? frame.speaker.first
      : frame.cue.first;
  return words[Math.min(speakerFirst, frame.cue.first)]?.start ?? 0;
}

/**
 * Where the next frame's own words begin, as the right edge of this frame's content. When the next
 * frame's speaker phrase holds this frame ("Barkley, who said he votes …, said …"), the content
 * ends at the next cue.
 */
function rightBound(words: readonly Word[], frame: Frame, next: Frame): number {
  const start = regionStart(words, next);
  const cueEnd = words[frame.cue.last]?.end ?? 0;
  return start > cueEnd ? start : (words[next.cue.first]?.start ?? start);
}

/** Where a frame's own words end: after the cue, or after an inverted speaker. */
function regionEnd(words: readonly Word[], frame: Frame): number {
  const last = frame.rule === 'quote/inverted' && frame.speaker ? frame.speaker.last : frame.cue.last;
  return words[last]?.end ?? 0;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start] ?? '')) start++;
  while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
  const tail = /(?:[\s,]+(?:and|while|but|or|as))+$/u.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return { start, end };
}

/** Pieces widened to the quotations they cut, then followed into continuing paragraphs. */
function widen(pieces: readonly Span[], stretches: readonly QuotedStretch[]): Span[] {
  const out = pieces.map((p) => {
    let { start, end } = p;
    for (const s of stretches) {
      if (s.depth !== 0) continue;
      if (s.start < start && s.end > start && s.end <= end + 1) start = s.start;
      if (s.start >= start && s.start < end && s.end > end) end = s.end;
    }
    return { start, end };
  });
  const last = out[out.length - 1];
  if (!last) return out;
  let tail = stretches.find(
    (s) => s.depth === 0 && s.start >= last.start && s.end <= last.end + 1 && s.continues,
  );
  while (tail?.continues) {
    const after = tail.end;
    const next = stretches.find((s) => s.depth === 0 && s.start >= after && s.continued);
    if (!next) break;
    out.push({ start: next.start, end: next.end });
    tail = next;
  }
  return out;
}

function classify(text: string, parts: readonly Span[], stretches: readonly QuotedStretch[]): FrameContent {
  const inside = stretches.filter(
    (s) => s.depth === 0 && parts.some((p) => s.start >= p.start && s.end <= p.end + 1),
  );
  let residual = false;
  for (const p of parts) {
    let at = p.start;
    for (const s of inside) {
      if (s.start < p.start || s.start > p.end) continue;
      if (/[\p{L}\p{N}]/u.test(text.slice(at, s.start))) residual = true;
      at = Math.max(at, s.end);
    }
    if (/[\p{L}\p{N}]/u.test(text.slice(at, p.end))) residual = true;
  }
  const quoted = inside.map((s) => s.inner);
  if (inside.length > 0 && !residual) {
    return { kind: 'direct', parts: quoted, quoted, stretches: inside };
  }
  return { kind: inside.length > 0 ? 'mixed' : 'indirect', parts: [...parts], quoted, stretches: inside };
}
