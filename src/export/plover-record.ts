/**
 * PLOVER JSON event records, one per DocEvent, for `dateline export --format plover` (JSONL).
 *
 * Field names follow the "JSON Data Fields" chapter of the PLOVER manual (draft 0.7b1,
 * github.com/openeventdata/PLOVER): `id`, `date`, `source` and `recipient` as lists of actor
 * objects (`code` the 3-letter top-level code, i.e. the country; `sector`; `actor_text` the words in
 * the text; `identifier_text` the canonical name; `office`), `event` as a list of categories,
 * `mode`, `event_loc` (a GeoNames-style location: `name`, `latitude`, `longitude`, `country_code`
 * ISO alpha-2, `cc3` ISO alpha-3; snake_case where GeoNames has spaces), `event_text` (the event's
 * words: our trigger), `quad_code`, `text` (the sentence holding the trigger, a short quotation),
 * `text_info` (`sequence` = sentence index, `start`/`end` = its offsets) and `cite_info`.
 * POLECAT calls the source the "actor"; we keep the manual's name.
 *
 * Choices:
 * - `source` ← DocEvent.sources, `recipient` ← targets. For symmetric events (a meeting) PLOVER
 *   would list every party as source with no recipient; we keep the events stage's split (first
 *   party named acts) so PLOVER and GDELT rows agree. `participants` (joined the meeting) is an
 *   extension: PLOVER has no slot for them.
 * - `date` is required by PLOVER: the event's own date, else the dateline's day, else the
 *   publication date; `provenance.date_from` says which.
 * - PLOVER has no way to say a date is only a month or a year ("met in March 2016"): `date` is then
 *   the first day, and the extension `date_precision` (`month` or `year`, absent for a day) says
 *   so. PLOVER's `enddate` is not used for this: it would say the event lasted the whole month.
 * - `context` is not filled: dateline does not code contexts.
 * - Extensions (PLOVER invites named fields beyond its own): `status` (a negated or planned event
 *   is still exported; filter on it), `date_precision`, `cameo`, `participants`, `extension`,
 *   `provenance`.
 * - STATEMENT and CEREMONY are dateline categories PLOVER does not have (it dropped CAMEO 01
 *   statements; a wreath-laying has no category). The type is kept in `event`, the CAMEO code
 *   (010 for a statement, none for a ceremony) in `cameo`, and `extension` says so.
 */
import type {
  DatePrecision,
  DocEvent,
  Document,
  EntityType,
  EventStatus,
  EventType,
} from '../document/document.js';
import type { Span } from '../document/span.js';
import { countryByIso } from '../geo/countries.js';
import type { QuadClass } from './cameo-scales.js';
import { ploverQuadCode } from './cameo-scales.js';
import type { DateSource } from './doc-lookup.js';
import { actorParts, entityOf, eventDate, mentionTextIn, sentenceAt, spanOf } from './doc-lookup.js';

/** The codebook the records follow: PLOVER's, plus dateline's extensions. */
export const PLOVER_CODEBOOK = 'plover-0.7b1+dateline';

export interface PloverActor {
  /** Top-level 3-letter code: the country (ISO alpha-3, as CAMEO). */
  readonly code?: string;
  /** Sector codes run together: "GOV", "GOVMIL"; the whole code when it has no country ("MED"). */
  readonly sector?: string;
  /** The words naming the actor in the event's clause, else its canonical name. */
  readonly actor_text: string;
  /** Canonical name within the document. */
  readonly identifier_text: string;
  readonly office?: string;
  /** Extension: the full CAMEO-style code ("USAGOV"), the entity id and type. */
  readonly actor_code?: string;
  readonly entity: string;
  readonly entity_type?: EntityType;
}

export interface PloverLocation {
  readonly name: string;
  readonly latitude?: number;
  readonly longitude?: number;
  /** ISO 3166-1 alpha-2. */
  readonly country_code?: string;
  /** ISO 3166-1 alpha-3. */
  readonly cc3?: string;
  /** Extensions: US state, facility, and whether the place is the dateline's. */
  readonly region?: string;
  readonly facility?: string;
  readonly inferred?: boolean;
}

export interface PloverProvenance {
  readonly document: string;
  readonly canonical?: string;
  readonly url?: string;
  readonly source?: string;
  readonly event: string;
  readonly trigger: Span;
  readonly sentence: Span;
  readonly clause: Span;
  readonly rule: string;
  readonly date_from?: DateSource;
  readonly status_cue?: Span;
  readonly quote?: string;
}

export interface PloverRecord {
  readonly id: string;
  readonly date?: string;
  readonly source: readonly PloverActor[];
  readonly recipient: readonly PloverActor[];
  readonly event: readonly EventType[];
  readonly mode?: string;
  readonly event_loc?: PloverLocation;
  readonly event_text: readonly string[];
  readonly quad_code?: QuadClass;
  readonly text: string;
  readonly text_info: { readonly sequence?: number; readonly start: number; readonly end: number };
  readonly cite_info: {
    readonly citation: string;
    readonly url?: string;
    readonly title?: string;
    readonly publication?: string;
    readonly language?: string;
    readonly coder: string;
    readonly codebook: string;
  };
  readonly coder: string;
  readonly participants: readonly PloverActor[];
  readonly status: EventStatus;
  /** Extension: present when `date` stands for the month or the year the text names. */
  readonly date_precision?: DatePrecision;
  readonly cameo?: string;
  readonly extension?: string;
  readonly provenance: PloverProvenance;
}

export interface PloverOptions {
  /** The store's id for the story when this document is one copy of it; used in `id`. */
  readonly canonicalId?: string;
}

const EXTENSIONS: Partial<Record<EventType, string>> = {
  STATEMENT:
    'dateline extension: a public statement (CAMEO 01, which PLOVER dropped); the CAMEO code is in `cameo`',
  CEREMONY: 'dateline extension: a ceremony or commemoration, which has no PLOVER category and no CAMEO code',
};

/**
 * The PLOVER record of one event. Example:
 * `ploverRecord(doc, doc.layers.events[0]).source[0]?.identifier_text` → `'Donald Trump'`.
 */
export function ploverRecord(doc: Document, event: DocEvent, opts: PloverOptions = {}): PloverRecord {
  const sentence = sentenceAt(doc, event.trigger.start);
  const span = sentence?.span ?? spanOf(event);
  const { date, from, precision } = eventDate(doc, event);
  const actors = (ids: readonly string[]): PloverActor[] => ids.map((id) => ploverActor(doc, event, id));
  const quad = ploverQuadCode(event.type, event.cameo);
  const location = eventLocation(event);
  const extension = EXTENSIONS[event.type];
  return {
    id: `${opts.canonicalId ?? doc.id}-${event.id}`,
    ...(date ? { date } : {}),
    source: actors(event.sources),
    recipient: actors(event.targets),
    event: [event.type],
    ...(event.mode ? { mode: event.mode } : {}),
    ...(location ? { event_loc: location } : {}),
    event_text: [doc.text.slice(event.trigger.start, event.trigger.end)],
    ...(quad ? { quad_code: quad } : {}),
    text: doc.text.slice(span.start, span.end),
    text_info: { ...(sentence ? { sequence: sentence.index } : {}), start: span.start, end: span.end },
    cite_info: citeInfo(doc),
    coder: coderName(doc),
    participants: actors(event.participants),
    status: event.status,
    ...(precision ? { date_precision: precision } : {}),
    ...(event.cameo ? { cameo: event.cameo } : {}),
    ...(extension ? { extension } : {}),
    provenance: provenance(doc, event, span, from, opts),
  };
}

function ploverActor(doc: Document, event: DocEvent, id: string): PloverActor {
  const entity = entityOf(doc, id);
  if (!entity) return { actor_text: id, identifier_text: id, entity: id };
  const parts = actorParts(entity);
  const sector = parts.country ? parts.sectors.join('') : parts.code;
  const office = entity.roles[0]?.title;
  return {
    ...(parts.country ? { code: parts.country } : {}),
    ...(sector ? { sector } : {}),
    actor_text: mentionTextIn(doc, id, event) ?? entity.name,
    identifier_text: entity.name,
    ...(office ? { office } : {}),
    ...(parts.code ? { actor_code: parts.code } : {}),
    entity: id,
    entity_type: entity.type,
  };
}

function eventLocation(event: DocEvent): PloverLocation | undefined {
  const w = event.where;
  if (!w) return undefined;
  const iso2 = w.country ? countryByIso(w.country)?.iso2 : undefined;
  return {
    name: w.name,
    ...(w.lat !== undefined ? { latitude: w.lat } : {}),
    ...(w.lon !== undefined ? { longitude: w.lon } : {}),
    ...(iso2 ? { country_code: iso2 } : {}),
    ...(w.country ? { cc3: w.country } : {}),
    ...(w.region ? { region: w.region } : {}),
    ...(w.facility ? { facility: w.facility } : {}),
    ...(w.inferred ? { inferred: true } : {}),
  };
}

function citeInfo(doc: Document): PloverRecord['cite_info'] {
  const m = doc.meta;
  return {
    citation: m.id ?? doc.id,
    ...(m.url ? { url: m.url } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(m.publisher ? { publication: m.publisher } : {}),
    ...(m.language ? { language: m.language } : {}),
    coder: coderName(doc),
    codebook: PLOVER_CODEBOOK,
  };
}

function coderName(doc: Document): string {
  const rules = doc.provenance.events?.rule;
  return rules ? `dateline ${rules}` : 'dateline';
}

function provenance(
  doc: Document,
  event: DocEvent,
  sentence: Span,
  from: DateSource | undefined,
  opts: PloverOptions,
): PloverProvenance {
  return {
    document: doc.id,
    ...(opts.canonicalId ? { canonical: opts.canonicalId } : {}),
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.source ? { source: doc.meta.source } : {}),
    event: event.id,
    trigger: spanOf(event.trigger),
    sentence,
    clause: spanOf(event),
    rule: event.rule,
    ...(from ? { date_from: from } : {}),
    ...(event.statusCue ? { status_cue: spanOf(event.statusCue) } : {}),
    ...(event.quote ? { quote: event.quote } : {}),
  };
}
