/** Shared test helpers: a fake CLI io, and a check that every span of a document is within its text. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import type { Document } from '../src/document/document.js';
import { findSpanOutOfRange } from '../src/document/document-json.js';

export const SEED_PATH = new URL('./fixtures/seed/input.txt', import.meta.url).pathname;
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

export function expectSpansWithin(doc: Document): void {
  expect(findSpanOutOfRange(doc)).toBeUndefined();
}

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** A CliIo that records output; `stdin` yields the given text. */
export function fakeIo(stdin = ''): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: (async function* () {
      await Promise.resolve();
      if (stdin !== '') yield new TextEncoder().encode(stdin);
    })(),
    out: () => out,
    err: () => err,
  };
}
