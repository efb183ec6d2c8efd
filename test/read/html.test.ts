import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReaderInput } from '../../src/read/article.js';
import { htmlReader, readHtml } from '../../src/read/html/index.js';
import { isoDate } from '../../src/read/html/dates.js';
import { splitByline } from '../../src/read/html/bylines.js';

async function* chunks(parts: readonly Uint8Array[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield await Promise.resolve(part);
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'html');
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));

describe('readHtml metadata', () => {
  const article = readHtml(fixture('metadata.html'), {
    url: 'https://courier.example/x?utm=1',
    source: 'metadata.html',
  });

  it('prefers JSON-LD over OpenGraph for headline, authors, date and publisher', () => {
    expect(article.meta.title).toBe('Harbour talks resume after two-year pause');
    expect(article.meta.bylines).toEqual(['Mira Okafor', 'Tomas Lind']);
    expect(article.meta.published).toBe('2024-03-07');
    expect(article.meta.date).toBe('2024-03-07T18:30:00-05:00');
    expect(article.meta.publisher).toBe('The Lakeside Courier');
  });

  it('resolves the canonical link against the page URL and normalizes the language', () => {
    expect(article.meta.url).toBe('https://courier.example/news/2024/03/harbour-talks');
    expect(article.meta.language).toBe('en-GB');
    expect(article.meta.source).toBe('metadata.html');
  });

  it('keeps paragraphs apart and does not repeat headline or byline in the text', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^LAKESIDE — Negotiators/u);
    expect(article.text).not.toContain('Harbour talks resume');
    expect(article.text).not.toContain('By Mira Okafor');
    expect(article.messages).toEqual([]);
  });

  it('falls back to OpenGraph when nothing better is there', () => {
    const page = `<html><head><meta property="og:title" content="Only OG"><meta property="article:published_time" content="2021-05-04T10:00:00+02:00"><meta property="og:site_name" content="OG Site"></head><body><p>x</p></body></html>`;
    const meta = readHtml(page).meta;
    expect(meta.title).toBe('Only OG');
    expect(meta.published).toBe('2021-05-04');
    expect(meta.publisher).toBe('OG Site');
  });

  it('takes plain meta tags over JSON-LD', () => {
    const page = `<html><head><meta name="author" content="By Ada Meta"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Bo Linked"}}</script></head><body></body></html>`;
    expect(readHtml(page).meta.bylines).toEqual(['Ada Meta']);
  });
});

describe('readHtml charset', () => {
  it('decodes an ISO-8859-1 page by its http-equiv declaration', () => {
    const article = readHtml(fixture('latin1.html'));
    expect(article.meta.title).toBe('La grève des cheminots se poursuit');
    expect(article.text).toContain("« Nous n'avons reçu aucune proposition sérieuse »");
    expect(article.meta.language).toBe('fr');
  });

  it('reads UTF-8 bytes as UTF-8 even when the page declares another charset', () => {
    const bytes = new TextEncoder().encode(
      '<html><head><meta charset="windows-1252"></head><body><p>Zürich — Łódź</p></body></html>',
    );
    const article = readHtml(bytes);
    expect(article.messages?.some((m) => m.rule === 'html/charset')).toBe(true);
  });
});

describe('readHtml clean-up', () => {
  const article = readHtml(fixture('boilerplate.html'));

  it('keeps the article paragraphs', () => {
    expect(article.text.split('\n\n')).toHaveLength(6);
    expect(article.text).toMatch(/^The city council voted seven to two/u);
    expect(article.text).toMatch(/the river path will stay open for most of that time\.$/u);
  });

  it('drops share bars, newsletter boxes, related lists, teasers, photo credits and ad labels', () => {
    for (const junk of [
      'Share on',
      'newsletter',
      'Related stories',
      'Market traders',
      'Read more',
      'Advertisement',
      'River Gazette',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('keeps a caption without its credit', () => {
    expect(article.text.split('\n\n')).toContain("An artist's drawing of the bridge.");
  });

  it('drops the repeated headline and byline', () => {
    expect(article.text).not.toContain('Council approves new bridge');
    expect(article.text).not.toContain('By Jane Roe');
    expect(article.meta.bylines).toEqual(['Jane Roe']);
    expect(article.meta.published).toBe('2023-11-02');
  });

  it('can leave a rule out', () => {
    expect(readHtml(fixture('boilerplate.html'), { skipRules: ['html/teaser'] }).text).toContain(
      'Read more: Council delays',
    );
  });
});

describe('readHtml bad pages', () => {
  it('gives an empty article and a warning for a page with no article', () => {
    const article = readHtml(fixture('no-article.html'));
    expect(article.text).toBe('');
    expect(article.messages).toContainEqual(
      expect.objectContaining({ severity: 'warning', rule: 'html/no-article', stage: 'read' }),
    );
  });

  it('does not throw on empty, binary or broken input', () => {
    expect(readHtml('').text).toBe('');
    expect(readHtml(new Uint8Array([0, 1, 2, 0, 0, 3])).messages?.[0]?.rule).toBe('html/undecodable');
    expect(() => readHtml('<html><body><p>unclosed <b><i>tags<div></table>')).not.toThrow();
    expect(() => readHtml('<script type="application/ld+json">{not json</script><p>x</p>')).not.toThrow();
  });
});

describe('htmlReader', () => {
  it('reads a stream and names the source', async () => {
    const bytes = fixture('metadata.html');
    const input: ReaderInput = {
      source: 'page.html',
      stream: () => chunks([bytes.subarray(0, 100), bytes.subarray(100)]),
    };
    const items = [];
    for await (const item of htmlReader.read(input)) items.push(item);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.ok).toBe(true);
    if (item?.ok) expect(item.article.meta.source).toBe('page.html');
    expect(htmlReader.format).toBe('html');
    expect(htmlReader.extensions).toEqual(['.html', '.htm']);
  });
});

describe('helpers', () => {
  it('normalizes dates as written, without shifting time zones', () => {
    expect(isoDate('2025-08-15T22:00:00-08:00')).toBe('2025-08-15');
    expect(isoDate('April 5, 2018')).toBe('2018-04-05');
    expect(isoDate('Thu, 05 Apr 2018 06:00:00 GMT')).toBe('2018-04-05');
    expect(isoDate('20180405')).toBe('2018-04-05');
    expect(isoDate('not a date')).toBeUndefined();
  });

  it('splits bylines into names', () => {
    expect(splitByline('By Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe']);
    expect(splitByline('https://example.org/authors/jane')).toEqual([]);
  });
});
