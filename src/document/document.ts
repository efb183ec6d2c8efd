/**
 * The Document: the original text (never modified), its metadata, and layers of annotations that
 * stages add, each a list of `[start, end)` spans into `text` with the provenance of whoever made it.
 */
import type { Message } from './messages.js';
import type { Span } from './span.js';

export const SCHEMA_VERSION = 'dateline/1';

/** Who made an annotation: the stage, the rule or model, and how sure it is where that means something. */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
  readonly confidence?: number;
  /** True when the value was reached indirectly (through a pronoun, a previous quote, a default). */
  readonly inferred?: boolean;
}

export interface Token extends Span {
  /** Universal POS tag (wink-nlp's tag set, e.g. PROPN, VERB, PUNCT). */
  readonly pos: string;
  /** Coarse kind: word, number, punctuation, symbol, quote, url, email, … */
  readonly kind: string;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence and one past its last, in the tokens layer. */
  readonly tokens: Span;
  /** Id of the rule that ended this sentence (e.g. `sentence/terminal-punctuation`, `sentence/paragraph-break`). */
  readonly rule: string;
}

export type WireKind = 'prefix' | 'byline' | 'dateline' | 'credit' | 'correction' | 'boilerplate';

/** A stretch of publisher or agency furniture: marked, never deleted, so later stages can skip it. */
export interface WireSegment extends Span {
  readonly kind: WireKind;
  readonly rule: string;
}

export interface DatelineMeta {
  /** The place as the text gives it, in title case: "Anchorage", "Washington". */
  readonly place: string;
  /** ISO 3166-1 alpha-2 code of the country, when known. */
  readonly country?: string;
  /** Full country name as the gazetteer spells it, when known. */
  readonly countryName?: string;
  /** Region (US state, province) when the dateline gives one: "Ala." → "Alabama". */
  readonly region?: string;
  /** ISO date `YYYY-MM-DD`, from the dateline itself or else the publication date. */
  readonly date?: string;
  readonly span: Span;
  readonly rule: string;
}

export interface Meta {
  /** The caller's or the reader's identifier for the article (JSONL `id`, CSV row). */
  id?: string;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published?: string;
  /** The publication date as the input gave it, before normalization. */
  date?: string;
  url?: string;
  publisher?: string;
  /** Where the article was read from: a file name, `stdin`, a URL; with a line or row when useful. */
  source?: string;
  dateline?: DatelineMeta;
  /** People who wrote the article: authors, never people in the story. */
  bylines?: string[];
  /** Agency credit chain, originating agency first: ["Xinhua", "NNN", "MENAFN"]. */
  agencies?: string[];
  language?: string;
  /** Any further input fields, kept as given. */
  extra?: Record<string, string>;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FACILITY' | 'NORP' | 'MISC';

export type MentionKind = 'name' | 'title' | 'pronoun' | 'group';

/** A stretch of text that refers to one entity (or, for a group like "the two leaders", several). */
export interface Mention extends Span {
  readonly id: string;
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** The entities referred to: one, or several for a group mention. */
  readonly entities: readonly string[];
  readonly rule: string;
  readonly confidence?: number;
  /** True when the referent was reached indirectly (pronoun, title, group); `evidence` is the antecedent. */
  readonly inferred?: boolean;
  readonly evidence?: Span;
}

/** A role a person holds: "Secretary of State" of the USA, with the words that say so. */
export interface Role {
  readonly title: string;
  /** ISO 3166-1 alpha-3 of the country the role belongs to, when known. */
  readonly country?: string;
  /** Organization the role belongs to, when the text names one: "the Kremlin". */
  readonly org?: string;
  /** CAMEO-style sector: GOV, MIL, LEG, JUD, BUS, MED, … */
  readonly sector?: string;
  readonly span: Span;
  readonly rule: string;
  readonly inferred?: boolean;
  /** How the country was found when the title itself does not say: a coordinated title, the actor base, the dateline. */
  readonly countryFrom?: 'coordination' | 'actor-base' | 'dateline';
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest form in the document ("Donald Trump" for "Trump"). */
  name: string;
  /** Affiliation, ISO 3166-1 alpha-3. */
  country?: string;
  roles: Role[];
  /** CAMEO-style actor code (country + sector), e.g. USAGOV. */
  actor?: string;
  /** Where the actor code came from: the document's own words, or the actor base (dictionary, user, learned). */
  actorSource?: 'document' | 'dictionary' | 'user' | 'learned';
  /** Ids of the mentions that refer to this entity, in text order. */
  mentions: string[];
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** Who a quote is attributed to: the words that name or refer to the speaker, and what they resolve to. */
export interface QuoteSpeaker extends Span {
  /** The mention inside the speaker span that names the speaker, when the entities layer has one. */
  readonly mention?: string;
  /** The entity the speaker resolves to. */
  readonly entity?: string;
  /** True when the speaker was reached through a pronoun, a title or an earlier quote. */
  readonly inferred?: boolean;
  /** For an inferred speaker: the span of the antecedent (the name the pronoun or earlier quote points to). */
  readonly evidence?: Span;
}

/** The reporting expression: "said", "told reporters", "according to", "in a statement". */
export interface QuoteCue extends Span {
  /** Base form of the cue: "say", "tell", "according to", "statement". */
  readonly lemma: string;
}

export type SettingKind =
  | 'press-conference'
  | 'interview'
  | 'statement'
  | 'social-media'
  | 'speech'
  | 'hearing'
  | 'briefing'
  | 'meeting'
  | 'letter';

/** Where the words were said, when the text says it: "in an interview with Fox News". */
export interface QuoteSetting extends Span {
  readonly kind: SettingKind;
  /** The news outlet of an interview, or the platform of a post: "Fox News", "X". */
  readonly outlet?: string;
  /** True when the setting was stated for an earlier quote by the same speaker and carried over. */
  readonly inferred?: boolean;
}

/**
 * Words attributed to a speaker. `start`/`end` bound the content: for a direct quote the words
 * inside the quote marks, for mixed and indirect speech the reported clause. A direct quote broken
 * by its attribution ("“…,” he said, “…”") lists its pieces in `parts`.
 */
export interface Quote extends Span {
  readonly id: string;
  readonly kind: QuoteKind;
  /** Pieces of a discontinuous content, in order; absent when the content is one piece. */
  readonly parts?: Span[];
  /** Stretches inside quote marks (marks excluded): the whole content of a direct quote, the fragments of a mixed one. */
  readonly quoted: Span[];
  readonly speaker?: QuoteSpeaker;
  readonly cue?: QuoteCue;
  readonly setting?: QuoteSetting;
  /** For a floating quotation (no cue of its own): the id of the quote whose speaker goes on. */
  readonly continues?: string;
  readonly rule: string;
}

/** Why a stretch in quote marks is there: reported words, a scare quote or term, or a title. */
export type QuotedRole = 'speech' | 'term' | 'title';

/** A stretch of text between quote marks (marks included), whatever its role. */
export interface QuotedSpan extends Span {
  readonly role: QuotedRole;
  /** False when the closing mark is missing (the stretch ends at its paragraph's end). */
  readonly closed: boolean;
  /** Id of the quote this stretch belongs to, for speech. */
  readonly quote?: string;
  readonly rule: string;
}

/**
 * PLOVER v2 event types, plus two dateline extensions for things PLOVER leaves out: STATEMENT
 * (CAMEO 01, public statements such as a press conference) and CEREMONY (laying flowers, a
 * commemoration), which have no PLOVER category.
 */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'STATEMENT',
  'CEREMONY',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['asserted', 'negated', 'planned', 'hypothetical', 'reported'] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How much of a date the text gave when it is less than a day: `month` ("in March 2016") or `year`. */
export type DatePrecision = 'month' | 'year';

/** When an event happened: an ISO day, with the words that say so, or the dateline's day (inferred). */
export interface EventTime {
  /** ISO day; with `precision`, the first day of the month or year the text names ("in March 2016"). */
  readonly date: string;
  readonly span?: Span;
  readonly inferred?: boolean;
  /** Present when the text gives only the month or the year: `date` is then its first day. */
  readonly precision?: DatePrecision;
}

/** Where an event happened: the place the sentence gives, or the dateline's (inferred), geocoded. */
export interface EventPlace {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  readonly region?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** The facility when the sentence names one: "Joint Base Elmendorf-Richardson". */
  readonly facility?: string;
  readonly span?: Span;
  readonly inferred?: boolean;
}

/** Who did what to whom, where and when, with the words that say so. */
export interface DocEvent extends Span {
  readonly id: string;
  readonly type: EventType;
  readonly mode?: string;
  /** CAMEO code. */
  readonly cameo?: string;
  /** The trigger word or phrase: "met", "meeting", "no deal". */
  readonly trigger: Span & { readonly lemma: string };
  /** Entity ids: who acts. */
  readonly sources: string[];
  /** Entity ids: who is acted upon or met. */
  readonly targets: string[];
  /** Further entity ids taking part ("joined Trump", "accompanied Putin"). */
  readonly participants: string[];
  readonly status: EventStatus;
  /** The words that set the status: "no", "would soon", "if". */
  readonly statusCue?: Span;
  readonly when?: EventTime;
  readonly where?: EventPlace;
  /** The quote whose content states the event, for reported and announced events. */
  readonly quote?: string;
  readonly rule: string;
}

/** The layers a document may carry, by name. Later stages add more names here. */
export interface Layers {
  wire: WireSegment[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  quoted: QuotedSpan[];
  quotes: Quote[];
  events: DocEvent[];
}

export type LayerName = keyof Layers;

/** What made each layer: stage and model or rule set (with version). */
export type LayerProvenance = Partial<Record<LayerName, Provenance>>;

export interface Document {
  readonly schema: typeof SCHEMA_VERSION;
  /** Stable id: a hash of the normalized text (see document-id.ts). */
  readonly id: string;
  /** The original text, unchanged. */
  readonly text: string;
  meta: Meta;
  layers: Partial<Layers>;
  provenance: LayerProvenance;
  messages: Message[];
}
