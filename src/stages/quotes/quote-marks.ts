/**
 * Quote marks paired into stretches, one paragraph at a time: curly, straight, guillemets, CJK
 * brackets, low-9 marks, doubled apostrophes (''…''), single quotes told apart from apostrophes,
 * nesting, unbalanced marks, and the newspaper convention for a quotation that runs over several
 * paragraphs (no closing mark at a paragraph's end, a new opening mark on the next). One pass over
 * the text: time is linear in its length whatever the marks.
 */
import type { Span } from '../../document/span.js';

/** A stretch between quote marks. `start`/`end` include the marks; `inner` excludes them. */
export interface QuotedStretch extends Span {
  readonly inner: Span;
  readonly closed: boolean;
  /** Double marks (“ ” " « » „ ''), or single (‘ ’ ').  */
  readonly double: boolean;
  /** 0 for an outermost stretch, 1 inside another, … */
  readonly depth: number;
  /** Unclosed at its paragraph's end with the next paragraph opening a quote: the quotation goes on. */
  readonly continues: boolean;
  /** Opens a paragraph that continues the previous paragraph's unclosed quotation. */
  readonly continued: boolean;
  readonly rule: string;
}

type Direction = 'open' | 'close' | 'either';

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly double: boolean;
  readonly direction: Direction;
  /** The closing character this opening mark expects, when it is specific („ closes with “ or ”). */
  readonly opener: string;
}

const OPEN_DOUBLE = new Set(['“', '„', '‟', '«', '「', '『', '〝', '＂']);
const CLOSE_DOUBLE = new Set(['”', '»', '」', '』', '〞', '〟']);
const OPEN_SINGLE = new Set(['‘', '‚', '‹']);
const CLOSE_SINGLE = new Set(['’', '›']);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const BEFORE_OPEN = /[\s([{\-–—/:,;“‘"'«]/u;

/** Paragraph spans: blank-line separated when the text has blank lines, else one per line. */
export function paragraphs(text: string): Span[] {
  const separator = /\n[^\S\n]*\n/u.test(text) ? /\n[^\S\n]*\n\s*/gu : /\n\s*/gu;
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Every quoted stretch in `text`, in order of their opening marks. */
export function findQuotedStretches(text: string): QuotedStretch[] {
  const paras = paragraphs(text);
  const out: QuotedStretch[] = [];
  let carried = false;
  paras.forEach((para, p) => {
    const next = paras[p + 1];
    const nextOpens = next !== undefined && opensWithQuote(text, next.start);
    const found = pairInParagraph(text, para, carried, nextOpens);
    carried = found.some((s) => s.continues);
    out.push(...found);
  });
  return out;
}

function opensWithQuote(text: string, at: number): boolean {
  const mark = markAt(text, at);
  return mark !== undefined && mark.direction !== 'close' && (mark.double || OPEN_SINGLE.has(text[at] ?? ''));
}

function pairInParagraph(text: string, para: Span, carried: boolean, nextOpens: boolean): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  const stack: Mark[] = [];
  /** Ends `open` at `end`; `closeLength` is the closing mark's length, 0 when there is none. */
  const close = (open: Mark, end: number, closeLength: number, atParagraphEnd: boolean): void => {
    const closed = closeLength > 0;
    const innerEnd = closed ? end - closeLength : trimEnd(text, open.at + open.length, end);
    const continues = atParagraphEnd && open.double && nextOpens;
    out.push({
      start: open.at,
      end: closed ? end : innerEnd,
      inner: { start: open.at + open.length, end: Math.max(open.at + open.length, innerEnd) },
      closed,
      double: open.double,
      depth: stack.length,
      continues,
      continued: carried && open.at === para.start,
      rule: closed ? 'quoted/paired' : continues ? 'quoted/continues-next-paragraph' : 'quoted/unclosed',
    });
  };
  for (let i = para.start; i < para.end;) {
    const mark = markAt(text, i);
    if (!mark) {
      i++;
      continue;
    }
    i += mark.length;
    const top = stack[stack.length - 1];
    if (mark.double) {
      const openDouble = findLast(stack, (m) => m.double);
      if (openDouble && closesWith(openDouble, text, mark)) {
        // Single openers left inside the double were apostrophes misread as marks.
        while (stack.length > 0 && stack[stack.length - 1] !== openDouble) stack.pop();
        stack.pop();
        close(openDouble, mark.at + mark.length, mark.length, false);
      } else if (mark.direction !== 'close') {
        if (openDouble && mark.direction === 'open') {
          // A new opening mark while one is open: the earlier quotation was never closed.
          while (stack.length > 0 && stack[stack.length - 1] !== openDouble) stack.pop();
          stack.pop();
          close(openDouble, mark.at, 0, false);
        }
        stack.push(mark);
      }
    } else if (top && !top.double && mark.direction !== 'open') {
      stack.pop();
      close(top, mark.at + mark.length, mark.length, false);
    } else if (mark.direction !== 'close') {
      stack.push(mark);
    }
  }
  // Unclosed single marks were apostrophes; an unclosed double runs to the paragraph's end.
  const doubles = stack.filter((m) => m.double);
  stack.length = 0;
  for (const open of doubles) close(open, para.end, 0, true);
  return out.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

/** Whether `mark` closes `open`: the closer it expects („ … “), else any mark that may close. */
function closesWith(open: Mark, text: string, mark: Mark): boolean {
  if (open.opener.includes(text[mark.at] ?? '')) return true;
  return mark.direction !== 'open';
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** The quote mark starting at `i`, with the direction its neighbours allow, or undefined. */
export function markAt(text: string, i: number): Mark | undefined {
  const c = text[i];
  if (c === undefined) return undefined;
  const before = text[i - 1];
  if (c === "'" && text[i + 1] === "'") return ambiguous(text, i, 2, true);
  if (c === '`' && text[i + 1] === '`')
    return { at: i, length: 2, double: true, direction: 'open', opener: "'" };
  if (c === '"') return ambiguous(text, i, 1, true);
  if (OPEN_DOUBLE.has(c)) {
    const opener = c === '„' ? '“”' : c === '«' ? '»' : c === '「' ? '」' : c === '『' ? '』' : '';
    return { at: i, length: 1, double: true, direction: c === '＂' ? 'either' : 'open', opener };
  }
  if (CLOSE_DOUBLE.has(c)) return { at: i, length: 1, double: true, direction: 'close', opener: '' };
  if (c === "'" || CLOSE_SINGLE.has(c)) {
    // Between letters (don't, O'Brien) or before a year ('90s) it is an apostrophe.
    if (isWordChar(before) && isWordChar(text[i + 1])) return undefined;
    if (c === '’' || c === "'") {
      if (/\d/u.test(text[i + 1] ?? '') && !isWordChar(before)) return undefined;
      return ambiguous(text, i, 1, false);
    }
    return { at: i, length: 1, double: false, direction: 'close', opener: '' };
  }
  if (OPEN_SINGLE.has(c)) return { at: i, length: 1, double: false, direction: 'open', opener: '' };
  return undefined;
}

function ambiguous(text: string, i: number, length: number, double: boolean): Mark | undefined {
  const before = text[i - 1];
  const after = text[i + length];
  const canOpen = !isSpace(after) && (before === undefined || BEFORE_OPEN.test(before));
  const canClose = !isSpace(before) && (isSpace(after) || !isWordChar(after));
  if (!canOpen && !canClose) {
    // Glued on both sides (word"word): only a double mark can still pair, by state.
    return double ? { at: i, length, double, direction: 'either', opener: '' } : undefined;
  }
  const direction: Direction = canOpen && canClose ? 'either' : canOpen ? 'open' : 'close';
  return { at: i, length, double, direction, opener: '' };
}
