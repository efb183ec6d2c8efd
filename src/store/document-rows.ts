/**
 * A Document as flat rows for a store: the article, its entities and their roles, quotes, events
 * and who takes part in them. Backend-neutral: the SQLite and PostgreSQL stores write the same rows.
 * Every row keeps the document id and a span into the document's text.
 */
import type { DatePrecision, DocEvent, Document, Entity, Quote } from '../document/document.js';
import { documentDate } from '../document/document-date.js';
import { quoteWords, speakerName } from '../document/quote-words.js';

export interface DocumentRow {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly source?: string;
  readonly place?: string;
  readonly country?: string;
  readonly agencies: string[];
  readonly text: string;
}

export interface EntityRow {
  readonly entity: string;
  readonly type: string;
  readonly name: string;
  readonly country?: string;
  readonly code?: string;
  readonly start: number;
  readonly end: number;
  readonly mentions: number;
}

export interface RoleRow {
  readonly entity: string;
  readonly title: string;
  readonly country?: string;
  readonly sector?: string;
  readonly start: number;
  readonly end: number;
}

export interface QuoteRowData {
  readonly id: string;
  readonly kind: string;
  readonly entity?: string;
  readonly speaker?: string;
  readonly role?: string;
  readonly country?: string;
  readonly cue?: string;
  readonly setting?: string;
  readonly outlet?: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface EventRowData {
  readonly id: string;
  readonly type: string;
  readonly mode?: string;
  readonly cameo?: string;
  readonly status: string;
  readonly date?: string;
  /** Set when `date` stands for its whole month or year. */
  readonly datePrecision?: DatePrecision;
  readonly place?: string;
  readonly facility?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly trigger: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  readonly quote?: string;
  readonly actors: { readonly role: 'source' | 'target' | 'participant'; readonly entity: string }[];
}

export interface DocumentRows {
  readonly document: DocumentRow;
  readonly entities: EntityRow[];
  readonly roles: RoleRow[];
  readonly quotes: QuoteRowData[];
  readonly events: EventRowData[];
}

/** Flattens a document into rows. */
export function documentRows(doc: Document): DocumentRows {
  const entities = doc.layers.entities ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    document: documentRow(doc),
    entities: entities.map((e) => entityRow(doc, e)),
    roles: entities.flatMap((e) =>
      e.roles.map((r) => ({
        entity: e.id,
        title: r.title,
        ...(r.country === undefined ? {} : { country: r.country }),
        ...(r.sector === undefined ? {} : { sector: r.sector }),
        start: r.span.start,
        end: r.span.end,
      })),
    ),
    quotes: (doc.layers.quotes ?? []).map((q) => quoteRow(doc, q, byId)),
    events: (doc.layers.events ?? []).map((e) => eventRow(doc, e)),
  };
}

function documentRow(doc: Document): DocumentRow {
  const m = doc.meta;
  const date = documentDate(doc);
  return {
    id: doc.id,
    ...(m.title === undefined ? {} : { title: m.title }),
    ...(date === undefined ? {} : { date }),
    ...(m.publisher === undefined ? {} : { publisher: m.publisher }),
    ...(m.url === undefined ? {} : { url: m.url }),
    ...(m.source === undefined ? {} : { source: m.source }),
    ...(m.dateline ? { place: m.dateline.place } : {}),
    ...(m.dateline?.country === undefined ? {} : { country: m.dateline.country }),
    agencies: m.agencies ?? [],
    text: doc.text,
  };
}

function entityRow(doc: Document, e: Entity): EntityRow {
  const mentions = doc.layers.mentions ?? [];
  const ids = new Set(e.mentions);
  // The first mention that names the entity is its evidence; else its first mention of any kind.
  const own = mentions.filter((m) => ids.has(m.id));
  const first = own.find((m) => m.kind === 'name') ?? own[0];
  return {
    entity: e.id,
    type: e.type,
    name: e.name,
    ...(e.country === undefined ? {} : { country: e.country }),
    ...(e.actor === undefined ? {} : { code: e.actor }),
    start: first?.start ?? 0,
    end: first?.end ?? 0,
    mentions: own.length,
  };
}

function quoteRow(doc: Document, q: Quote, entities: ReadonlyMap<string, Entity>): QuoteRowData {
  const entity = q.speaker?.entity === undefined ? undefined : entities.get(q.speaker.entity);
  const role = entity?.roles[0];
  const speaker = speakerName(doc, q);
  const country = role?.country ?? entity?.country;
  return {
    id: q.id,
    kind: q.kind,
    ...(entity ? { entity: entity.id } : {}),
    ...(speaker === undefined ? {} : { speaker }),
    ...(role ? { role: role.title } : {}),
    ...(country === undefined ? {} : { country }),
    ...(q.cue ? { cue: q.cue.lemma } : {}),
    ...(q.setting ? { setting: q.setting.kind } : {}),
    ...(q.setting?.outlet === undefined ? {} : { outlet: q.setting.outlet }),
    text: quoteWords(doc.text, q),
    start: q.start,
    end: q.end,
  };
}

function eventRow(doc: Document, e: DocEvent): EventRowData {
  const w = e.where;
  return {
    id: e.id,
    type: e.type,
    ...(e.mode === undefined ? {} : { mode: e.mode }),
    ...(e.cameo === undefined ? {} : { cameo: e.cameo }),
    status: e.status,
    ...(e.when ? { date: e.when.date } : {}),
    ...(e.when?.precision === undefined ? {} : { datePrecision: e.when.precision }),
    ...(w ? { place: w.name } : {}),
    ...(w?.facility === undefined ? {} : { facility: w.facility }),
    ...(w?.country === undefined ? {} : { country: w.country }),
    ...(w?.lat === undefined ? {} : { lat: w.lat }),
    ...(w?.lon === undefined ? {} : { lon: w.lon }),
    trigger: doc.text.slice(e.trigger.start, e.trigger.end),
    lemma: e.trigger.lemma,
    start: e.start,
    end: e.end,
    ...(e.quote === undefined ? {} : { quote: e.quote }),
    actors: [
      ...e.sources.map((entity) => ({ role: 'source' as const, entity })),
      ...e.targets.map((entity) => ({ role: 'target' as const, entity })),
      ...e.participants.map((entity) => ({ role: 'participant' as const, entity })),
    ],
  };
}
