/**
 * The three HTML test sets under shared/corpus/html, loaded as cases: the page's bytes and what a
 * good extraction looks like (expected text, expected metadata, or must/must-not snippets).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../src/read/html/dom.js';
import { htmlText } from '../../src/read/html/html-text.js';

export interface ExpectedMeta {
  readonly title?: string;
  readonly byline?: string;
  readonly publishedTime?: string;
}

export interface Case {
  readonly name: string;
  readonly html: Uint8Array;
  readonly text?: string;
  readonly meta?: ExpectedMeta;
  readonly with?: readonly string[];
  readonly without?: readonly string[];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Mozilla Readability's test pages: expected.html is the reference body, compared as text. */
export function readabilitySet(dir: string): Case[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.html')))
    .map((d) => {
      const base = join(dir, d.name);
      const expected = htmlText(
        parseHtmlDocument(readFileSync(join(base, 'expected.html'), 'utf8')).documentElement ??
          parseHtmlDocument('').createElement('p'),
      );
      const metaPath = join(base, 'expected-metadata.json');
      const raw: unknown = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
      const m = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const meta: ExpectedMeta = {
        ...(str(m['title']) ? { title: str(m['title']) as string } : {}),
        ...(str(m['byline']) ? { byline: str(m['byline']) as string } : {}),
        ...(str(m['publishedTime']) ? { publishedTime: str(m['publishedTime']) as string } : {}),
      };
      return { name: d.name, html: readFileSync(join(base, 'source.html')), text: expected, meta };
    });
}

/** newspaper3k's test data: html/<name>.html with text/<name>.txt (`x_article.html` ↔ `x.txt`). */
export function newspaperSet(dir: string): Case[] {
  const texts = new Set(readdirSync(join(dir, 'text')));
  const cases: Case[] = [];
  for (const file of readdirSync(join(dir, 'html')).sort()) {
    const stem = file.replace(/\.html$/u, '');
    const txt = [`${stem}.txt`, `${stem.replace(/_article(\d*)$/u, '$1')}.txt`].find((t) => texts.has(t));
    if (!txt) continue;
    const text = readFileSync(join(dir, 'text', txt), 'utf8');
    if (isNote(text)) continue;
    cases.push({ name: stem, html: readFileSync(join(dir, 'html', file)), text });
  }
  return cases;
}

/**
 * Some newspaper3k "expected" files are a tester's note ("MISSES SECOND HALF OF ARTICLE") or empty,
 * not text: no lower-case letter anywhere. Those pages have no reference and are skipped.
 */
function isNote(text: string): boolean {
  return !/\p{Ll}/u.test(text) && !/[\p{Lo}]/u.test(text);
}

/** trafilatura's evaluation pages: snippets that must and must not appear in the body. */
export function trafilaturaSet(dir: string): Case[] {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'evaldata_subset.json'), 'utf8'));
  if (typeof raw !== 'object' || raw === null) return [];
  const cases: Case[] = [];
  for (const entry of Object.values(raw as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    const file = str(e['file']);
    if (!file || !existsSync(join(dir, 'html', file))) continue;
    cases.push({
      name: file,
      html: readFileSync(join(dir, 'html', file)),
      with: strings(e['with']),
      without: strings(e['without']),
    });
  }
  return cases;
}
