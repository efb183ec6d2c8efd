/** The day a document is filed under. */
import type { Document } from './document.js';

/** The dateline's day (which is itself the publication date placed by the dateline), else the publication date. */
export function documentDate(doc: Pick<Document, 'meta'>): string | undefined {
  return doc.meta.dateline?.date ?? doc.meta.published;
}
