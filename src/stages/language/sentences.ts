/**
 * Sentence boundaries: wink-nlp's, corrected by ordered rules, each with an id recorded on the
 * sentence it ends. Paragraph breaks always end a sentence; abbreviations and initials do not.
 */
import type { Sentence, Token } from '../../document/document.js';
import { isInitial, MAYBE_FINAL, NEVER_FINAL } from './abbreviations.js';

type Boundary = { rule: string };

/** Sentences over `tokens` from wink-nlp's starts (`winkStarts`), corrected. */
export function segmentSentences(
  text: string,
  tokens: readonly Token[],
  winkStarts: ReadonlySet<number>,
): Sentence[] {
  const starts = new Map<number, Boundary>();
  for (let i = 1; i < tokens.length; i++) {
    const rule = boundaryRule(text, tokens, i, winkStarts.has(i));
    if (rule) starts.set(i, { rule });
  }
  return buildSentences(tokens, starts);
}

/** Why a sentence starts at token `i`, or undefined when it does not. */
function boundaryRule(text: string, tokens: readonly Token[], i: number, wink: boolean): string | undefined {
  const prev = tokens[i - 1];
  const next = tokens[i];
  if (!prev || !next) return undefined;
  const gap = text.slice(prev.end, next.start);
  if (/\n[^\S\n]*\n/u.test(gap)) return 'sentence/paragraph-break';
  const nextText = text.slice(next.start, next.end);
  if (gap.includes('\n') && !/^\p{Ll}/u.test(nextText)) return 'sentence/line-break';
  const prevText = text.slice(prev.start, prev.end);
  if (wink) return keepsWinkBoundary(prevText, nextText) ? 'sentence/wink' : undefined;
  return missedBoundary(text, tokens, i) ? 'sentence/closing-quote' : undefined;
}

/** False when wink split after an abbreviation or initial that does not end the sentence. */
function keepsWinkBoundary(prevText: string, nextText: string): boolean {
  const prev = prevText.toLowerCase();
  const lowerOrDigit = /^[\p{Ll}\p{N}]/u.test(nextText);
  if (NEVER_FINAL.has(prev) && !/^["“”]/u.test(nextText)) return false;
  if (isInitial(prevText) && /^\p{Lu}/u.test(nextText)) return false;
  if (lowerOrDigit && (MAYBE_FINAL.has(prev) || prev.endsWith('.')) && prev !== '.') return false;
  // "Sen. Marco Rubio (R-Fla.) said": a lower-case word after a closing parenthesis goes on the sentence.
  if (/^\p{Ll}/u.test(nextText) && (prev === ')' || prev === ']')) return false;
  return true;
}

/** A boundary wink missed: `… “no.” Then` — terminal punctuation, a closing quote, a capital. */
function missedBoundary(text: string, tokens: readonly Token[], i: number): boolean {
  const quote = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i];
  if (!quote || !before || !next) return false;
  const q = text.slice(quote.start, quote.end);
  if (q !== '”' && q !== '"' && q !== '’') return false;
  if (!/[.!?]$/u.test(text.slice(before.start, before.end))) return false;
  if (quote.start !== before.end || next.start === quote.end) return false;
  return (
    /^\p{Lu}/u.test(text.slice(next.start, next.end)) &&
    !/^(?:he|she|they|I|we)$/iu.test(text.slice(next.start, next.end))
  );
}

function buildSentences(tokens: readonly Token[], starts: ReadonlyMap<number, Boundary>): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (end: number, rule: string): void => {
    const a = tokens[first];
    const b = tokens[end - 1];
    if (a && b) sentences.push({ start: a.start, end: b.end, tokens: { start: first, end }, rule });
  };
  for (let i = 1; i < tokens.length; i++) {
    const boundary = starts.get(i);
    if (!boundary) continue;
    close(i, boundary.rule);
    first = i;
  }
  if (tokens.length > 0) close(tokens.length, 'sentence/end-of-text');
  return sentences;
}
