/**
 * The web explorer in a real browser (headless Chromium through playwright-core) against the real
 * HTTP API: quotes marked with their speaker, quote search landing on the highlighted words, the
 * actor page's network and map, article text that never runs as markup, and two screen sizes.
 * Screenshots go to test-output/screenshots/. Skipped when Chromium is not installed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorSummary, Page as ResultPage } from '../../src/store/store.js';
import type { Explorer } from './explorer-setup.js';
import { CHROMIUM_PATH, openPage, SCREENSHOTS, startExplorer } from './explorer-setup.js';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) console.log(`test/web: skipped, no Chromium at ${CHROMIUM_PATH}`);

const WRENCH = 'throw a wrench in the works';

describe.skipIf(!hasChromium)('web explorer', () => {
  let explorer: Explorer;
  let trumpId: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    explorer = await startExplorer();
    const answer = await fetch(`${explorer.base}/api/actors?name=Trump&type=PERSON`);
    const actors = (await answer.json()) as ResultPage<ActorSummary>;
    const trump = actors.rows.find((a) => a.name === 'Donald Trump');
    if (!trump) throw new Error('the seed has no actor Donald Trump');
    trumpId = trump.id;
  }, 120_000);

  afterAll(async () => {
    await explorer?.close();
  });

  const url = (hash: string): string => `${explorer.base}/${hash}`;
  // Full pages, except where what matters is what the reader sees (the sticky panel, the scroll).
  const shoot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  const highlighted = (page: Page): Promise<string> =>
    page
      .locator('[data-testid="highlight"]')
      .allTextContents()
      .then((t) => t.join(''));

  it("marks Putin's quote with his name", async () => {
    const { page, problems } = await openPage(explorer);
    await page.goto(url(`#/doc/${explorer.seed.id}`));
    const mark = page.locator('[data-testid="quote-mark"]', { hasText: WRENCH });
    await mark.first().waitFor();
    expect(await mark.first().getAttribute('data-speaker')).toBe('Vladimir Putin');
    // The name shows on the mark itself (CSS ::before), not as part of the article's text.
    const quoteId = await mark.first().getAttribute('data-quote');
    const label = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('.quote-first[data-quote="${quoteId}"]'), '::before').content`,
    );
    expect(label).toContain('Vladimir Putin');
    expect(await page.locator('[data-testid="article-text"]').textContent()).toBe(explorer.seed.text);
    // A mention inside a quote is nested in the quote's mark.
    expect(await page.locator('[data-testid="quote-mark"] [data-testid="mention"]').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('.mention.type-PERSON', { hasText: 'Vladimir Putin' }).count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('[data-testid="event-trigger"]').count()).toBeGreaterThan(0);
    // Choosing the quote in the side panel highlights its words.
    await page
      .locator('[data-testid="quote-record"][data-speaker="Vladimir Putin"]', { hasText: 'wrench' })
      .click();
    await page.waitForURL(/span=\d+-\d+/u);
    expect(await highlighted(page)).toContain('wrench');
    await shoot(page, 'article-highlight-1280', false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders a highlight crossing a mention and a quote without losing or repeating text', async () => {
    const { seed } = explorer;
    const quote = seed.layers.quotes?.find((q) => seed.text.slice(q.start, q.end).includes('wrench'));
    const mention = seed.layers.mentions?.find(
      (m) => m.start < (quote?.start ?? 0) && m.end > (quote?.start ?? 0) - 200 && m.end - m.start > 3,
    );
    if (!quote || !mention) throw new Error('the seed lost its wrench quote');
    const span = { start: mention.start + 2, end: quote.start + 10 };
    const { page, problems } = await openPage(explorer);
    await page.goto(url(`#/doc/${seed.id}?span=${span.start}-${span.end}`));
    await page.locator('[data-testid="highlight"]').first().waitFor();
    expect(await page.locator('[data-testid="article-text"]').textContent()).toBe(seed.text);
    expect(await highlighted(page)).toBe(seed.text.slice(span.start, span.end));
    const quoteText = await page.locator(`[data-quote="${quote.id}"]`).allTextContents();
    expect(quoteText.join('')).toBe(seed.text.slice(quote.start, quote.end));
    // The mention the highlight starts inside is cut in two pieces, one each side of the boundary.
    expect(await page.locator('[data-testid="mention"].cont').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds a quote by its words and lands on its highlighted span', async () => {
    const { page, problems } = await openPage(explorer);
    await page.goto(url('#/quotes'));
    await page.locator('[data-testid="quote-text"]').fill('wrench');
    await page.locator('[data-testid="quote-form"] button[type="submit"]').click();
    const result = page.locator('[data-testid="quote-result"]').first();
    await result.waitFor();
    expect(await result.getAttribute('data-speaker')).toBe('Vladimir Putin');
    expect(await result.textContent()).toContain('President');
    await shoot(page, 'quote-search-1280');
    await result.locator('[data-testid="quote-source"]').click();
    await page.waitForURL(/#\/doc\/[0-9a-f]{32}\?span=\d+-\d+/u);
    await page.locator('[data-testid="highlight"]').first().waitFor();
    expect(await highlighted(page)).toContain('wrench');
    const box = await page.locator('#highlight').boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows Putin in Trump's network and Anchorage on his map", async () => {
    const { page, problems } = await openPage(explorer);
    await page.goto(url(`#/actor/${trumpId}`));
    await page.locator('[data-testid="network"][data-ready="true"]').waitFor();
    const nodes = await page.locator('[data-testid="network"]').getAttribute('data-nodes');
    expect(nodes?.split('|')).toContain('Vladimir Putin');
    expect(await page.locator('[data-testid="network"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="counterpart"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Vladimir Putin')]),
    );
    const place = page.locator('[data-testid="map-place"][aria-label="Anchorage"]');
    await place.first().waitFor();
    expect(await place.first().textContent()).toContain('Anchorage');
    expect(await page.locator('[data-testid="actor-roles"]').textContent()).toContain('President');
    await page.locator('[data-testid="actor-quotes"] [data-testid="quote-result"]').first().waitFor();
    await shoot(page, 'actor-network-1280');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows markup in article text literally and never runs it', async () => {
    const { page, problems } = await openPage(explorer);
    await page.goto(url(`#/doc/${explorer.xss.id}`));
    const text = page.locator('[data-testid="article-text"]');
    await text.locator('[data-testid="mention"]').first().waitFor();
    expect(await text.textContent()).toBe(explorer.xss.text);
    expect(await text.textContent()).toContain('<script>window.__xss=1</script>');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await shoot(page, 'xss-article-1280');
    await page.goto(url('#/search?q=script'));
    await page.locator('[data-testid="search-hit"]').first().waitFor();
    await page.goto(url('#/quotes?text=plan'));
    await page.locator('[data-testid="quote-result"]').first().waitFor();
    expect(await page.evaluate<unknown>('window.__xss')).toBeUndefined();
    await shoot(page, 'xss-quotes-1280');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says what went wrong for an unknown article', async () => {
    const { page } = await openPage(explorer);
    await page.goto(url(`#/doc/${'0'.repeat(32)}`));
    await page.locator('[data-testid="error"]').waitFor();
    expect(await page.locator('[data-testid="error"]').textContent()).toContain('E_NOT_FOUND');
    await page.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`fits every page in ${width}×${height} without sideways scrolling`, async () => {
      const { page, problems } = await openPage(explorer, { width, height });
      const pages: [string, string, string][] = [
        ['home', '#/', '[data-testid="stat-documents"]'],
        ['article', `#/doc/${explorer.seed.id}`, '[data-testid="quote-mark"]'],
        ['quotes', '#/quotes?speaker=Putin', '[data-testid="quote-result"]'],
        ['events', '#/events', '[data-testid="map-place"]'],
        ['actor', `#/actor/${trumpId}`, '[data-testid="map-place"]'],
        ['actors', '#/actors', '[data-testid="actor-link"]'],
      ];
      for (const [name, hash, ready] of pages) {
        await page.goto(url(hash));
        await page.locator(ready).first().waitFor();
        const fits = await page.evaluate<boolean>(
          'document.documentElement.scrollWidth <= window.innerWidth + 1',
        );
        await shoot(page, `${name}-${width}`);
        expect(fits, `${name} at ${width}px`).toBe(true);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
