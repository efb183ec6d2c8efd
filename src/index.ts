/**
 * dateline's public API: analyse news articles into Documents whose every annotation is a span of
 * the original text. Re-exports only; a test pins this list.
 *
 * @example
 * import { analyze, toJSON } from 'dateline';
 * const doc = analyze('WASHINGTON (Reuters) - …', { defaultDate: '2017-12-01' });
 * console.log(doc.meta.dateline?.place, toJSON(doc));
 */
export type {
  DatelineMeta,
  Document,
  LayerName,
  LayerProvenance,
  Layers,
  Meta,
  Provenance,
  Sentence,
  Token,
  WireKind,
  WireSegment,
} from './document/document.js';
export { SCHEMA_VERSION } from './document/document.js';
export { createDocument } from './document/create-document.js';
export { documentId, normalizeForId } from './document/document-id.js';
export { fromJSON, toJSON, findSpanOutOfRange } from './document/document-json.js';
export { documentJsonSchema, documentJsonSchemaFile } from './document/document-schema.js';
export { DatelineError, describeError } from './document/errors.js';
export type { ErrorCode } from './document/errors.js';
export type { Message, Severity } from './document/messages.js';
export { OffsetMap } from './document/offset-map.js';
export type { Span } from './document/span.js';
export { isSpanWithin, spanText, trimSpan } from './document/span.js';
export type { Article, Reader, ReaderFormat, ReaderInput, ReadItem, ReadOptions } from './read/article.js';
export { bufferInput, fileInput, streamInput } from './read/inputs.js';
export { pickReader, READERS, READER_FORMATS } from './read/pick-reader.js';
export { csvReader } from './read/csv-reader.js';
export { jsonlReader } from './read/jsonl-reader.js';
export { textReader } from './read/text-reader.js';
export { htmlReader, readHtml } from './read/html/index.js';
export type { ReadHtmlOptions } from './read/html/index.js';
export { feedReader, parseFeed } from './read/feed/index.js';
export type { FeedEntry, FeedKind, ParsedFeed, ParseFeedOptions } from './read/feed/index.js';
export { warcReader } from './read/warc/index.js';
export { sniffFormat } from './read/sniff.js';
export { createFetcher, readUrl, watchUrl } from './read/fetch/index.js';
export type { Fetched, Fetcher, FetcherOptions, ReadUrlOptions, WatchOptions } from './read/fetch/index.js';
export type { Stage, StageContext, StageInput } from './pipeline/stage.js';
export type { Pipeline } from './pipeline/pipeline.js';
export { createPipeline } from './pipeline/pipeline.js';
export type { AnalyzeOptions } from './pipeline/analyze.js';
export { analyze, createDefaultPipeline, DEFAULT_MAX_CHARS } from './pipeline/analyze.js';
export { wireStage } from './stages/wire/wire-stage.js';
export { languageStage } from './stages/language/language-stage.js';
export { entitiesStage } from './stages/entities/entities-stage.js';
export { quotesStage } from './stages/quotes/quotes-stage.js';
export { eventsStage } from './stages/events/events-stage.js';
export { findQuotedStretches } from './stages/quotes/quote-marks.js';
export type { QuotedStretch } from './stages/quotes/quote-marks.js';
export type { Entity, EntityType, Mention, MentionKind, Role } from './document/document.js';
export type {
  Quote,
  QuoteCue,
  QuotedRole,
  QuotedSpan,
  QuoteKind,
  QuoteSetting,
  QuoteSpeaker,
  SettingKind,
  DocEvent,
  EventPlace,
  EventStatus,
  EventTime,
  EventType,
} from './document/document.js';
export type { ActorBase, ActorBaseOptions, ActorRecord, RoleObservation } from './actors/index.js';
export {
  actorCode,
  agentCode,
  countryCode,
  createActorBase,
  learnedFromJSON,
  learnedToJSON,
  learnRole,
  listActors,
  lookupActor,
  parsePetrarchActors,
  parsePetrarchAgents,
} from './actors/index.js';
