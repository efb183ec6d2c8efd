/**
 * Readers turn inputs (text, JSONL, CSV; later HTML, feeds, WARC) into Articles: the text to analyse
 * and what the input says about it. Analysis turns an Article into a Document.
 */
import type { Meta } from '../document/document.js';
import type { Message } from '../document/messages.js';

export interface Article {
  readonly text: string;
  readonly meta: Meta;
  /** Problems the reader noticed (a charset fallback, a page with no article); copied onto the document. */
  readonly messages?: readonly Message[];
}

/** One item a reader yields: an article, or a failure that names the item so a batch can go on. */
export type ReadItem =
  | { readonly ok: true; readonly article: Article }
  | {
      readonly ok: false;
      readonly source: string;
      readonly id?: string;
      readonly error: { code: string; message: string };
    };

/** Where a reader's bytes come from: a file, standard input, a test's buffer, a fetched page. */
export interface ReaderInput {
  /** Names the input in messages and in `meta.source`: a path, `stdin`, a URL. */
  readonly source: string;
  /** Streams the raw bytes (for line-by-line and record-by-record readers). */
  stream(): AsyncIterable<Uint8Array>;
}

export type ReaderFormat = 'text' | 'jsonl' | 'csv' | 'html' | 'feed' | 'warc';

export interface Reader {
  readonly format: ReaderFormat;
  /** File name endings this reader takes, lower case, with the dot: `.jsonl`. */
  readonly extensions: readonly string[];
  read(input: ReaderInput, options?: ReadOptions): AsyncIterable<ReadItem>;
}

export interface ReadOptions {
  /** Largest article text accepted, in bytes; bigger items fail with `E_TOO_LARGE`. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
