/**
 * The HTTP API (Fastify) and the web explorer's files, on one origin. Every API route is one Store
 * call (routes.ts); input is validated with clear 400s, errors have one body shape
 * `{"error": {"code", "message"}}` and never a stack trace; every response carries security headers,
 * including a Content-Security-Policy that allows no inline script.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';

export interface ServerOptions {
  readonly store: Store;
  /** The built explorer (index.html and assets); default `web/dist` of this package. */
  readonly webRoot?: string;
  /** Log requests (the CLI turns this on). */
  readonly logger?: boolean;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The default explorer build: `web/dist` next to `src/` or `dist/`. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist/', import.meta.url));
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function describeIssues(error: z.ZodError, where: string): string {
  return error.issues
    .map((issue) => {
      const name = issue.path.join('.');
      if (issue.code === 'unrecognized_keys')
        return `unknown ${where} parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return `${where} parameter "${name}": ${issue.message}`;
    })
    .join('; ');
}

function parse<T extends z.ZodObject>(
  schema: T | undefined,
  value: unknown,
  where: string,
): z.output<T> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new ApiError(400, 'E_BAD_REQUEST', describeIssues(result.error, where));
  return result.data;
}

/** Builds the server (not listening yet): `await (await buildServer({ store })).listen({ port: 0 })`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Long URLs are refused before any route sees them.
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024,
  });
  const webRoot = resolve(options.webRoot ?? defaultWebRoot());

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.status, error.code, error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(reply, status, 'E_BAD_REQUEST', (error as Error).message);
    }
    app.log.error(error);
    return sendError(reply, 500, 'E_INTERNAL', 'internal error: the server log has the details');
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'E_NOT_FOUND',
      `no such endpoint: ${request.method} ${request.url.split('?')[0] ?? ''}`,
    ),
  );

  for (const r of ROUTES) {
    app.get(r.path, async (request) => {
      if (request.url.length > 2048)
        throw new ApiError(414, 'E_URI_TOO_LONG', 'the request URL is longer than 2048 characters');
      const query = parse(r.query, request.query, 'query');
      const params = parse(r.params, request.params, 'path');
      const body = await r.handle(options.store, query as never, params as never);
      if (body === undefined)
        throw new ApiError(404, 'E_NOT_FOUND', `no such ${r.path.includes('actors') ? 'actor' : 'document'}`);
      return body;
    });
  }

  app.get('/api/openapi.json', () => openApiDocument(ROUTES));
  app.get('/api', () => ({
    endpoints: ROUTES.map((r) => ({ path: r.path, summary: r.summary })),
    openapi: '/api/openapi.json',
  }));

  app.get('/*', async (request, reply) => serveFile(webRoot, request.url, reply));
  app.get('/', async (request, reply) => serveFile(webRoot, '/index.html', reply));
  return app;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

/** A file of the explorer build; never outside the web root. */
async function serveFile(root: string, url: string, reply: FastifyReply): Promise<FastifyReply> {
  const path = decodeURIComponent((url.split('?')[0] ?? '/').replace(/^\/+/u, '')) || 'index.html';
  if (path.startsWith('api/')) return sendError(reply, 404, 'E_NOT_FOUND', `no such endpoint: GET /${path}`);
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root)
    return sendError(reply, 404, 'E_NOT_FOUND', 'no such file');
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
  } catch {
    if (path === 'index.html') {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web explorer is not built: run "npm run build:web". The API is at /api.');
    }
    return sendError(reply, 404, 'E_NOT_FOUND', `no such file: /${path}`);
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Built assets carry a content hash in their names: cache them; index.html always fresh.
  reply.header(
    'cache-control',
    path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  return reply.type(type).send(await readFile(file));
}
