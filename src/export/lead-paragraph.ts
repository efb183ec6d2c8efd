/**
 * The lead paragraph, for GDELT's IsRootEvent: the first paragraph (line) holding words that are not
 * publisher furniture. The dateline is not furniture here: "ANCHORAGE, Aug 16 (Xinhua) – Trump and
 * Putin met…" is the lead.
 */
import type { Document } from '../document/document.js';
import type { Span } from '../document/span.js';

/** The lead paragraph's span, or undefined for a text of furniture only. */
export function leadParagraph(doc: Document): Span | undefined {
  const furniture = (doc.layers.wire ?? []).filter((w) => w.kind !== 'dateline');
  const covered = (i: number): boolean => furniture.some((w) => w.start <= i && i < w.end);
  let start = 0;
  while (start < doc.text.length) {
    const newline = doc.text.indexOf('\n', start);
    const end = newline === -1 ? doc.text.length : newline;
    for (let i = start; i < end; i++) {
      if (!/\s/u.test(doc.text.charAt(i)) && !covered(i)) return { start, end };
    }
    start = end + 1;
  }
  return undefined;
}

/** True when `offset` lies in the lead paragraph. */
export function isInLeadParagraph(doc: Document, offset: number): boolean {
  const lead = leadParagraph(doc);
  return lead !== undefined && lead.start <= offset && offset < lead.end;
}
