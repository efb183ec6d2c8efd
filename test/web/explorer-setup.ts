/**
 * Scaffolding for the explorer's browser tests: builds `web/dist` when it is missing or older
 * than the sources, serves it with the real API over an in-memory store, and opens Chromium.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { build } from 'vite';
import type { Document } from '../../src/document/document.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { buildServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { seedText } from '../helpers.js';
import { SAME_MEETING, syndicatedCopy } from '../store/contract.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const WEB = new URL('../../web/', import.meta.url).pathname;
export const WEB_ROOT = join(WEB, 'dist');
export const SCREENSHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;

/** Text an attacker might slip into an article: it must show as text and never run. */
export const XSS_TEXT = [
  'WASHINGTON (Reuters) - Senator Jane Doe said "<script>window.__xss=1</script> is not a plan" on Tuesday.',
  '',
  'A post showing <img src=x onerror="window.__xss=1"> and a javascript:window.__xss=1 link was shared, officials said.',
  '',
  'Doe met Governor John Roe in Boston on Monday.',
].join('\n');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the explorer unless `web/dist/index.html` is newer than every source file. */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_ROOT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(WEB)) return;
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}

export interface Explorer {
  readonly base: string;
  readonly seed: Document;
  readonly xss: Document;
  readonly store: Store;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The real server over the seed article, a copy of it, a second report and the XSS article. */
export async function startExplorer(): Promise<Explorer> {
  await ensureWebBuild();
  const store = openSqliteStore(':memory:');
  const seed = analyze(seedText());
  const xss = analyze({
    text: XSS_TEXT,
    meta: {
      title: 'Doe says <img src=x onerror="window.__xss=1"> is not a plan',
      url: 'javascript:window.__xss=1',
      publisher: '<b>Reuters</b>',
    },
  });
  await store.put([
    seed,
    analyze({ text: syndicatedCopy(seedText()), meta: { publisher: 'Copy Daily' } }),
    analyze({ text: SAME_MEETING, meta: { published: '2025-08-15' } }),
    xss,
  ]);
  const app: FastifyInstance = await buildServer({ store, webRoot: WEB_ROOT });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    base,
    seed,
    xss,
    store,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

/** A page that records script errors and CSP violations, for the test to assert none happened. */
export async function openPage(
  explorer: Explorer,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await explorer.browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { page, problems };
}
