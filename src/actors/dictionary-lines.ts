/** Line-level syntax shared by the PETRARCH dictionaries: comments, `[…]` codes, problems. */
import type { DictionaryProblem } from './actor-types.js';

/** Whether a multi-line `<!-- … -->` comment is open; one per file being read. */
export interface CommentState {
  inXml: boolean;
}

/** Characters that mark a name damaged in the source (encoding accidents): controls, U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const DAMAGED = /[\u0000-\u0008\u000b-\u001f\ufffd]/u;

/** A line without its comments: `#…` (at the start, after white space or `]`), `;…`, `<!-- … -->`. */
export function stripComments(state: CommentState, raw: string): string {
  let text = raw;
  if (state.inXml) {
    const close = text.indexOf('-->');
    if (close < 0) return '';
    state.inXml = false;
    text = text.slice(close + 3);
  }
  const open = text.indexOf('<!--');
  if (open >= 0) {
    const close = text.indexOf('-->', open);
    if (close < 0) state.inXml = true;
    text = text.slice(0, open) + (close < 0 ? '' : text.slice(close + 3));
  }
  // ";" is the TABARI comment mark that PETRARCH still strips from name lines.
  return text.replace(/(^|[\s\]])#.*$/u, '$1').replace(/;.*$/u, '');
}

/** A line split at its `[…]` brackets: the text before the first, each content, what is left. */
export interface Brackets {
  readonly before: string;
  readonly contents: string[];
  readonly trailing: string;
}

/** Splits `NAME [A 1-2] [B]` into its parts; undefined when a `[` is never closed. */
export function splitBrackets(body: string): Brackets | undefined {
  const first = body.indexOf('[');
  if (first < 0) return { before: body, contents: [], trailing: '' };
  const contents: string[] = [];
  let trailing = '';
  let i = first;
  while (i < body.length) {
    const open = body.indexOf('[', i);
    if (open < 0) {
      trailing += body.slice(i);
      break;
    }
    trailing += body.slice(i, open);
    const close = body.indexOf(']', open);
    if (close < 0) return undefined;
    contents.push(body.slice(open + 1, close));
    i = close + 1;
  }
  return { before: body.slice(0, first), contents, trailing: trailing.trim() };
}

/** Longest stretch of a bad line quoted in a problem. */
const PROBLEM_TEXT_CHARS = 200;

/** A problem with one dictionary line, quoting (the start of) the line. */
export function dictionaryProblem(
  file: string,
  line: number,
  severity: DictionaryProblem['severity'],
  reason: string,
  raw: string,
): DictionaryProblem {
  return { file, line, severity, reason, text: raw.slice(0, PROBLEM_TEXT_CHARS) };
}
