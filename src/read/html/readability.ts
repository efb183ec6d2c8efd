/**
 * Runs Mozilla Readability on a parsed page and hands back the article element itself (not its
 * HTML), plus the metadata Readability found in the body (a byline in the markup, a cleaned title).
 */
import { Readability } from '@mozilla/readability';
import type { HtmlDocument, HtmlElement } from './dom.js';

export interface ReadabilityResult {
  readonly content: HtmlElement;
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
}

/** Readability's article, or undefined when it finds none (or fails on the page). */
export function runReadability(doc: HtmlDocument): ReadabilityResult | undefined {
  let parsed;
  try {
    // Readability's typings name the DOM lib's Document and Node, which this project does not load;
    // linkedom's objects are what it works on at run time, and the serializer hands the node back.
    const reader = new Readability<HtmlElement>(doc, { serializer: (node: unknown) => node as HtmlElement });
    parsed = reader.parse();
  } catch {
    // Readability throws on some malformed trees; for the reader that is simply "no article".
    return undefined;
  }
  if (!parsed?.content) return undefined;
  return {
    content: parsed.content,
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.byline ? { byline: parsed.byline } : {}),
    ...(parsed.siteName ? { siteName: parsed.siteName } : {}),
  };
}
