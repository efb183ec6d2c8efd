/** A quote as plain words, for tables, exports and summaries: one definition for every caller. */
import type { Document, Quote } from './document.js';

/** The content: its pieces, white space folded, joined with " … " where the attribution interrupts them. */
export function quoteWords(text: string, quote: Pick<Quote, 'start' | 'end' | 'parts'>): string {
  const pieces = quote.parts && quote.parts.length > 0 ? quote.parts : [quote];
  return pieces.map((p) => text.slice(p.start, p.end).replace(/\s+/gu, ' ').trim()).join(' … ');
}

/** The speaker as a name: the resolved entity's canonical name, else the speaker's own words. */
export function speakerName(doc: Pick<Document, 'text' | 'layers'>, quote: Quote): string | undefined {
  const id = quote.speaker?.entity;
  const entity = id === undefined ? undefined : doc.layers.entities?.find((e) => e.id === id);
  if (entity) return entity.name;
  return quote.speaker ? doc.text.slice(quote.speaker.start, quote.speaker.end).trim() : undefined;
}
