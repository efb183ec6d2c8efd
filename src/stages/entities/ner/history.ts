/**
 * The "extended prediction history" of Ratinov & Roth (2009): how the same word form was labelled
 * earlier in the same document, which keeps repeated names consistent.
 */
import { ENTITY_TYPES } from './labels.js';

const TYPE_SLOTS = ['O', ...ENTITY_TYPES];

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

  /** Features describing how `word` was labelled before in this document. */
  features(word: string, out: string[]): void {
    const row = this.counts.get(word);
    if (!row) return;
    let best = 0;
    row.forEach((n, k) => {
      if (n > (row[best] ?? 0)) best = k;
      if (n > 0) out.push(`ha=${TYPE_SLOTS[k] ?? ''}`);
    });
    out.push(`hm=${TYPE_SLOTS[best] ?? ''}`);
  }
}
