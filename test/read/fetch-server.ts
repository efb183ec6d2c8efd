/** A local HTTP server on 127.0.0.1 for the fetching tests: fixture feeds and pages, and misbehaving endpoints. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const warcPage = (name: string): Buffer => readFileSync(new URL(`../fixtures/warc/${name}`, import.meta.url));

export interface TestServer {
  readonly base: string;
  /** Requests seen, by path. */
  readonly hits: Map<string, number>;
  readonly userAgents: string[];
  /** Most requests that were in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

const item = (base: string, n: string, title: string, link = `${base}/page/${n}`): string =>
  `<item><title>${title}</title><link>${link}</link><guid>item-${n}</guid><pubDate>Sat, 16 Aug 2025 10:00:00 GMT</pubDate><description>Feed summary ${n}.</description></item>`;

const rss = (items: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>${items.join('')}</channel></rss>`;

type Route = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

function routes(base: string): Record<string, Route> {
  return {
    '/feed.xml': (_q, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(
        rss([
          item(base, '1', 'Summit'),
          item(base, '2', 'Talks'),
          item(base, '3', 'Missing', `${base}/page/missing`),
        ]),
      );
    },
    '/page/1': (_q, res) => res.setHeader('content-type', 'text/html').end(warcPage('summit.html')),
    '/page/2': (_q, res) => res.setHeader('content-type', 'text/html').end(warcPage('talks.html')),
    '/slow': (_q, res) => void setTimeout(() => res.end(rss([])), 1500),
    '/busy': (_q, res, server) => {
      if ((server.hits.get('/busy') ?? 0) === 1) return void res.writeHead(503, { 'retry-after': '1' }).end();
      res.end(rss([item(base, '1', 'After retry')]));
    },
    '/always-busy': (_q, res) => void res.writeHead(503, { 'retry-after': '3600' }).end(),
    '/big': (_q, res) => res.end('x'.repeat(50_000)),
    '/big-unsized': (_q, res) => {
      res.write('x'.repeat(30_000));
      res.end('x'.repeat(30_000));
    },
    '/watch.xml': (_q, res, server) => {
      const poll = server.hits.get('/watch.xml') ?? 0;
      const items = [item(base, '1', 'First'), item(base, '2', 'Second')];
      if (poll >= 2) items.unshift(item(base, '3', 'Third'));
      res.end(rss(items));
    },
    '/page.html': (_q, res) => res.setHeader('content-type', 'text/html').end(warcPage('talks.html')),
  };
}

/** Starts the server on an ephemeral port. */
export async function startServer(): Promise<TestServer> {
  let inFlight = 0;
  let table: Record<string, Route> = {};
  const state: TestServer = {
    base: '',
    hits: new Map(),
    userAgents: [],
    maxInFlight: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.userAgents.push(req.headers['user-agent'] ?? '');
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const route = table[path] ?? (path.startsWith('/delay/') ? delayed : undefined);
    if (route) route(req, res, state);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = routes(base);
  Object.assign(state, { base });
  return state;
}

const delayed: Route = (_q, res) =>
  void setTimeout(() => res.setHeader('content-type', 'text/html').end(warcPage('summit.html')), 60);
