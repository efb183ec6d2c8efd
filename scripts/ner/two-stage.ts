/**
 * Training the second pass (two-stage prediction aggregation): the first-pass labels it learns
 * from come from models that did not see the document (k-fold cross-validation on the training
 * set), so the second pass learns how far to trust them rather than copying them.
 */
import type { LabelledDocument } from '../../src/stages/entities/ner/iob-corpus.js';
import { documentStats } from '../../src/stages/entities/ner/features.js';
import type { FeatureResources } from '../../src/stages/entities/ner/features.js';
import { nonLocalFeatures } from '../../src/stages/entities/ner/non-local.js';
import { PerceptronTrainer } from '../../src/stages/entities/ner/perceptron.js';
import type { WeightTable } from '../../src/stages/entities/ner/perceptron.js';
import { firstPass } from '../../src/stages/entities/ner/tagger.js';
import type { NerModel } from '../../src/stages/entities/ner/tagger.js';
import { overallScore, seededRandom, trainEpoch } from './train-loop.js';

/** How to train: label set, feature resources, seed and epoch counts. */
export interface StageOptions {
  labels: readonly string[];
  resources: FeatureResources;
  seed: number;
  folds: number;
  foldEpochs: number;
  maxEpochs: number;
  patience: number;
  /** Keep the last epoch instead of the best on dev (when dev is part of the training data). */
  keepLast?: boolean;
}

function extrasFor(model: NerModel, doc: LabelledDocument): string[][][] {
  const words = doc.map((s) => s.words);
  return nonLocalFeatures(words, firstPass(model, words, documentStats(words)).labels);
}

/** Non-local features of every training document from a first pass trained without it. */
export function crossValidatedExtras(
  train: readonly LabelledDocument[],
  o: StageOptions,
): Map<LabelledDocument, string[][][]> {
  const extras = new Map<LabelledDocument, string[][][]>();
  for (let fold = 0; fold < o.folds; fold++) {
    const rest = train.filter((_, i) => i % o.folds !== fold);
    const trainer = new PerceptronTrainer(o.labels.length);
    const random = seededRandom(o.seed + 100 + fold);
    for (let e = 0; e < o.foldEpochs; e++) trainEpoch(trainer, rest, o.resources, random, o.labels);
    const model: NerModel = { labels: o.labels, table: trainer.averaged(), resources: o.resources };
    train.forEach((doc, i) => {
      if (i % o.folds === fold) extras.set(doc, extrasFor(model, doc));
    });
  }
  return extras;
}

/** Trains the second pass on top of `first`, choosing its epoch count on `dev`. */
export function trainSecondStage(
  first: NerModel,
  train: readonly LabelledDocument[],
  dev: readonly LabelledDocument[],
  extras: ReadonlyMap<LabelledDocument, string[][][]>,
  o: StageOptions,
): { epoch: number; f1: number; table: WeightTable } | undefined {
  const trainer = new PerceptronTrainer(o.labels.length);
  const random = seededRandom(o.seed + 1);
  let best: { epoch: number; f1: number; table: WeightTable } | undefined;
  for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
    trainEpoch(trainer, train, o.resources, random, o.labels, extras);
    const table = trainer.averaged();
    const f1 = overallScore({ ...first, second: table }, dev).f1;
    console.log(`second pass epoch ${epoch}: dev F1 ${f1.toFixed(2)}  features ${table.index.size}`);
    if (!best || f1 > best.f1 || o.keepLast === true) best = { epoch, f1, table };
    else if (epoch - best.epoch >= o.patience) break;
  }
  return best;
}
