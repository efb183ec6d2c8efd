/**
 * The pipeline runs stages in order over one document. It checks the order once, when built, and
 * turns a stage's failure on a given text into a message on the document, never a crash.
 */
import type { Document } from '../document/document.js';
import { DatelineError } from '../document/errors.js';
import type { Stage, StageContext, StageInput } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Document, context?: StageContext): Document;
}

/** Builds a pipeline; throws `E_PIPELINE` when a stage reads a layer no earlier stage writes. */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  checkOrder(stages);
  return { stages, run: (doc, context = {}) => runStages(stages, doc, context) };
}

function checkOrder(stages: readonly Stage[]): void {
  const written = new Set<StageInput>(['meta']);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new DatelineError('E_PIPELINE', `stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const layer of stage.reads) {
      if (!written.has(layer)) {
        throw new DatelineError(
          'E_PIPELINE',
          `stage "${stage.name}" reads "${layer}" but no earlier stage writes it: put the stage that writes "${layer}" first`,
        );
      }
    }
    for (const layer of stage.writes) written.add(layer);
  }
}

function runStages(stages: readonly Stage[], doc: Document, context: StageContext): Document {
  const failed = new Set<StageInput>();
  for (const stage of stages) {
    const missing = stage.reads.filter((layer) => failed.has(layer));
    if (missing.length > 0) {
      doc.messages.push({
        severity: 'warning',
        reason: `stage "${stage.name}" skipped: ${missing.join(', ')} not available`,
        rule: 'pipeline/skipped',
        stage: stage.name,
      });
      for (const layer of stage.writes) if (layer !== 'meta') failed.add(layer);
      continue;
    }
    try {
      stage.run(doc, context);
    } catch (error) {
      doc.messages.push({
        severity: 'error',
        reason: `stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
        rule: 'pipeline/stage-failed',
        stage: stage.name,
      });
      for (const layer of stage.writes) {
        if (layer === 'meta') continue;
        failed.add(layer);
        delete doc.layers[layer];
      }
    }
  }
  return doc;
}
