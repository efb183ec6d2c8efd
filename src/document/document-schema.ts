/**
 * The versioned JSON form of a Document (`"schema": "dateline/1"`) as a zod schema. The JSON Schema
 * file in `schema/` is generated from this by `npm run schema` and checked in tests.
 */
import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES } from './document.js';

const offset = z.number().int().nonnegative();
const span = z.object({ start: offset, end: offset });

const provenance = z.object({
  stage: z.string(),
  rule: z.string(),
  confidence: z.number().min(0).max(1).optional(),
  inferred: z.boolean().optional(),
});

const message = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string(),
  rule: z.string(),
  stage: z.string(),
  span: span.optional(),
});

const token = span.extend({ pos: z.string(), kind: z.string() });
const sentence = span.extend({ tokens: span, rule: z.string() });
const wireSegment = span.extend({
  kind: z.enum(['prefix', 'byline', 'dateline', 'credit', 'correction', 'boilerplate']),
  rule: z.string(),
});

const entityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY', 'NORP', 'MISC']);

const mention = span.extend({
  id: z.string(),
  type: entityType,
  kind: z.enum(['name', 'title', 'pronoun', 'group']),
  entities: z.array(z.string()),
  rule: z.string(),
  confidence: z.number().min(0).max(1).optional(),
  inferred: z.boolean().optional(),
  evidence: span.optional(),
});

const role = z.object({
  title: z.string(),
  country: z.string().optional(),
  org: z.string().optional(),
  sector: z.string().optional(),
  span,
  rule: z.string(),
  inferred: z.boolean().optional(),
  countryFrom: z.enum(['coordination', 'actor-base', 'dateline']).optional(),
});

const entity = z.object({
  id: z.string(),
  type: entityType,
  name: z.string(),
  country: z.string().optional(),
  roles: z.array(role),
  actor: z.string().optional(),
  actorSource: z.enum(['document', 'dictionary', 'user', 'learned']).optional(),
  mentions: z.array(z.string()),
});

const quoteSpeaker = span.extend({
  mention: z.string().optional(),
  entity: z.string().optional(),
  inferred: z.boolean().optional(),
  evidence: span.optional(),
});

const quote = span.extend({
  id: z.string(),
  kind: z.enum(['direct', 'mixed', 'indirect']),
  parts: z.array(span).optional(),
  quoted: z.array(span),
  speaker: quoteSpeaker.optional(),
  cue: span.extend({ lemma: z.string() }).optional(),
  setting: span
    .extend({
      kind: z.enum([
        'press-conference',
        'interview',
        'statement',
        'social-media',
        'speech',
        'hearing',
        'briefing',
        'meeting',
        'letter',
      ]),
      outlet: z.string().optional(),
      inferred: z.boolean().optional(),
    })
    .optional(),
  continues: z.string().optional(),
  rule: z.string(),
});

const quotedSpan = span.extend({
  role: z.enum(['speech', 'term', 'title']),
  closed: z.boolean(),
  quote: z.string().optional(),
  rule: z.string(),
});

const eventSchema = span.extend({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  mode: z.string().optional(),
  cameo: z.string().optional(),
  trigger: span.extend({ lemma: z.string() }),
  sources: z.array(z.string()),
  targets: z.array(z.string()),
  participants: z.array(z.string()),
  status: z.enum(EVENT_STATUSES),
  statusCue: span.optional(),
  when: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
      span: span.optional(),
      inferred: z.boolean().optional(),
      precision: z.enum(['month', 'year']).optional(),
    })
    .optional(),
  where: z
    .object({
      name: z.string(),
      country: z.string().optional(),
      region: z.string().optional(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      facility: z.string().optional(),
      span: span.optional(),
      inferred: z.boolean().optional(),
    })
    .optional(),
  quote: z.string().optional(),
  rule: z.string(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const datelineMeta = z.object({
  place: z.string(),
  country: z.string().optional(),
  countryName: z.string().optional(),
  region: z.string().optional(),
  date: isoDate.optional(),
  span,
  rule: z.string(),
});

const meta = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  published: isoDate.optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  publisher: z.string().optional(),
  source: z.string().optional(),
  dateline: datelineMeta.optional(),
  bylines: z.array(z.string()).optional(),
  agencies: z.array(z.string()).optional(),
  language: z.string().optional(),
  extra: z.record(z.string(), z.string()).optional(),
});

const layers = z.object({
  wire: z.array(wireSegment).optional(),
  tokens: z.array(token).optional(),
  sentences: z.array(sentence).optional(),
  mentions: z.array(mention).optional(),
  entities: z.array(entity).optional(),
  quoted: z.array(quotedSpan).optional(),
  quotes: z.array(quote).optional(),
  events: z.array(eventSchema).optional(),
});

export const documentJsonSchema = z.object({
  schema: z.literal('dateline/1'),
  id: z.string(),
  text: z.string(),
  meta,
  layers,
  provenance: z.object({
    wire: provenance.optional(),
    tokens: provenance.optional(),
    sentences: provenance.optional(),
    mentions: provenance.optional(),
    entities: provenance.optional(),
    quoted: provenance.optional(),
    quotes: provenance.optional(),
    events: provenance.optional(),
  }),
  messages: z.array(message),
});

/** The JSON Schema (draft 2020-12) for `dateline/1` documents. */
export function documentJsonSchemaFile(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentJsonSchema) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://dateline.dev/schema/dateline-1.schema.json',
    title: 'dateline/1 document',
    description:
      'A news article with its original text, metadata and annotation layers; every span is a half-open [start, end) range of UTF-16 code units into text.',
  };
}
