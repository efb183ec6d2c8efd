/**
 * Entity-level scoring in the manner of conlleval: a predicted entity counts only when its span
 * and type both match a gold entity exactly.
 */
import { ENTITY_TYPES, labelsToSpans } from './labels.js';
import type { EntityType } from './labels.js';

/** Counts for one type (or overall). */
export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

/** Precision, recall and F1 in percent. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts per entity type and overall, accumulated sentence by sentence. */
export class EntityScorer {
  readonly byType = new Map<EntityType, Counts>(
    ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]),
  );
  readonly overall: Counts = { gold: 0, predicted: 0, correct: 0 };

  /** Adds one sentence's gold and predicted labels (BIO or IOB1). */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = labelsToSpans(gold);
    const p = labelsToSpans(predicted);
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    for (const s of g) this.bump(s.type, 'gold');
    for (const s of p) {
      this.bump(s.type, 'predicted');
      if (goldKeys.has(key(s))) this.bump(s.type, 'correct');
    }
  }

  private bump(type: EntityType, field: keyof Counts): void {
    const c = this.byType.get(type);
    if (c) c[field]++;
    this.overall[field]++;
  }
}

/** P/R/F1 (percent) from counts. */
export function score(c: Counts): Score {
  const precision = c.predicted === 0 ? 0 : (100 * c.correct) / c.predicted;
  const recall = c.gold === 0 ? 0 : (100 * c.correct) / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
