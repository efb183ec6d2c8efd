/**
 * One pattern line of a PETRARCH verb dictionary, `- NEW * {&TIETYPES TIES} (WITH +) [080:081]`,
 * read into elements before and after the verb (`*`). `_` joins words that must be adjacent; `{…}`
 * and `(…)` group a noun or prepositional phrase; `$`, `+`, `^`, `%` mark the source, the target,
 * a skipped phrase and a compound (reciprocal) subject.
 */
import type { PatternElement, VerbPattern } from './verb-types.js';

/** A read code bracket: `[050]`, `[037:037]`, `[---]`. */
export type CodeResult =
  | { readonly ok: true; readonly code: string; readonly reverse?: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

const PLAIN_CODE = /^(?:---|\d{2,4})$/u;
// "075A" and "102b" appear in the validation dictionary; PETRARCH keeps such codes as text.
const LETTERED_CODE = /^\d{2,4}[A-Za-z]$/u;

/** Reads the contents of a code bracket. */
export function readCode(content: string): CodeResult {
  const parts = content.trim().split(':');
  if (parts.length > 2) return { ok: false, reason: `"[${content}]" has more than one ":"` };
  const [code = '', reverse] = parts.map((p) => p.trim());
  for (const c of reverse === undefined ? [code] : [code, reverse]) {
    if (!PLAIN_CODE.test(c) && !LETTERED_CODE.test(c))
      return { ok: false, reason: `"${c}" is not an event code (2–4 digits or ---)` };
  }
  const lettered = [code, reverse].find((c) => c !== undefined && LETTERED_CODE.test(c));
  const warning = lettered === undefined ? undefined : `code "${lettered}" has a letter; kept as written`;
  return {
    ok: true,
    code,
    ...(reverse === undefined ? {} : { reverse }),
    ...(warning === undefined ? {} : { warning }),
  };
}

export type PatternResult =
  | { readonly ok: true; readonly pattern: Omit<VerbPattern, 'code' | 'reverse' | 'line'> }
  | { readonly ok: false; readonly reason: string };

/** Reads the words of a pattern (without the leading `-` and the code). */
export function readPatternWords(text: string): PatternResult {
  const tokens = text
    .replace(/([{}()])/gu, ' $1 ')
    .split(/\s+/u)
    .filter((t) => t !== '');
  const stars = tokens.filter((t) => t === '*').length;
  if (stars !== 1) return { ok: false, reason: `a pattern needs exactly one "*" (found ${stars})` };
  const star = tokens.indexOf('*');
  const compound = tokens.includes('%');
  const before = readElements(tokens.slice(0, star).filter((t) => t !== '%'));
  if (!before.ok) return before;
  const after = readElements(tokens.slice(star + 1).filter((t) => t !== '%'));
  if (!after.ok) return after;
  const weight = countWords(before.elements) + countWords(after.elements);
  return { ok: true, pattern: { before: before.elements, after: after.elements, compound, weight } };
}

type ElementsResult =
  | { readonly ok: true; readonly elements: PatternElement[] }
  | { readonly ok: false; readonly reason: string };

function readElements(tokens: readonly string[]): ElementsResult {
  const out: PatternElement[] = [];
  let group: { bracket: '{' | '('; elements: PatternElement[] } | undefined;
  // "(TO {PEACE PLAN})": a phrase inside a phrase is read as part of the outer one.
  const inner: string[] = [];
  for (const token of tokens) {
    if (token === '{' || token === '(') {
      if (group) inner.push(token === '{' ? '}' : ')');
      else group = { bracket: token, elements: [] };
      continue;
    }
    if (token === '}' || token === ')') {
      if (inner.length > 0) {
        if (inner.pop() !== token) return { ok: false, reason: `"${token}" closes the wrong bracket` };
        continue;
      }
      const open = token === '}' ? '{' : '(';
      if (group?.bracket !== open) return { ok: false, reason: `"${token}" without its "${open}"` };
      out.push({ kind: 'group', bracket: group.bracket, elements: group.elements });
      group = undefined;
      continue;
    }
    (group ? group.elements : out).push(...readToken(token));
  }
  if (group) return { ok: false, reason: `"${group.bracket}" is never closed` };
  return { ok: true, elements: out };
}

function readToken(token: string): PatternElement[] {
  if (token === '$') return [{ kind: 'source' }];
  if (token === '+') return [{ kind: 'target' }];
  if (token === '^') return [{ kind: 'skip' }];
  return token
    .split('_')
    .filter((w) => w !== '')
    .map((w, i): PatternElement => {
      const adjacent = i > 0;
      return w.startsWith('&')
        ? { kind: 'synset', name: synsetKey(w), adjacent }
        : { kind: 'word', text: w.toUpperCase(), adjacent };
    });
}

/** `&TIETYPES_` → `TIETYPES`: synsets are looked up without `&` and a trailing `_`. */
export function synsetKey(name: string): string {
  return name.replace(/^&/u, '').replace(/_+$/u, '').toUpperCase();
}

function countWords(elements: readonly PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'word' || e.kind === 'synset') n += 1;
    else if (e.kind === 'group') n += countWords(e.elements);
  }
  return n;
}

/** Synset names a pattern uses, to check them once the whole file has been read. */
export function synsetsUsed(elements: readonly PatternElement[]): string[] {
  const out: string[] = [];
  for (const e of elements) {
    if (e.kind === 'synset') out.push(e.name);
    else if (e.kind === 'group') out.push(...synsetsUsed(e.elements));
  }
  return out;
}
