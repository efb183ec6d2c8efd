import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { buildServer, ROUTES, SECURITY_HEADERS } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EventRow, Page, QuoteRow, Store } from '../../src/store/store.js';
import { seedText } from '../helpers.js';
import { MONTH_ONLY, SAME_MEETING, syndicatedCopy } from '../store/contract.js';

const web = mkdtempSync(join(tmpdir(), 'dateline-web-'));
afterAll(() => rmSync(web, { recursive: true, force: true }));

describe('HTTP API', () => {
  let app: FastifyInstance;
  let store: Store;
  let seed: Document;

  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><title>dateline</title><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    store = openSqliteStore(':memory:');
    seed = analyze(seedText());
    await store.put([
      seed,
      analyze({ text: syndicatedCopy(seedText()), meta: {} }),
      analyze({ text: SAME_MEETING, meta: { published: '2025-08-15' } }),
    ]);
    app = await buildServer({ store, webRoot: web });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (
    url: string,
  ): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> => {
    const r = await app.inject({ method: 'GET', url });
    const type = String(r.headers['content-type'] ?? '');
    return {
      status: r.statusCode,
      body: type.includes('json') ? r.json<unknown>() : r.body,
      headers: r.headers,
    };
  };
  const errorCode = (body: unknown): string | undefined =>
    (body as { error?: { code?: string } }).error?.code;

  it('answers every endpoint', async () => {
    const stats = (await get('/api/stats')).body as { documents: number; copies: number };
    expect(stats).toEqual(expect.objectContaining({ documents: 3, copies: 1 }));
    const docs = (await get('/api/documents?limit=2')).body as Page<{ id: string }>;
    expect(docs.rows).toHaveLength(2);
    expect(docs.total).toBe(3);
    const one = (await get(`/api/documents/${seed.id}`)).body as {
      document: Document;
      copies: { copies: string[] };
    };
    expect(one.document.text).toBe(seed.text);
    expect(one.document.layers.quotes?.length).toBe(seed.layers.quotes?.length);
    expect(one.copies.copies).toHaveLength(1);
    const search = (await get('/api/search?q=Elmendorf')).body as Page<{ snippet: string }>;
    expect(search.rows[0]?.snippet).toContain('[Elmendorf]');
    const quotes = (await get('/api/quotes?speaker=Putin&text=wrench')).body as Page<QuoteRow>;
    expect(quotes.rows.map((q) => q.speaker)).toEqual(['Vladimir Putin']);
    const q = quotes.rows[0];
    expect(seed.text.slice(q?.start, q?.end)).toContain('wrench');
    const events = (await get('/api/events?actor=RUS&type=CONSULT&status=asserted&place=Anchorage'))
      .body as Page<{ date: string }>;
    expect(events.rows.map((e) => e.date)).toContain('2025-08-15');
    const actors = (await get('/api/actors?name=Putin&type=PERSON')).body as Page<{
      id: number;
      name: string;
    }>;
    expect(actors.rows[0]?.name).toBe('Vladimir Putin');
    const putin = (await get(`/api/actors/${actors.rows[0]?.id}`)).body as {
      counterparts: { name: string }[];
    };
    expect(putin.counterparts.map((c) => c.name)).toContain('Donald Trump');
    const quoted = (await get('/api/actors?type=PERSON&order=quotes&limit=3')).body as Page<{
      quotes: number;
    }>;
    expect(quoted.rows.map((a) => a.quotes)).toEqual(
      [...quoted.rows.map((a) => a.quotes)].sort((a, b) => b - a),
    );
    expect(quoted.rows[0]?.quotes).toBeGreaterThan(0);
    const stories = (await get('/api/stories')).body as Page<{ label: string; documents: number }>;
    expect(stories.rows[0]).toEqual(
      expect.objectContaining({ label: 'Trump–Putin meeting, Anchorage, 2025-08-15', documents: 2 }),
    );
    const dups = (await get('/api/duplicates')).body as Page<{ canonical: { id: string } }>;
    expect(dups.rows[0]?.canonical.id).toBe(seed.id);
    expect(((await get('/api/quotes?copies=true')).body as Page<unknown>).total).toBeGreaterThan(
      ((await get('/api/quotes')).body as Page<unknown>).total,
    );
  });

  it('gives an event dated only to a month with its precision, and a day without one', async () => {
    const doc = analyze({ text: MONTH_ONLY, meta: { published: '2017-11-01' } });
    await store.put([doc]);
    const month = (await get(`/api/events?doc=${doc.id}`)).body as Page<EventRow>;
    expect(month.rows[0]).toMatchObject({ date: '2016-03-01', datePrecision: 'month' });
    const days = (await get('/api/events?place=Anchorage')).body as Page<EventRow>;
    expect(days.rows.length).toBeGreaterThan(0);
    for (const e of days.rows) expect(e).not.toHaveProperty('datePrecision');
  });

  it('describes itself in an OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).body as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toHaveLength(ROUTES.length);
    expect(doc.paths['/api/quotes']?.get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['speaker', 'text', 'since', 'until', 'limit', 'offset']),
    );
    expect(doc.paths['/api/documents/{id}']?.get.parameters[0]?.name).toBe('id');
  });

  it('refuses bad parameters with clear 400s', async () => {
    const cases: [string, RegExp][] = [
      ['/api/quotes?limit=5000', /limit/u],
      ['/api/quotes?limit=0', /limit/u],
      ['/api/quotes?limit=abc', /limit/u],
      ['/api/quotes?offset=-1', /offset/u],
      ['/api/quotes?since=15/08/2025', /since.*YYYY-MM-DD/u],
      ['/api/quotes?bogus=1', /unknown query parameter "bogus"/u],
      [`/api/search?q=${'x'.repeat(201)}`, /q/u],
      ['/api/search', /q/u],
      ['/api/events?status=maybe', /status/u],
      ['/api/events?type=<script>', /type/u],
      ['/api/documents/not-an-id', /document id/u],
      ['/api/actors/abc', /id/u],
      ['/api/quotes?copies=yes', /copies/u],
    ];
    for (const [url, message] of cases) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, 400]);
      expect(errorCode(r.body)).toBe('E_BAD_REQUEST');
      expect((r.body as { error: { message: string } }).error.message).toMatch(message);
    }
  });

  it('says 404 with the same error body, and never serves files outside the web root', async () => {
    expect(errorCode((await get('/api/actors/999999')).body)).toBe('E_NOT_FOUND');
    expect((await get(`/api/documents/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
    for (const url of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json']) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, 404]);
      expect(JSON.stringify(r.body)).not.toContain('root:');
    }
  });

  it('serves the explorer with security headers on every response', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toContain('text/html');
    const asset = await get('/assets/app.js');
    expect(String(asset.headers['cache-control'])).toContain('immutable');
    for (const r of [page, asset, await get('/api/stats'), await get('/api/quotes?limit=0')]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers[name]).toBe(value);
      expect(String(r.headers['content-security-policy'])).not.toContain('unsafe-inline');
    }
  });

  it('hides internal errors behind a 500 without a stack trace', async () => {
    const broken: Store = Object.create(store) as Store;
    broken.stats = () => Promise.reject(new Error('disk exploded at /secret/path.db'));
    const bad = await buildServer({ store: broken, webRoot: web });
    const r = await bad.inject({ method: 'GET', url: '/api/stats' });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      error: { code: 'E_INTERNAL', message: expect.stringContaining('internal error') as unknown },
    });
    expect(r.body).not.toMatch(/secret|at |\.ts/u);
    await bad.close();
  });
});
