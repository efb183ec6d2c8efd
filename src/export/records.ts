/**
 * Flat, typed records for `--what documents|quotes|events`: one object per document, quote or
 * event, with names resolved and spans kept. The CSV rows and the JSONL lines are both made from
 * these, so the two formats always carry the same values. Keys are snake_case, as the CSV header.
 */
import type {
  DatePrecision,
  DocEvent,
  Document,
  EventStatus,
  EventType,
  Quote,
  QuoteKind,
  SettingKind,
} from '../document/document.js';
import type { Span } from '../document/span.js';
import type { DateSource } from './doc-lookup.js';
import { quoteWords, speakerName } from '../document/quote-words.js';
import { documentDate, entityOf, eventDate, sentenceAt, spanOf } from './doc-lookup.js';

export interface DocumentRecord {
  readonly id: string;
  readonly date?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly source?: string;
  readonly dateline_place?: string;
  /** ISO 3166-1 alpha-2, as `meta.dateline.country`. */
  readonly dateline_country?: string;
  /** Agency credit chain, originating agency first. */
  readonly agencies: readonly string[];
  readonly quotes: number;
  readonly events: number;
}

export interface QuoteRecord {
  readonly doc_id: string;
  readonly quote_id: string;
  /** The speaker entity's canonical name, else the words of the speaker span. */
  readonly speaker: string;
  readonly speaker_entity?: string;
  /** True when the speaker was reached through a pronoun, a title or an earlier quote. */
  readonly speaker_inferred: boolean;
  readonly role_title?: string;
  /** ISO 3166-1 alpha-3. */
  readonly role_country?: string;
  readonly kind: QuoteKind;
  /** Base form of the reporting cue: "say", "according to". */
  readonly cue?: string;
  readonly setting?: SettingKind;
  readonly outlet?: string;
  /** The content; the pieces of a broken quote are joined by " … ". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly date?: string;
  readonly source?: string;
  readonly url?: string;
  /** JSON only: the pieces of a discontinuous content, the speaker and cue spans. */
  readonly parts: readonly Span[];
  readonly speaker_span?: Span;
  readonly cue_span?: Span;
  readonly continues?: string;
}

export interface EventRecord {
  readonly doc_id: string;
  readonly event_id: string;
  readonly type: EventType;
  readonly mode?: string;
  readonly cameo?: string;
  readonly status: EventStatus;
  /** Names of who acts, who is acted upon, who else takes part; codes in the same order ('' when none). */
  readonly sources: readonly string[];
  readonly source_codes: readonly string[];
  readonly targets: readonly string[];
  readonly target_codes: readonly string[];
  readonly participants: readonly string[];
  readonly participant_codes: readonly string[];
  /** The event's day; with `date_precision`, the first day of the month or year the text names. */
  readonly date?: string;
  /** Present only when the text gave just a month or a year ("in March 2016"): absent means a day. */
  readonly date_precision?: DatePrecision;
  readonly date_from?: DateSource;
  readonly place?: string;
  readonly facility?: string;
  readonly region?: string;
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** True when the place is the dateline's, not one the sentence names. */
  readonly place_inferred: boolean;
  readonly trigger: string;
  readonly trigger_start: number;
  readonly trigger_end: number;
  /** The sentence holding the trigger (the event's clause when there is no sentences layer). */
  readonly sentence: string;
  readonly quote?: string;
  readonly rule: string;
  /** JSON only: entity ids, the sentence and clause spans, the status cue. */
  readonly source_ids: readonly string[];
  readonly target_ids: readonly string[];
  readonly participant_ids: readonly string[];
  readonly sentence_span: Span;
  readonly clause_span: Span;
  readonly status_cue?: Span;
}

/** One record for the document. Example: `documentRecord(doc).events` → `10`. */
export function documentRecord(doc: Document): DocumentRecord {
  const m = doc.meta;
  const date = documentDate(doc);
  return {
    id: doc.id,
    ...(date ? { date } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(m.publisher ? { publisher: m.publisher } : {}),
    ...(m.url ? { url: m.url } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...(m.dateline ? { dateline_place: m.dateline.place } : {}),
    ...(m.dateline?.country ? { dateline_country: m.dateline.country } : {}),
    agencies: m.agencies ?? [],
    quotes: doc.layers.quotes?.length ?? 0,
    events: doc.layers.events?.length ?? 0,
  };
}

/** One record per quote. Example: `quoteRecord(doc, q).speaker` → `'Donald Trump'`. */
export function quoteRecord(doc: Document, quote: Quote): QuoteRecord {
  const speaker = quote.speaker;
  const entity = entityOf(doc, speaker?.entity);
  const role = entity?.roles[0];
  const parts = (quote.parts ?? [quote]).map(spanOf);
  const date = documentDate(doc);
  return {
    doc_id: doc.id,
    quote_id: quote.id,
    speaker: speakerName(doc, quote) ?? '',
    ...(entity ? { speaker_entity: entity.id } : {}),
    speaker_inferred: speaker?.inferred === true,
    ...(role ? { role_title: role.title } : {}),
    ...(role?.country ? { role_country: role.country } : {}),
    kind: quote.kind,
    ...(quote.cue ? { cue: quote.cue.lemma } : {}),
    ...(quote.setting ? { setting: quote.setting.kind } : {}),
    ...(quote.setting?.outlet ? { outlet: quote.setting.outlet } : {}),
    text: quoteWords(doc.text, quote),
    start: quote.start,
    end: quote.end,
    ...(date ? { date } : {}),
    ...(doc.meta.source ? { source: doc.meta.source } : {}),
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    parts,
    ...(speaker ? { speaker_span: spanOf(speaker) } : {}),
    ...(quote.cue ? { cue_span: spanOf(quote.cue) } : {}),
    ...(quote.continues ? { continues: quote.continues } : {}),
  };
}

/** One record per event. Example: `eventRecord(doc, e).sources` → `['Donald Trump']`. */
export function eventRecord(doc: Document, event: DocEvent): EventRecord {
  const names = (ids: readonly string[]): string[] => ids.map((id) => entityOf(doc, id)?.name ?? id);
  const codes = (ids: readonly string[]): string[] =>
    ids.map((id) => {
      const e = entityOf(doc, id);
      return e?.actor ?? e?.country ?? '';
    });
  const { date, from, precision } = eventDate(doc, event);
  const where = event.where;
  const sentence = sentenceAt(doc, event.trigger.start)?.span ?? spanOf(event);
  return {
    doc_id: doc.id,
    event_id: event.id,
    type: event.type,
    ...(event.mode ? { mode: event.mode } : {}),
    ...(event.cameo ? { cameo: event.cameo } : {}),
    status: event.status,
    sources: names(event.sources),
    source_codes: codes(event.sources),
    targets: names(event.targets),
    target_codes: codes(event.targets),
    participants: names(event.participants),
    participant_codes: codes(event.participants),
    ...(date ? { date } : {}),
    ...(precision ? { date_precision: precision } : {}),
    ...(from ? { date_from: from } : {}),
    ...(where ? { place: where.name } : {}),
    ...(where?.facility ? { facility: where.facility } : {}),
    ...(where?.region ? { region: where.region } : {}),
    ...(where?.country ? { country: where.country } : {}),
    ...(where?.lat !== undefined ? { lat: where.lat } : {}),
    ...(where?.lon !== undefined ? { lon: where.lon } : {}),
    place_inferred: where?.inferred === true,
    trigger: doc.text.slice(event.trigger.start, event.trigger.end),
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    sentence: doc.text.slice(sentence.start, sentence.end),
    ...(event.quote ? { quote: event.quote } : {}),
    rule: event.rule,
    source_ids: [...event.sources],
    target_ids: [...event.targets],
    participant_ids: [...event.participants],
    sentence_span: sentence,
    clause_span: spanOf(event),
    ...(event.statusCue ? { status_cue: spanOf(event.statusCue) } : {}),
  };
}
