/**
 * The two extractors the HTML benchmark compares: ours (`readHtml`) and bare Mozilla Readability
 * on the same decoded page (its `textContent`, no clean-up).
 */
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../../src/read/html/charset.js';
import { parseHtmlDocument } from '../../src/read/html/dom.js';
import { readHtml } from '../../src/read/html/read-html.js';

export interface Extraction {
  readonly text: string;
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly ms: number;
}

/** Ours: the Article's text and metadata. */
export function ours(html: Uint8Array, skipRules?: readonly string[]): Extraction {
  const t0 = performance.now();
  const article = readHtml(html, skipRules ? { skipRules } : {});
  const ms = performance.now() - t0;
  const { title, bylines, published } = article.meta;
  return {
    text: article.text,
    ms,
    ...(title ? { title } : {}),
    ...(bylines ? { byline: bylines.join(', ') } : {}),
    ...(published ? { published } : {}),
  };
}

/** Bare Readability on linkedom, as a library user would call it. */
export function bare(html: Uint8Array): Extraction {
  const source = decodeHtml(html).text;
  const t0 = performance.now();
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(parseHtmlDocument(source)).parse();
  } catch {
    parsed = null;
  }
  const ms = performance.now() - t0;
  return {
    text: parsed?.textContent ?? '',
    ms,
    ...(parsed?.title ? { title: parsed.title } : {}),
    ...(parsed?.byline ? { byline: parsed.byline } : {}),
    ...(parsed?.publishedTime ? { published: parsed.publishedTime } : {}),
  };
}
