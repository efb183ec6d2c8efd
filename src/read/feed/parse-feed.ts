/**
 * Feed bytes → a ParsedFeed: decoded by BOM or XML declaration, recognised by its root element
 * (`<rss>`, `<rdf:RDF>`, `<feed>`) or as a JSON Feed, parsed with fast-xml-parser. An HTML page or
 * broken XML is refused with `E_FORMAT` and a message a person can act on.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DatelineError } from '../../document/errors.js';
import type { Message } from '../../document/messages.js';
import { decodeText } from '../decode.js';
import type { Decoded } from '../decode.js';
import { decodeNote } from '../decode-note.js';
import { atomEntries, atomFeed } from './atom.js';
import type { FeedKind, ParsedFeed } from './feed-entry.js';
import { parseJsonFeed } from './json-feed.js';
import { rssChannel, rssEntries } from './rss.js';

export interface ParseFeedOptions {
  /** Where the feed came from: relative Atom links resolve against it. */
  readonly url?: string;
}

/** Parses one feed document. Example: `parseFeed(fs.readFileSync('news.rss')).entries.length`. */
export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions = {}): ParsedFeed {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-16' } : decodeFeed(input);
  const text = decoded.text.replace(/^\uFEFF/u, '');
  if (/^\s*[[{]/u.test(text)) return parseJsonFeed(text);
  const kind = feedKind(text);
  const messages: Message[] = [...decodeNote(decoded), ...checkXml(text)];
  const tree: unknown = new XMLParser(PARSER_OPTIONS).parse(text);
  const root = rootOf(tree, kind);
  if (kind === 'atom') {
    return { kind, ...atomFeed(root), entries: atomEntries(root, options.url), messages };
  }
  return { kind, ...rssChannel(root), entries: rssEntries(root, kind === 'rdf'), messages };
}

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  // Content may be markup (Atom XHTML, unescaped HTML in RSS): keep it as written, not as a tree.
  stopNodes: ['*.content', '*.summary', '*.description', '*.content:encoded', '*.dc:description'],
};

const DECLARATION = /^(?:\uFEFF)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu;

/** Decodes feed bytes by BOM, else the XML declaration's encoding, else UTF-8 (Windows-1252 fallback). */
export function decodeFeed(bytes: Uint8Array): Decoded {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const label = DECLARATION.exec(head)?.[1]?.toLowerCase();
  // WHATWG decodes Latin-1 labels as Windows-1252, a superset; UTF-16 labels need a BOM anyway.
  const declared = label === undefined || label.startsWith('utf-16') ? undefined : label;
  return decodeText(bytes, declared);
}

const ROOTS: Readonly<Record<string, FeedKind>> = { rss: 'rss', 'rdf:rdf': 'rdf', rdf: 'rdf', feed: 'atom' };

function rootKind(name: string): FeedKind | undefined {
  const lower = name.toLowerCase();
  return ROOTS[lower] ?? ROOTS[lower.replace(/^[\w.-]+:/u, '')];
}

/** The kind of feed the root element names; an HTML page or another XML document is refused. */
export function feedKind(text: string): FeedKind {
  const head = text.slice(0, 65536).replace(/<!--[\s\S]*?-->/gu, '');
  const name = /<(?![?!])([A-Za-z_][\w:.-]*)/u.exec(head)?.[1]?.toLowerCase();
  const kind = name === undefined ? undefined : rootKind(name);
  if (kind) return kind;
  if (name === 'html' || /<!doctype\s+html/iu.test(head)) {
    throw new DatelineError(
      'E_FORMAT',
      'this is an HTML page, not a feed: read it with --format html (or save it as .html)',
    );
  }
  throw new DatelineError(
    'E_FORMAT',
    name === undefined
      ? 'not a feed: no XML element found (expected <rss>, <rdf:RDF>, <feed> or a JSON Feed)'
      : `not a feed: the root element is <${name}>, not <rss>, <rdf:RDF> or <feed>`,
  );
}

// Bare `&` and unquoted attributes are common in real feeds and harmless to a lenient parse;
// broken structure (unclosed or mismatched tags, truncation) is not.
const LENIENT = new Set(['InvalidChar', 'InvalidAttr']);

function checkXml(text: string): Message[] {
  const result = XMLValidator.validate(text);
  if (result === true) return [];
  const { code, msg, line, col } = result.err;
  const where = `line ${line}, column ${col}: ${msg}`;
  if (!LENIENT.has(code)) throw new DatelineError('E_FORMAT', `malformed feed XML at ${where}`);
  return [
    {
      severity: 'warning',
      rule: 'feed/not-well-formed',
      reason: `feed is not well-formed XML (${where}); read leniently`,
      stage: 'read',
    },
  ];
}

function rootOf(tree: unknown, kind: FeedKind): unknown {
  const entries = typeof tree === 'object' && tree !== null ? Object.entries(tree) : [];
  const found = entries.find(([key]) => !key.startsWith('?') && rootKind(key) === kind);
  return found?.[1] ?? {};
}
