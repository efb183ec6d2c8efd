/**
 * Tokens and wink-nlp's sentence boundaries for a text, with offsets in the original text. The
 * text is normalized for wire quirks first (see wire-quirks.ts) and analysed in paragraph-aligned
 * chunks, so memory stays bounded whatever the size of the input.
 */
import winkNLP from 'wink-nlp';
import type { ItsHelpers, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../../document/document.js';
import { OffsetMap } from '../../document/offset-map.js';
import { quirkInsertions } from './wire-quirks.js';

/** Chunks handed to wink-nlp at once; split at a paragraph break, else a line break, else a space. */
const CHUNK_CHARS = 100_000;

export interface Tokenized {
  readonly tokens: Token[];
  /** Token indices where wink-nlp starts a sentence. */
  readonly winkStarts: Set<number>;
}

let wink: { nlp: WinkMethods; its: ItsHelpers } | undefined;

/** The shared wink-nlp instance (loading the model takes ~100 ms, so it happens once). */
export function winkInstance(): { nlp: WinkMethods; its: ItsHelpers } {
  if (!wink) {
    const nlp = winkNLP(model);
    wink = { nlp, its: nlp.its };
  }
  return wink;
}

/** Tokenizes `text`; every token's `[start, end)` is a span of the original `text`. */
export function tokenize(text: string): Tokenized {
  const { text: normal, map } = OffsetMap.apply(
    text,
    quirkInsertions(text).map((at) => ({ start: at, end: at, replacement: ' ' })),
  );
  const tokens: Token[] = [];
  const winkStarts = new Set<number>();
  for (const [from, to] of chunks(normal)) {
    tokenizeChunk(normal.slice(from, to), from, map, tokens, winkStarts);
  }
  return { tokens, winkStarts };
}

function tokenizeChunk(
  chunk: string,
  offset: number,
  map: OffsetMap,
  out: Token[],
  winkStarts: Set<number>,
): void {
  const { nlp, its } = winkInstance();
  const doc = nlp.readDoc(chunk);
  const values = doc.tokens().out();
  // wink-nlp's `its` helpers are plain functions that its typings declare as methods.
  /* eslint-disable @typescript-eslint/unbound-method */
  const types: string[] = doc.tokens().out(its.type);
  const pos: string[] = doc.tokens().out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */
  const ours: number[] = new Array<number>(values.length).fill(-1);
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    const at = chunk.indexOf(value, cursor);
    if (at === -1 || value.trim() === '') continue;
    cursor = at + value.length;
    ours[i] = out.length;
    out.push({
      start: map.toOriginal(offset + at, 'start'),
      end: map.toOriginal(offset + cursor, 'end'),
      pos: pos[i] ?? 'X',
      kind: types[i] ?? 'word',
    });
  }
  for (const [first] of spans) {
    let i = first;
    while (i < ours.length && ours[i] === -1) i++;
    const index = ours[i];
    if (index !== undefined && index >= 0) winkStarts.add(index);
  }
}

/** `[from, to)` pieces of at most CHUNK_CHARS, cut at the best break found. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK_CHARS);
    if (to < text.length) to = bestBreak(text, from, to);
    out.push([from, to]);
    from = to;
  }
  return out;
}

function bestBreak(text: string, from: number, to: number): number {
  const half = from + CHUNK_CHARS / 2;
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(sep, to);
    if (at > half) return at + sep.length;
  }
  return to;
}
