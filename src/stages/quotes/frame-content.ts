/**
 * The content of an attribution frame as character spans: the reported clause after the cue, the
 * words before the speaker, or both around a medial attribution; widened to whole quotations when a
 * quotation runs past the sentence, and followed into the next paragraphs when it continues there.
 */
import type { QuoteKind } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Frame } from './find-frames.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Word } from './speaker-phrase.js';

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
  const leftBound = prev ? regionEnd(words, prev) : first.start;
  const rightBound = next ? regionStart(words, next) : lastWord.end;
  const side = frame.side === 'before' && prev && prev.side !== 'before' ? 'after' : frame.side;
  const pieces: Span[] = [];
  if (side === 'before' || side === 'around') {
    const speakerStart =
      words[frame.speaker && frame.rule !== 'quote/inverted' ? frame.speaker.first : frame.cueWords.first];
    const piece = speakerStart ? { start: leftBound, end: speakerStart.start } : undefined;
    // "At a press conference, Trump said, …": a fronted phrase without a verb is not reported speech.
    if (piece && isClause(words, piece, stretches)) pieces.push(piece);
    else if (side === 'before') return undefined;
  }
  if (side === 'after' || side === 'around') {
    const afterCue = words[frame.cue.last]?.end ?? rightBound;
    pieces.push({ start: afterCue, end: Math.max(afterCue, rightBound) });
  }
  const trimmed = pieces
    .map((p) => trim(text, p))
    .filter((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end)));
  if (trimmed.length === 0) return undefined;
  const widened = widen(trimmed, stretches);
  return classify(text, widened, stretches);
}

function isClause(words: readonly Word[], span: Span, stretches: readonly QuotedStretch[]): boolean {
  const within = (s: Span): boolean => s.start >= span.start && s.end <= span.end;
  return (
    words.some((w) => within(w) && (w.pos === 'VERB' || w.pos === 'AUX')) ||
    stretches.some((s) => s.depth === 0 && s.end > span.start && s.start < span.end)
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
