/**
 * `analyze`: an Article (or a string) in, a Document out, through the default stages. Input
 * problems — empty or oversized text — are messages on the document, never exceptions.
 */
import type { Document, Meta } from '../document/document.js';
import { createDocument } from '../document/create-document.js';
import type { Article } from '../read/article.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { eventsStage } from '../stages/events/events-stage.js';
import { languageStage } from '../stages/language/language-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';
import { wireStage } from '../stages/wire/wire-stage.js';
import type { Pipeline } from './pipeline.js';
import { createPipeline } from './pipeline.js';
import type { StageContext } from './stage.js';

export interface AnalyzeOptions extends StageContext {
  /** Texts longer than this (UTF-16 code units) are kept but not analysed; default 5,000,000. */
  readonly maxChars?: number;
  readonly pipeline?: Pipeline;
}

export const DEFAULT_MAX_CHARS = 5_000_000;

let defaultPipeline: Pipeline | undefined;

/** The stages dateline runs by default, in order. */
export function createDefaultPipeline(): Pipeline {
  return createPipeline([wireStage, languageStage, entitiesStage, quotesStage, eventsStage]);
}

/**
 * Analyses one article. Example:
 * `analyze('WASHINGTON (Reuters) - Trump said…', { defaultDate: '2017-12-01' }).meta.dateline?.place`
 */
export function analyze(input: Article | string, options: AnalyzeOptions = {}): Document {
  const article: Article = typeof input === 'string' ? { text: input, meta: {} } : input;
  const doc = createDocument(article.text, article.meta satisfies Meta);
  doc.messages.push(...(article.messages ?? []));
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (article.text.trim() === '') {
    doc.messages.push({
      severity: 'warning',
      reason: 'the article has no text',
      rule: 'analyze/empty-text',
      stage: 'analyze',
    });
    return doc;
  }
  if (article.text.length > maxChars) {
    const reason = `text is ${article.text.length} characters, over the ${maxChars} limit: kept, not analysed`;
    doc.messages.push({ severity: 'error', reason, rule: 'analyze/too-long', stage: 'analyze' });
    return doc;
  }
  const pipeline = options.pipeline ?? (defaultPipeline ??= createDefaultPipeline());
  return pipeline.run(doc, options);
}
