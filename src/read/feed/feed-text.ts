/**
 * Feed item content → the article's plain text. HTML content goes through the HTML reader's own
 * paragraph extraction, so a feed item and the same page read as HTML break paragraphs alike.
 */
import { parseHtmlDocument } from '../html/dom.js';
import { htmlText, squash } from '../html/html-text.js';

/** What an item's content is: markup to render, or plain text to keep. */
export interface FeedContent {
  readonly value: string;
  readonly html: boolean;
}

// RSS descriptions do not say whether they are HTML; a tag or an entity reference says so.
const LOOKS_HTML = /<\/?[a-z][a-z0-9]*[\s/>]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/iu;

/** Content whose kind is unknown (RSS description): HTML when it has tags or entities. */
export function guessContent(value: string): FeedContent {
  return { value, html: LOOKS_HTML.test(value) };
}

/** Plain text with paragraph breaks: HTML rendered to paragraphs, plain text re-flowed. */
export function contentText(content: FeedContent): string {
  if (content.html) {
    const doc = parseHtmlDocument(`<!doctype html><html><head></head><body>${content.value}</body></html>`);
    return doc.body ? htmlText(doc.body) : '';
  }
  return content.value
    .split(/\n[ \t\r]*\n/u)
    .map(squash)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** A title: tags dropped when it is HTML, white space folded. */
export function titleText(raw: string | undefined, html = false): string | undefined {
  if (raw === undefined) return undefined;
  const text = html ? contentText({ value: raw, html: true }).replace(/\n+/gu, ' ') : squash(raw);
  return text || undefined;
}
