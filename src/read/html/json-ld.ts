/**
 * JSON-LD (`<script type="application/ld+json">`): the article object a page describes itself
 * with. Publishers wrap it in arrays and `@graph`s and spell values as strings, objects or lists;
 * this reduces all of that to the few fields the reader wants.
 */
import type { HtmlDocument } from './dom.js';

export interface LinkedArticle {
  readonly headline?: string;
  /** `name`, which some sites fill with the headline and others (Wikipedia) with a description. */
  readonly name?: string;
  readonly authors: string[];
  readonly datePublished?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly language?: string;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$/u;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the JSON-LD blocks, flattening arrays and `@graph`. */
function objects(doc: HtmlDocument): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, ''));
    } catch {
      continue; // Broken JSON-LD is common; the other sources still count.
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (isObject(item)) {
        out.push(item);
        if (item['@graph'] !== undefined) queue.push(item['@graph']);
      }
    }
  }
  return out;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A string, or the `name` of an object, or the first of a list of those. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['@id']);
  return undefined;
}

function names(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  return list
    .map((v) => (isObject(v) ? text(v['name']) : text(v)))
    .filter((s): s is string => s !== undefined);
}

/** The page's article object from JSON-LD, preferring news types, or undefined. */
export function linkedArticle(doc: HtmlDocument): LinkedArticle | undefined {
  const all = objects(doc);
  const article =
    all.find((o) => types(o).some((t) => /News|Reportage/u.test(t) && ARTICLE_TYPES.test(t))) ??
    all.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return undefined;
  const main = article['mainEntityOfPage'];
  return {
    ...opt('headline', text(article['headline'])),
    ...opt('name', text(article['name'])),
    authors: names(article['author'] ?? article['creator']),
    ...opt('datePublished', text(article['datePublished']) ?? text(article['dateCreated'])),
    ...opt('publisher', text(article['publisher']) ?? text(article['sourceOrganization'])),
    ...opt('url', text(article['url']) ?? (isObject(main) ? text(main['@id']) : text(main))),
    ...opt('language', text(article['inLanguage'])),
  };
}

/** `{[key]: value}` when value is defined, `{}` otherwise (for exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
