/**
 * The "extended prediction history" of Ratinov & Roth (2009): how the same word form was labelled
 * earlier in the same document, which keeps repeated names consistent.
 */
import { ENTITY_TYPES } from './labels.js';

const TYPE_SLOTS = ['O', ...ENTITY_TYPES];

/** Feature names by type slot: the word had this type before; this type was the most frequent. */
const HISTORY_ANY: readonly string[] = TYPE_SLOTS.map((t) => `ha=${t}`);
const HISTORY_MAJORITY: readonly string[] = TYPE_SLOTS.map((t) => `hm=${t}`);

/** Per-document record of the types already assigned to each capitalised word form. */
export class PredictionHistory {
  private readonly counts = new Map<string, number[]>();

  /** Records that `word` was labelled `label` (a BIO label). */
  record(word: string, label: string): void {
    if (!/^\p{Lu}/u.test(word)) return;
    const slot = TYPE_SLOTS.indexOf(label === 'O' ? 'O' : label.slice(2));
    if (slot < 0) return;
    const row = this.counts.get(word) ?? TYPE_SLOTS.map(() => 0);
    row[slot] = (row[slot] ?? 0) + 1;
    this.counts.set(word, row);
  }

  /**
   * Type slots of the features of `word`: every slot seen (`any`), then the most frequent one.
   * Undefined when the word has no history.
   */
  slots(word: string): { any: number[]; majority: number } | undefined {
    const row = this.counts.get(word);
    if (!row) return undefined;
    let best = 0;
    const any: number[] = [];
    row.forEach((n, k) => {
      if (n > (row[best] ?? 0)) best = k;
      if (n > 0) any.push(k);
    });
    return { any, majority: best };
  }

  /** Features describing how `word` was labelled before in this document. */
  features(word: string, out: string[]): void {
    const slots = this.slots(word);
    if (!slots) return;
    for (const k of slots.any) out.push(HISTORY_ANY[k] ?? '');
    out.push(HISTORY_MAJORITY[slots.majority] ?? '');
  }
}
