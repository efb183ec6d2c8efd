/** The OpenAPI 3.1 document, generated from the routes' zod schemas so it cannot drift from them. */
import { z } from 'zod';
import type { Route } from './routes.js';

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: unknown;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): Parameter[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

const ERROR_RESPONSE = {
  description: 'An error: `{"error": {"code", "message"}}`',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string' }, message: { type: 'string' } },
            required: ['code', 'message'],
          },
        },
        required: ['error'],
      },
    },
  },
};

export function openApiDocument(routes: readonly Route[]): unknown {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/gu, '{$1}');
    paths[path] = {
      get: {
        summary: r.summary,
        parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
        responses: {
          '200': { description: 'OK', content: { 'application/json': {} } },
          '400': ERROR_RESPONSE,
          ...(r.params ? { '404': ERROR_RESPONSE } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dateline API',
      version: '1',
      description:
        'Who said what, who met whom, where and when, from news-wire articles; every record carries its document id and span.',
    },
    paths,
  };
}
