/**
 * The HTML reader: a news page → its article body as plain text (paragraphs separated by a blank
 * line, headline not repeated) and what the page says about itself (title, authors, date,
 * publisher, canonical URL, language). Bad pages give an empty article and a message, never a throw.
 */
import type { Meta } from '../../document/document.js';
import type { Message } from '../../document/messages.js';
import type { Article } from '../article.js';
import { decodeHtml } from './charset.js';
import { cleanBlocks, removeBoilerplate } from './clean-up.js';
import { parseHtmlDocument } from './dom.js';
import type { HtmlDocument, HtmlElement } from './dom.js';
import { dropNoise, flattenDeep, truncateElements } from './guard.js';
import { squash, textBlocks } from './html-text.js';
import { opt } from './json-ld.js';
import { pageMeta, titleTag, toMeta } from './metadata.js';
import { domByline, splitByline } from './bylines.js';
import { runReadability } from './readability.js';

/** Longest page (in characters) that is parsed; the rest is cut off, with a message. */
export const MAX_HTML_CHARS = 8_000_000;
/** Most tags (counted as `<`) that are parsed: parse time grows with the number of nodes. */
export const MAX_TAGS = 150_000;

export interface ReadHtmlOptions {
  /** Where the page came from; resolves a relative canonical link and is the URL if none is given. */
  readonly url?: string;
  /** Names the input in `meta.source` and messages. */
  readonly source?: string;
  /** Clean-up rule ids to leave out, e.g. `html/caption` (for benchmark ablation). */
  readonly skipRules?: readonly string[];
}

const warn = (rule: string, reason: string): Message => ({
  severity: 'warning',
  rule,
  reason,
  stage: 'read',
});

/** Reads one HTML page. Example: `readHtml(fs.readFileSync('page.html'), { url }).text`. */
export function readHtml(input: string | Uint8Array, options: ReadHtmlOptions = {}): Article {
  const messages: Message[] = [];
  const extra: Partial<Meta> = { ...opt('source', options.source) };
  let html: string;
  try {
    const decoded = decodeHtml(input);
    html = decoded.text;
    if (decoded.note) messages.push(warn('html/charset', decoded.note));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      text: '',
      meta: extra,
      messages: [{ severity: 'error', rule: 'html/undecodable', reason, stage: 'read' }],
    };
  }
  const cut = cutPoint(html);
  if (cut < html.length) {
    html = html.slice(0, cut);
    messages.push(
      warn(
        'html/truncated',
        `page is longer than ${MAX_HTML_CHARS} characters or ${MAX_TAGS} tags; only the start was read`,
      ),
    );
  }
  const doc = parseHtmlDocument(html);
  const page = pageMeta(doc, options.url);
  messages.push(...bound(doc));
  const skip = new Set(options.skipRules ?? []);
  const shownByline = domByline(doc);
  const body = extractBody(doc, skip);
  const title = page.title ?? body.title ?? titleTag(doc);
  const bylines =
    [page.bylines, splitByline(body.byline ?? ''), splitByline(shownByline ?? '')].find(
      (b) => b.length > 0,
    ) ?? [];
  const meta = toMeta(
    { ...page, ...opt('title', title), bylines, ...opt('publisher', page.publisher ?? body.siteName) },
    extra,
  );
  const text = cleanBlocks(body.blocks, { title, bylines, skip }).join('\n\n');
  if (!text) messages.push(warn('html/no-article', 'no article text found on the page'));
  return { text, meta, messages };
}

/** Where to cut a page so that it has at most MAX_HTML_CHARS characters and MAX_TAGS tags. */
function cutPoint(html: string): number {
  let at = -1;
  for (let n = 0; n < MAX_TAGS; n++) {
    at = html.indexOf('<', at + 1);
    if (at < 0 || at >= MAX_HTML_CHARS) break;
  }
  if (at < 0) return Math.min(html.length, MAX_HTML_CHARS);
  if (at < MAX_HTML_CHARS) return at;
  const last = html.lastIndexOf('<', MAX_HTML_CHARS);
  return last > 0 ? last : MAX_HTML_CHARS;
}

function bound(doc: HtmlDocument): Message[] {
  const messages: Message[] = [];
  dropNoise(doc);
  if (truncateElements(doc))
    messages.push(warn('html/truncated', 'page has too many elements; only the first part was read'));
  const flattened = flattenDeep(doc);
  if (flattened > 0)
    messages.push(
      warn('html/too-deep', `markup nested too deeply; ${flattened} subtree(s) read as flat text`),
    );
  return messages;
}

/** Share of link text above which "content" is a menu or a list of links, not an article. */
const MAX_LINK_SHARE = 0.6;

function mostlyLinks(content: HtmlElement): boolean {
  const total = squash(content.textContent ?? '').length;
  const links = Array.from(content.querySelectorAll('a')).reduce(
    (n, a) => n + squash(a.textContent ?? '').length,
    0,
  );
  return total === 0 || links / total > MAX_LINK_SHARE;
}

interface Body {
  readonly blocks: ReturnType<typeof textBlocks>;
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
}

function extractBody(doc: HtmlDocument, skip: ReadonlySet<string>): Body {
  removeBoilerplate(doc, skip);
  const result = runReadability(doc);
  if (!result || mostlyLinks(result.content)) return { blocks: [] };
  return {
    blocks: textBlocks(result.content),
    ...opt('title', result.title),
    ...opt('byline', result.byline),
    ...opt('siteName', result.siteName),
  };
}
