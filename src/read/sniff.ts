/**
 * Content sniffing for inputs without a telling name (standard input, fetched URLs): the first
 * bytes say whether it is a web archive, a feed, an HTML page or JSONL. Plain text is the fallback.
 */
import { constants, gunzipSync } from 'node:zlib';
import type { ReaderFormat, ReaderInput } from './article.js';
import { isGzip } from './warc/gunzip.js';

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 4096;

/** The format the leading bytes show, or undefined when they show none (treat as text). */
export function sniffFormat(head: Uint8Array): ReaderFormat | undefined {
  if (isGzip(head)) return /^WARC\/\d/u.test(gunzipStart(head)) ? 'warc' : undefined;
  const text = new TextDecoder('latin1')
    .decode(head.subarray(0, SNIFF_BYTES))
    .replace(/^\u00ef\u00bb\u00bf/u, '')
    .trimStart();
  if (/^WARC\/\d/u.test(text)) return 'warc';
  if (text.startsWith('{'))
    return /"version"\s*:\s*"https?:\\?\/\\?\/jsonfeed\.org/u.test(text) ? 'feed' : 'jsonl';
  if (!text.startsWith('<')) return undefined;
  const markup = text.replace(/<!--[\s\S]*?(?:-->|$)/gu, '');
  const root = /<(?![?!])([A-Za-z_][\w:.-]*)/u.exec(markup)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root?.endsWith(':feed')) return 'feed';
  if (/^<!doctype\s+html/iu.test(markup) || root === 'html' || root === 'head' || root === 'body')
    return 'html';
  // Other XML goes to the feed reader, which names its root element in a clear refusal.
  return /^<\?xml/iu.test(markup) ? 'feed' : 'html';
}

/** The start of a gzip stream, decompressed as far as the bytes at hand allow. */
function gunzipStart(head: Uint8Array): string {
  try {
    // Deflate expands at most ~1000×, so a few KB in stay a few MB out; a cap would throw instead.
    const out = gunzipSync(head.subarray(0, SNIFF_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
    return out.subarray(0, 16).toString('latin1');
  } catch {
    return '';
  }
}

/**
 * Reads the first bytes of an input to sniff its format, and gives back an input that still
 * streams every byte (the ones read for sniffing first). Example: `const { format, input } = await sniffInput(stdin)`.
 */
export async function sniffInput(
  input: ReaderInput,
): Promise<{ format: ReaderFormat | undefined; input: ReaderInput }> {
  const iterator = input.stream()[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
  }
  const replay: ReaderInput = {
    source: input.source,
    stream: async function* () {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  return { format: sniffFormat(Buffer.concat(head)), input: replay };
}
