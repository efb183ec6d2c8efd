import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';
import { gzipRecords, sampleRecords } from './warc-build.js';

const fixture = (name: string): string => new URL(`../fixtures/feeds/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-feed-cli-'));

interface Line {
  meta?: { title?: string; url?: string; source?: string; published?: string };
  error?: { code: string; message: string };
}
const lines = (s: string): Line[] =>
  s
    .trim()
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as Line);

describe('dateline extract: feeds and web archives', () => {
  it('prints one Document per feed item', async () => {
    const io = fakeIo();
    expect(await main(['extract', fixture('rss2.xml')], io)).toBe(0);
    const docs = lines(io.out());
    expect(docs.map((d) => d.meta?.title)).toEqual([
      'Leaders meet in Anchorage',
      'Talks go on in Geneva',
      'Undated note',
      'Berlin reacts',
    ]);
    expect(docs[0]?.meta?.source).toBe(`${fixture('rss2.xml')}#1`);
  });

  it('reads a .warc.gz by its name and a feed from standard input by its first bytes', async () => {
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(path, gzipRecords(sampleRecords()));
    const io = fakeIo();
    expect(await main(['extract', path], io)).toBe(0);
    expect(lines(io.out()).map((d) => d.meta?.url)).toEqual([
      'https://news.example.org/summit',
      'https://news.example.org/talks',
    ]);
    const stdin = fakeIo(readFileSync(fixture('atom.atom'), 'utf8'));
    expect(await main(['extract', '-'], stdin)).toBe(0);
    expect(lines(stdin.out())).toHaveLength(3);
  });

  it('reads --format feed whatever the name, and reports an HTML "feed" with exit 1', async () => {
    const renamed = join(dir, 'feed.txt');
    writeFileSync(renamed, readFileSync(fixture('rdf.rdf')));
    const io = fakeIo();
    expect(await main(['extract', '--format', 'feed', renamed], io)).toBe(0);
    expect(lines(io.out())).toHaveLength(2);
    const bad = fakeIo();
    expect(await main(['extract', fixture('not-a-feed.xml')], bad)).toBe(1);
    expect(lines(bad.out())[0]?.error?.code).toBe('E_FORMAT');
    expect(bad.err()).toMatch(/HTML page, not a feed/u);
  });

  it('refuses network flags without a URL, and a non-http URL', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--watch', '60', fixture('rss2.xml')], io)).toBe(2);
    expect(io.err()).toMatch(/need a feed URL/u);
    const two = fakeIo();
    expect(await main(['extract', '--fetch-articles', fixture('rss2.xml')], two)).toBe(2);
  });
});
