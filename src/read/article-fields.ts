/**
 * Maps a record (a JSONL object, a CSV row) to an Article. Field names are data: each Article field
 * accepts the aliases common in news datasets, matched case-insensitively.
 */
import type { Meta } from '../document/document.js';
import { DatelineError } from '../document/errors.js';
import type { Article } from './article.js';

const FIELD_ALIASES = {
  id: ['id', 'doc_id', 'docid', 'article_id', 'guid'],
  text: ['text', 'body', 'content', 'article', 'story', 'maintext'],
  title: ['title', 'headline', 'head'],
  date: ['date', 'published', 'publish_date', 'pubdate', 'date_publish', 'datetime', 'time'],
  url: ['url', 'link', 'href', 'source_url'],
  publisher: ['publisher', 'site', 'site_name', 'outlet', 'domain', 'source_name'],
  byline: ['byline', 'author', 'authors', 'bylines'],
} as const;

type Field = keyof typeof FIELD_ALIASES;

const ALIAS_TO_FIELD = new Map<string, Field>(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((a) => [a, field] as [string, Field]),
  ),
);

/** The Article field a column or key name stands for, if any: `Headline` → `title`. */
export function fieldFor(name: string): Field | undefined {
  return ALIAS_TO_FIELD.get(name.trim().toLowerCase());
}

/** Builds an Article from a record; throws `E_FORMAT` when there is no text field. */
export function articleFromRecord(record: Readonly<Record<string, unknown>>, source: string): Article {
  const meta: Meta = { source };
  const extra: Record<string, string> = {};
  let text: string | undefined;
  for (const [key, value] of Object.entries(record)) {
    const field = fieldFor(key);
    if (field === 'text') {
      if (typeof value === 'string' && text === undefined) text = value;
      continue;
    }
    const str = asString(value);
    if (str === undefined || str === '') continue;
    if (field === undefined || hasField(meta, field)) {
      extra[key] = str;
    } else {
      setField(meta, field, value, str);
    }
  }
  if (text === undefined) {
    throw new DatelineError('E_FORMAT', `no text field: give the article body as "text" (or body/content)`);
  }
  if (Object.keys(extra).length > 0) meta.extra = extra;
  return { text, meta };
}

function hasField(meta: Meta, field: Exclude<Field, 'text'>): boolean {
  return field === 'byline' ? meta.bylines !== undefined : meta[field] !== undefined;
}

function setField(meta: Meta, field: Exclude<Field, 'text'>, value: unknown, str: string): void {
  if (field === 'byline') {
    const names = Array.isArray(value) ? value.map(asString).filter((s): s is string => !!s) : [str];
    meta.bylines = names.map((n) => n.trim()).filter((n) => n.length > 0);
  } else {
    meta[field] = str.trim();
  }
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map(asString)
      .filter((s) => s !== undefined)
      .join('; ');
  return undefined;
}
