/**
 * Greedy left-to-right decoding: each token's label is chosen from static features plus features
 * of the labels already predicted, under the BIO constraint that `I-X` only continues an `X`.
 * Training uses the same loop and adjusts weights where the prediction was wrong.
 */
import { historyFeatures } from './history.js';
import type { PredictionHistory } from './history.js';
import { allowedAfter } from './labels.js';
import { addScores } from './perceptron.js';
import type { WeightTable } from './perceptron.js';
import { normalizeWord, wordShape } from './features.js';

/** Labels and weights: what decoding needs from a model. */
export interface Scorer {
  labels: readonly string[];
  table: WeightTable;
}

/** Called for each token with its full features and predicted label index; returns nothing. */
export type Observer = (position: number, features: readonly string[], predicted: number) => void;

function bestAllowed(labels: readonly string[], scores: Float64Array, prev: string): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] ?? 'O';
    if (!allowedAfter(prev, label)) continue;
    const s = scores[k] ?? 0;
    if (s > bestScore) {
      best = k;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Labels for one sentence given its static features; records predictions in `history`.
 * @example decodeGreedy(model, sentenceFeatures(words, res), words) // ['B-PER', 'O', …]
 */
export function decodeGreedy(
  scorer: Scorer,
  staticFeatures: readonly (readonly string[])[],
  words: readonly string[],
  history?: PredictionHistory,
  observe?: Observer,
): string[] {
  const out: string[] = [];
  const scores = new Float64Array(scorer.labels.length);
  for (let i = 0; i < words.length; i++) {
    const norm = normalizeWord(words[i] ?? '');
    const features = [...(staticFeatures[i] ?? [])];
    const prev = out[i - 1] ?? '<s>';
    historyFeatures(prev, out[i - 2] ?? '<s>', norm.toLowerCase(), wordShape(norm), features);
    history?.features(norm, features);
    scores.fill(0);
    addScores(scorer.table, features, scores);
    const k = bestAllowed(scorer.labels, scores, prev === '<s>' ? 'O' : prev);
    observe?.(i, features, k);
    out.push(scorer.labels[k] ?? 'O');
  }
  if (history) words.forEach((w, i) => history.record(normalizeWord(w), out[i] ?? 'O'));
  return out;
}
