import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, ReadItem } from '../../src/read/article.js';
import { bufferInput, fileInput } from '../../src/read/inputs.js';
import { feedDate, feedReader, parseFeed } from '../../src/read/feed/index.js';

const fixture = (name: string): string => new URL(`../fixtures/feeds/${name}`, import.meta.url).pathname;

async function readAll(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function articles(name: string): Promise<Article[]> {
  const items = await readAll(feedReader.read(fileInput(fixture(name))));
  return items.map((item) => {
    if (!item.ok) throw new Error(`${item.source}: ${item.error.message}`);
    return item.article;
  });
}

const rules = (a: Article | undefined): string[] => (a?.messages ?? []).map((m) => m.rule);

describe('feed reader: RSS 2.0', () => {
  it('reads each item into an Article with title, link, dates, authors and the feed as publisher', async () => {
    const [first, second] = await articles('rss2.xml');
    expect(first?.meta).toMatchObject({
      id: 'wire-1001',
      title: 'Leaders meet in Anchorage',
      url: 'https://news.example.org/2025/08/16/anchorage',
      date: 'Sat, 16 Aug 2025 10:00:00 GMT',
      published: '2025-08-16',
      bylines: ['Jane Roe'],
      publisher: 'Wire Desk & World',
      language: 'en-us',
    });
    expect(first?.meta.source).toMatch(/rss2\.xml#1$/u);
    expect(second?.meta.bylines).toEqual(['John Doe', 'Ana Diaz']);
  });

  it('prefers content:encoded and renders HTML as paragraphs; escaped HTML in a description too', async () => {
    const [first, second] = await articles('rss2.xml');
    expect(first?.text).toBe(
      'ANCHORAGE, Aug. 16 (Xinhua) -- The two presidents met on Friday.\n\n"Many points" were agreed, one of them said.',
    );
    expect(second?.text).toBe('Delegations met again on Sunday.\n\nA second round is planned.');
  });

  it('skips a later item with a repeated guid and says so on the first', async () => {
    const all = await articles('rss2.xml');
    expect(all.map((a) => a.meta.title)).toEqual([
      'Leaders meet in Anchorage',
      'Talks go on in Geneva',
      'Undated note',
      'Berlin reacts',
    ]);
    expect(all[0]?.messages?.find((m) => m.rule === 'feed/duplicate-id')?.reason).toMatch(/item\(s\) 3\b/u);
  });

  it('keeps an undated item with a message; reads Spanish and German date names', async () => {
    const all = await articles('rss2.xml');
    const undated = all.find((a) => a.meta.title === 'Undated note');
    expect(undated?.meta.published).toBeUndefined();
    expect(rules(undated)).toContain('feed/no-date');
    expect(undated?.meta.url).toBe('https://news.example.org/notes/7');
    expect(undated?.text).toBe('A note without a date. AT&T said nothing.');
    expect(all[1]?.meta.published).toBe('2025-08-17');
    expect(all[3]?.meta.published).toBe('2025-08-18');
  });
});

describe('feed reader: RSS 1.0, Atom, JSON Feed', () => {
  it('reads RSS 1.0/RDF items with dc: fields', async () => {
    const all = await articles('rdf.rdf');
    expect(all.map((a) => [a.meta.id, a.meta.title, a.meta.published, a.meta.language])).toEqual([
      ['https://rdf.example.org/a/1', 'Premier article', '2025-08-12', 'fr'],
      ['https://rdf.example.org/a/2', 'Second article', '2025-08-13', 'fr'],
    ]);
    expect(all[0]?.meta.bylines).toEqual(['Marie Curie']);
    expect(all[0]?.meta.publisher).toBe('RDF Wire');
  });

  it('reads Atom: XHTML and HTML content, relative links, HTML titles, feed-level authors', async () => {
    const [a, b, c] = await articles('atom.atom');
    expect(a?.meta).toMatchObject({
      id: 'urn:uuid:entry-0001',
      title: 'Summit ends',
      url: 'https://atom.example.org/world/2025/summit-ends',
      published: '2025-08-15',
      bylines: ['Tan Jingjing', 'Gao Shan'],
      publisher: 'Atom Wire',
      language: 'en-GB',
    });
    expect(a?.text).toBe(
      'The summit ended without a deal.\n\nBoth sides called the talks constructive & useful.',
    );
    expect(b?.text).toBe('First paragraph.\n\nSecond & last.');
    expect(b?.meta.bylines).toEqual(['Atom Desk']);
    expect(b?.meta.published).toBe('2025-08-14');
    expect(c?.text).toBe('Plain text content <not a tag> stays as written.');
    expect(c?.meta.url).toBe('https://atom.example.org/feeds/plain');
  });

  it('reads a JSON Feed', async () => {
    const [a, b] = await articles('feed.json');
    expect(a?.meta).toMatchObject({
      id: '42',
      url: 'https://json.example.org/a/42',
      published: '2025-08-16',
    });
    expect(a?.meta.bylines).toEqual(['Steve Witkoff']);
    expect(a?.text).toBe('One.\n\nTwo & three.');
    expect(b?.meta).toMatchObject({
      id: 'b',
      url: 'https://elsewhere.example.com/b',
      bylines: ['JSON Desk'],
    });
    expect(b?.text).toBe('Plain text item.\n\nSecond paragraph.');
  });

  it('refuses JSON that is not a JSON Feed, pointing at --format jsonl', async () => {
    const [item] = await readAll(feedReader.read(bufferInput('x.json', '{"id": 1, "text": "hi"}')));
    expect(item).toMatchObject({ ok: false, error: { code: 'E_FORMAT' } });
    expect(item && !item.ok && item.error.message).toMatch(/--format jsonl/u);
  });
});

describe('feed reader: encodings, dates and bad input', () => {
  it('decodes by the XML declaration (ISO-8859-1) and reads French month names', async () => {
    const all = await articles('latin1.rss');
    expect(all[0]?.meta.title).toBe('Réunion à Genève');
    expect(all[0]?.meta.publisher).toBe('Le Journal du Matin - Édition');
    expect(all.map((a) => a.meta.published)).toEqual(['2025-08-13', '2025-07-14', '2025-06-02']);
    expect(rules(all[0])).not.toContain('read/encoding-fallback');
  });

  it('decodes a UTF-8 feed with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('rdf.rdf'))]);
    expect(parseFeed(bytes).entries).toHaveLength(2);
  });

  it('refuses an HTML page with E_FORMAT, pointing at the HTML reader', async () => {
    const [item] = await readAll(feedReader.read(fileInput(fixture('not-a-feed.xml'))));
    expect(item).toMatchObject({ ok: false, error: { code: 'E_FORMAT' } });
    expect(item && !item.ok && item.error.message).toMatch(/HTML page.*--format html/u);
  });

  it('refuses truncated XML with the line and column; reads bare ampersands leniently with a warning', async () => {
    const [broken] = await readAll(feedReader.read(fileInput(fixture('broken.rss'))));
    expect(broken).toMatchObject({ ok: false, error: { code: 'E_FORMAT' } });
    expect(broken && !broken.ok && broken.error.message).toMatch(/malformed feed XML at line \d+/u);
    const [sloppy] = await articles('sloppy.rss');
    expect(sloppy?.meta.title).toBe('Q&A with the minister');
    expect(sloppy?.meta.url).toBe('https://sloppy.example.org/?a=1&b=2');
    expect(rules(sloppy)).toContain('feed/not-well-formed');
  });

  it('refuses other XML and garbage without throwing', async () => {
    for (const text of ['<urlset><url/></urlset>', '', '\u0000\u0001binary', '<<<>>>']) {
      const items = await readAll(feedReader.read(bufferInput('x.xml', text)));
      expect(items).toHaveLength(1);
      expect(items[0]?.ok).toBe(false);
    }
  });

  it('maps day and month names of several languages', () => {
    expect(feedDate('Seg, 24 Set 2018 19:42:40 -0300')).toBe('2018-09-24');
    expect(feedDate('Mi, 3. Jan 2018 10:00:00 +0100')).toBe('2018-01-03');
    expect(feedDate('mié, 05 dic 2018 10:00:00 +0100')).toBe('2018-12-05');
    expect(feedDate('sab, 01 mag 2021 10:00:00 +0200')).toBe('2021-05-01');
    expect(feedDate('Do, 12 Mär 2020 10:00:00')).toBe('2020-03-12');
    expect(feedDate('Wed, 02 Oct 02 13:00:00 GMT')).toBe('2002-10-02');
    expect(feedDate('2025-08-16T23:30:00-08:00')).toBe('2025-08-16');
    expect(feedDate('someday')).toBeUndefined();
  });
});
