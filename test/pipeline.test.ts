import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document/create-document.js';
import { DatelineError } from '../src/document/errors.js';
import { analyze, createDefaultPipeline } from '../src/pipeline/analyze.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { languageStage } from '../src/stages/language/language-stage.js';
import { wireStage } from '../src/stages/wire/wire-stage.js';

const readsTokens: Stage = {
  name: 'reader-of-tokens',
  reads: ['tokens'],
  writes: ['wire'],
  run: () => undefined,
};
const broken: Stage = {
  name: 'broken',
  reads: [],
  writes: ['tokens'],
  run: (doc) => {
    doc.layers.tokens = [];
    throw new Error('boom');
  },
};

describe('pipeline', () => {
  it('refuses an order in which a stage reads a layer nobody wrote yet', () => {
    expect(() => createPipeline([readsTokens, languageStage])).toThrow(DatelineError);
    expect(() => createPipeline([readsTokens, languageStage])).toThrow(
      /reads "tokens" but no earlier stage writes it/u,
    );
    expect(() => createPipeline([languageStage, readsTokens])).not.toThrow();
  });

  it('refuses a stage listed twice', () => {
    expect(() => createPipeline([wireStage, wireStage])).toThrow(/appears twice/u);
  });

  it('turns a stage failure into a message and skips the stages that needed its layer', () => {
    const doc = createPipeline([broken, readsTokens]).run(createDocument('Some text.'));
    expect(doc.layers.tokens).toBeUndefined();
    expect(doc.messages.map((m) => m.rule)).toEqual(['pipeline/stage-failed', 'pipeline/skipped']);
    expect(doc.messages[0]?.reason).toContain('boom');
  });

  it('runs wire, language, entities, quotes and events by default', () => {
    expect(createDefaultPipeline().stages.map((s) => s.name)).toEqual([
      'wire',
      'language',
      'entities',
      'quotes',
      'events',
    ]);
  });

  it('reports empty and oversized texts on the document', () => {
    expect(analyze('   ').messages.map((m) => m.rule)).toEqual(['analyze/empty-text']);
    const big = analyze('word '.repeat(30), { maxChars: 100 });
    expect(big.messages.map((m) => m.rule)).toEqual(['analyze/too-long']);
    expect(big.text).toHaveLength(150);
  });
});
