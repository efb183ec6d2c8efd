/** Lossless JSON for documents: `fromJSON(toJSON(doc))` deep-equals `doc`. */
import type { Document } from './document.js';
import { documentJsonSchema } from './document-schema.js';
import { DatelineError } from './errors.js';
import type { Span } from './span.js';
import { isSpanWithin } from './span.js';

/** The document as a JSON string; `indent` for people, none for JSONL. */
export function toJSON(doc: Document, indent?: number): string {
  return JSON.stringify(doc, null, indent);
}

/** Parses and validates a `dateline/1` document; throws `E_SCHEMA` naming the first problem. */
export function fromJSON(json: unknown): Document {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new DatelineError('E_JSON', `not JSON: ${(error as Error).message}`);
    }
  }
  const parsed = documentJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new DatelineError('E_SCHEMA', `not a dateline/1 document: ${where} ${issue?.message ?? ''}`.trim());
  }
  // The validated input itself, not zod's copy: key order and any extra fields survive unchanged.
  const doc = value as Document;
  const bad = findSpanOutOfRange(doc);
  if (bad) throw new DatelineError('E_SCHEMA', `span out of range at ${bad}`);
  return doc;
}

/** The path of the first span that is not within the text, or undefined when all are. */
export function findSpanOutOfRange(doc: Document): string | undefined {
  const length = doc.text.length;
  const check = (span: Span | undefined, path: string): string | undefined =>
    span && !isSpanWithin(span, length) ? path : undefined;
  for (const [name, items] of Object.entries(doc.layers)) {
    for (const [i, item] of (items as object[]).entries()) {
      const bad = 'start' in item ? check(item as Span, `layers.${name}[${i}]`) : undefined;
      if (bad) return bad;
    }
  }
  for (const [i, m] of (doc.layers.mentions ?? []).entries()) {
    const bad = check(m.evidence, `layers.mentions[${i}].evidence`);
    if (bad) return bad;
  }
  for (const [i, e] of (doc.layers.entities ?? []).entries()) {
    for (const [k, r] of e.roles.entries()) {
      const bad = check(r.span, `layers.entities[${i}].roles[${k}].span`);
      if (bad) return bad;
    }
  }
  for (const [i, q] of (doc.layers.quotes ?? []).entries()) {
    const inner: [Span | undefined, string][] = [
      ...(q.parts ?? []).map((p, k): [Span, string] => [p, `parts[${k}]`]),
      ...q.quoted.map((p, k): [Span, string] => [p, `quoted[${k}]`]),
      [q.speaker, 'speaker'],
      [q.speaker?.evidence, 'speaker.evidence'],
      [q.cue, 'cue'],
      [q.setting, 'setting'],
    ];
    for (const [span, where] of inner) {
      const bad = check(span, `layers.quotes[${i}].${where}`);
      if (bad) return bad;
    }
  }
  for (const [i, e] of (doc.layers.events ?? []).entries()) {
    const inner: [Span | undefined, string][] = [
      [e.trigger, 'trigger'],
      [e.statusCue, 'statusCue'],
      [e.when?.span, 'when.span'],
      [e.where?.span, 'where.span'],
    ];
    for (const [span, where] of inner) {
      const bad = check(span, `layers.events[${i}].${where}`);
      if (bad) return bad;
    }
  }
  for (const [i, m] of doc.messages.entries()) {
    const bad = check(m.span, `messages[${i}].span`);
    if (bad) return bad;
  }
  return check(doc.meta.dateline?.span, 'meta.dateline.span');
}
