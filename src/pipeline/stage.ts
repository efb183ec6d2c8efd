/**
 * A Stage reads some layers of a Document and writes others. Stages declare both, so the pipeline
 * can refuse an order in which a stage would read a layer nobody has written yet.
 */
import type { ActorBase } from '../actors/actor-base.js';
import type { Document, LayerName } from '../document/document.js';

/** What every stage may read besides layers: the text and metadata are always there. */
export type StageInput = LayerName | 'meta';

export interface StageContext {
  /** Publication date to assume when the article has none (ISO `YYYY-MM-DD`). */
  readonly defaultDate?: string;
  /** Actor base for actor codes; the shipped PETRARCH base when absent. */
  readonly actors?: ActorBase;
  /** Record every role an article states in `actors` (so later articles know it). */
  readonly learnRoles?: boolean;
}

export interface Stage {
  readonly name: string;
  readonly reads: readonly StageInput[];
  readonly writes: readonly StageInput[];
  /** Adds this stage's layers to `doc` (in place). Problems in the text become `doc.messages`. */
  run(doc: Document, context: StageContext): void;
}
