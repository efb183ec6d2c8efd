import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReadItem } from '../../src/read/article.js';
import { createFetcher, readUrl, watchUrl } from '../../src/read/fetch/index.js';
import { fakeIo } from '../helpers.js';
import { startServer } from './fetch-server.js';
import type { TestServer } from './fetch-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const noWait =
  (delays: number[]) =>
  (ms: number): Promise<void> => {
    delays.push(ms);
    return Promise.resolve();
  };

describe('fetcher', () => {
  it('names dateline in its User-Agent', async () => {
    await createFetcher().get(`${server.base}/page.html`);
    expect(server.userAgents.at(-1)).toMatch(
      /^dateline\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/dateline\)$/u,
    );
  });

  it('gives up on a slow server after the timeout, retrying once', async () => {
    const delays: number[] = [];
    const fetcher = createFetcher({ timeoutMs: 150, sleep: noWait(delays) });
    await expect(fetcher.get(`${server.base}/slow`)).rejects.toMatchObject({ code: 'E_TIMEOUT' });
    expect(delays).toEqual([1000]);
  });

  it('retries a 503 once after its Retry-After, and caps a long Retry-After', async () => {
    const delays: number[] = [];
    const fetched = await createFetcher({ sleep: noWait(delays) }).get(`${server.base}/busy`);
    expect(Buffer.from(fetched.bytes).toString()).toContain('After retry');
    expect(delays).toEqual([1000]);
    const capped: number[] = [];
    const fetcher = createFetcher({ sleep: noWait(capped), maxRetryAfterMs: 5000 });
    await expect(fetcher.get(`${server.base}/always-busy`)).rejects.toMatchObject({ code: 'E_FETCH' });
    expect(capped).toEqual([5000]);
    expect(server.hits.get('/always-busy')).toBe(2);
  });

  it('refuses a body over the size limit, with or without a Content-Length, and does not retry a 404', async () => {
    const fetcher = createFetcher({ maxBytes: 10_000 });
    await expect(fetcher.get(`${server.base}/big`)).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
    await expect(fetcher.get(`${server.base}/big-unsized`)).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
    await expect(fetcher.get(`${server.base}/nothing-here`)).rejects.toMatchObject({ code: 'E_FETCH' });
    expect(server.hits.get('/nothing-here')).toBe(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    server.maxInFlight = 0;
    const fetcher = createFetcher({ concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.get(`${server.base}/delay/${i}`)));
    expect(server.maxInFlight).toBe(2);
  });

  it('fetches only http and https', async () => {
    await expect(createFetcher().get('file:///etc/passwd')).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

describe('readUrl and watchUrl', () => {
  it('reads a feed URL item by item', async () => {
    const items = await collect(readUrl(`${server.base}/feed.xml`, { fetcher: createFetcher() }));
    expect(items.map((i) => i.ok && i.article.text)).toEqual([
      'Feed summary 1.',
      'Feed summary 2.',
      'Feed summary 3.',
    ]);
  });

  it('with fetchArticles reads each linked page, keeping the feed content when the page fails', async () => {
    const items = await collect(
      readUrl(`${server.base}/feed.xml`, { fetcher: createFetcher(), fetchArticles: true }),
    );
    const articles = items.flatMap((i) => (i.ok ? [i.article] : []));
    expect(articles).toHaveLength(3);
    expect(articles[0]?.text).toMatch(/^ANCHORAGE, Aug\. 15 \(Xinhua\)/u);
    expect(articles[0]?.meta.id).toBe('item-1');
    expect(articles[1]?.text).toMatch(/^GENEVA \(Reuters\)/u);
    expect(articles[1]?.meta.bylines).toEqual(['Jane Roe']);
    expect(articles[2]?.text).toBe('Feed summary 3.');
    expect(articles[2]?.messages?.find((m) => m.rule === 'fetch/article-page')?.reason).toMatch(/HTTP 404/u);
  });

  it('reads a page URL through the HTML reader, and reports an unreachable URL as an item', async () => {
    const [page] = await collect(readUrl(`${server.base}/page.html`, { fetcher: createFetcher() }));
    expect(page?.ok && page.article.meta.url).toBe(`${server.base}/page.html`);
    const [gone] = await collect(
      readUrl('http://127.0.0.1:9/feed.xml', { fetcher: createFetcher({ sleep: () => Promise.resolve() }) }),
    );
    expect(gone).toMatchObject({
      ok: false,
      source: 'http://127.0.0.1:9/feed.xml',
      error: { code: 'E_FETCH' },
    });
  });

  it('watches a feed and yields only items it has not seen', async () => {
    const sleeps: number[] = [];
    const sleep = (ms: number): Promise<void> => {
      sleeps.push(ms);
      return Promise.resolve();
    };
    const items = await collect(
      watchUrl(`${server.base}/watch.xml`, {
        fetcher: createFetcher(),
        intervalMs: 60_000,
        maxPolls: 3,
        sleep,
      }),
    );
    expect(items.map((i) => i.ok && i.article.meta.title)).toEqual(['First', 'Second', 'Third']);
    expect(server.hits.get('/watch.xml')).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it('stops a watch when its signal aborts', async () => {
    const stop = new AbortController();
    const seen: string[] = [];
    const sleep = (): Promise<void> => {
      stop.abort();
      return Promise.resolve();
    };
    for await (const item of watchUrl(`${server.base}/feed.xml`, {
      fetcher: createFetcher(),
      intervalMs: 1000,
      signal: stop.signal,
      sleep,
    })) {
      if (item.ok) seen.push(item.article.meta.title ?? '');
    }
    expect(seen).toEqual(['Summit', 'Talks', 'Missing']);
  });
});

describe('dateline extract URL', () => {
  it('prints one Document per feed item; with --fetch-articles the pages are read', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--fetch-articles', `${server.base}/feed.xml`], io)).toBe(0);
    const docs = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; meta: { url: string } });
    expect(docs).toHaveLength(3);
    expect(docs[0]?.text).toMatch(/^ANCHORAGE/u);
  });

  it('--watch with --max-polls stops by itself', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--watch', '1', '--max-polls', '1', `${server.base}/feed.xml`], io)).toBe(
      0,
    );
    expect(io.out().trim().split('\n')).toHaveLength(3);
  });

  it('a failed fetch prints an error line and exits 1', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--timeout', '0.2', `${server.base}/slow`], io)).toBe(1);
    expect(io.out()).toContain('"E_TIMEOUT"');
  }, 10_000);
});
