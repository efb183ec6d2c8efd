import type { Document, Meta } from './document.js';
import { SCHEMA_VERSION } from './document.js';
import { documentId } from './document-id.js';

/** A document with no layers yet. Example: `createDocument('Putin said.', { published: '2025-08-16' })`. */
export function createDocument(text: string, meta: Meta = {}): Document {
  return {
    schema: SCHEMA_VERSION,
    id: documentId(text),
    text,
    meta: { ...meta },
    layers: {},
    provenance: {},
    messages: [],
  };
}
