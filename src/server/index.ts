/** The HTTP API and web explorer server. */
export { buildServer, defaultWebRoot, SECURITY_HEADERS } from './server.js';
export type { ServerOptions } from './server.js';
export { openApiDocument } from './openapi.js';
export { MAX_OFFSET, MAX_QUERY_CHARS, ROUTES } from './routes.js';
export type { Route } from './routes.js';
