/**
 * The training loop for the NER perceptron: seeded shuffling of documents, one greedy pass per
 * document with the same features as at run time, updates where the prediction was wrong.
 */
import { seededRandom } from '../../bench/lib/seeded-random.js';
import { decodeSentence } from '../../src/stages/entities/ner/decode.js';
import { documentStats, sentenceFeatures } from '../../src/stages/entities/ner/features.js';
import type { FeatureResources } from '../../src/stages/entities/ner/features.js';
import type { LabelledDocument } from '../../src/stages/entities/ner/iob-corpus.js';
import { EntityScorer, score } from '../../src/stages/entities/ner/evaluate.js';
import type { Score } from '../../src/stages/entities/ner/evaluate.js';
import { PredictionHistory } from '../../src/stages/entities/ner/history.js';
import { bioToBilou } from '../../src/stages/entities/ner/labels.js';
import type { PerceptronTrainer } from '../../src/stages/entities/ner/perceptron.js';
import { tagDocument } from '../../src/stages/entities/ner/tagger.js';
import type { NerModel } from '../../src/stages/entities/ner/tagger.js';

export { seededRandom };

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One pass over the training documents in a seeded random order; `extras` adds per-token features. */
export function trainEpoch(
  trainer: PerceptronTrainer,
  docs: readonly LabelledDocument[],
  resources: FeatureResources,
  random: () => number,
  labels: readonly string[],
  extras?: ReadonlyMap<LabelledDocument, string[][][]>,
): void {
  const scorer = { labels, table: trainer.table };
  const bilou = labels.includes('U-PER');
  for (const doc of shuffled(docs, random)) {
    const stats = documentStats(doc.map((s) => s.words));
    const history = new PredictionHistory();
    const extra = extras?.get(doc);
    doc.forEach((sentence, s) => {
      const gold = bilou ? bioToBilou(sentence.labels) : sentence.labels;
      const features = sentenceFeatures(sentence.words, resources, stats);
      if (extra) features.forEach((f, i) => f.push(...(extra[s]?.[i] ?? [])));
      const decoded = decodeSentence(scorer, features, sentence.words, history);
      gold.forEach((want, i) => {
        trainer.tick();
        const got = decoded.labels[i] ?? 'O';
        const wantPrev = gold[i - 1] ?? '<s>';
        const gotPrev = decoded.labels[i - 1] ?? '<s>';
        if (want === got && wantPrev === gotPrev) return;
        trainer.update(decoded.featuresAt(i, wantPrev), labels.indexOf(want), 1);
        trainer.update(decoded.featuresAt(i, gotPrev), labels.indexOf(got), -1);
      });
    });
  }
}

/** Entity-level scores of a model on labelled documents, overall and per type. */
export function evaluate(model: NerModel, docs: readonly LabelledDocument[]): EntityScorer {
  const scorer = new EntityScorer();
  for (const doc of docs) {
    const predicted = tagDocument(
      model,
      doc.map((s) => s.words),
    );
    doc.forEach((s, i) => scorer.add(s.labels, predicted[i] ?? []));
  }
  return scorer;
}

/** Overall F1 of a model on labelled documents. */
export function overallScore(model: NerModel, docs: readonly LabelledDocument[]): Score {
  return score(evaluate(model, docs).overall);
}
