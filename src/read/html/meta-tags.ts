/**
 * `<meta>` tags by key. Keys are the lower-cased `name`, `property`, `itemprop` or `http-equiv`;
 * one page may repeat a key (several `article:author` tags), so each key holds a list.
 */
import type { HtmlDocument } from './dom.js';

export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** All meta tags of the page that carry a non-empty `content`. */
export function metaTags(doc: HtmlDocument): MetaTags {
  const tags = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = (el.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      // `property` may list several space-separated keys (RDFa).
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/u)) {
        if (!key) continue;
        const list = tags.get(key) ?? [];
        list.push(content);
        tags.set(key, list);
      }
    }
  }
  return tags;
}

/** The first value under any of `keys`, tried in order. */
export function firstTag(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** Every value under the first of `keys` that has any. */
export function allTags(tags: MetaTags, keys: readonly string[]): readonly string[] {
  for (const key of keys) {
    const values = tags.get(key);
    if (values && values.length > 0) return values;
  }
  return [];
}
