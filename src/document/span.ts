/**
 * Spans: half-open `[start, end)` ranges of UTF-16 code units into a document's original text,
 * the same units `String.prototype.slice` uses, so `text.slice(span.start, span.end)` is the span's words.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** True when `span` lies within a text of `length` code units: `0 ≤ start ≤ end ≤ length`. */
export function isSpanWithin(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

/** The words a span covers. Example: `spanText('Putin said', { start: 0, end: 5 })` → `'Putin'`. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A span with surrounding white space removed; an all-blank span collapses to its start. */
export function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}
