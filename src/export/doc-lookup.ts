/**
 * Look-ups every exporter needs: an entity by id, the sentence holding an offset, the date an event
 * is filed under, the speaker's name, and an actor code split into country and sectors.
 */
import type { DatePrecision, DocEvent, Document, Entity } from '../document/document.js';
import type { Span } from '../document/span.js';
import { countryByIso } from '../geo/countries.js';

/** The entity with id `id`, when the entities layer has it. */
export function entityOf(doc: Document, id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : doc.layers.entities?.find((e) => e.id === id);
}

/** The sentence holding `offset`, with its index in the sentences layer. */
export function sentenceAt(doc: Document, offset: number): { index: number; span: Span } | undefined {
  const sentences = doc.layers.sentences ?? [];
  const index = sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const s = sentences[index];
  return s ? { index, span: { start: s.start, end: s.end } } : undefined;
}

export { documentDate } from '../document/document-date.js';

/** Where an event's date came from: its own words, the dateline's day, or the publication date. */
export type DateSource = 'text' | 'dateline' | 'published';

/** The day an event is filed under, where it came from, and how much of it the text gave. */
export interface EventDate {
  readonly date?: string;
  readonly from?: DateSource;
  /** Present when the text gives only a month or a year: `date` is then its first day. */
  readonly precision?: DatePrecision;
}

/**
 * The day an event is filed under. Formats that require a date (PLOVER, GDELT) get the dateline's
 * day or the publication date when the text gives none, and `from` says which. Example: for "met
 * in March 2016", `{ date: '2016-03-01', from: 'text', precision: 'month' }`.
 */
export function eventDate(doc: Document, event: DocEvent): EventDate {
  const when = event.when;
  if (when) {
    return {
      date: when.date,
      from: when.inferred ? 'dateline' : 'text',
      ...(when.precision ? { precision: when.precision } : {}),
    };
  }
  if (doc.meta.dateline?.date) return { date: doc.meta.dateline.date, from: 'dateline' };
  if (doc.meta.published) return { date: doc.meta.published, from: 'published' };
  return {};
}

/** An actor code taken apart: `USAGOV` → country `USA`, sectors `['GOV']`; `MED` → sectors `['MED']`. */
export interface ActorParts {
  /** The full code as the entities stage gave it (or the bare country). */
  readonly code?: string;
  /** ISO 3166-1 alpha-3, as CAMEO country codes are. */
  readonly country?: string;
  /** Three-letter sector codes after the country: GOV, MIL, … */
  readonly sectors: readonly string[];
}

/** Splits an entity's actor code. Example: `actorParts({ actor: 'RUSGOV', … }).country` → `'RUS'`. */
export function actorParts(entity: Entity): ActorParts {
  const code = entity.actor ?? entity.country;
  if (!code) return { sectors: [] };
  const head = code.slice(0, 3);
  const fromCode = head === entity.country || countryByIso(head)?.iso3 === head ? head : undefined;
  const rest = fromCode ? code.slice(3) : code;
  const sectors = rest.match(/.{1,3}/gu) ?? [];
  const country = fromCode ?? entity.country;
  return { code, ...(country ? { country } : {}), sectors };
}

/** The words naming `entityId` inside `span` (a name mention first), e.g. "Trump" for Donald Trump. */
export function mentionTextIn(doc: Document, entityId: string, span: Span): string | undefined {
  const inside = (doc.layers.mentions ?? []).filter(
    (m) => m.entities.includes(entityId) && m.start >= span.start && m.end <= span.end,
  );
  const best = inside.find((m) => m.kind === 'name') ?? inside[0];
  return best ? doc.text.slice(best.start, best.end) : undefined;
}

/** Offsets of a span as a plain object (drops any extra fields a layer item carries). */
export function spanOf(span: Span): Span {
  return { start: span.start, end: span.end };
}
