import { describe, it, expect } from 'vitest';
import {
  allowedAfter,
  bioToBilou,
  iob1ToBio,
  labelsToSpans,
  toBio,
} from '../../src/stages/entities/ner/labels.js';
import { parseConll } from '../../src/stages/entities/ner/iob-corpus.js';
import { EntityScorer, score } from '../../src/stages/entities/ner/evaluate.js';

describe('labelsToSpans', () => {
  it('reads BIO spans with exclusive ends', () => {
    expect(labelsToSpans(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('splits adjacent entities at B- and at a type change', () => {
    expect(labelsToSpans(['B-PER', 'B-PER', 'I-ORG', 'I-LOC'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('treats a stray I- as the start of a span and ignores unknown labels', () => {
    expect(labelsToSpans(['O', 'I-MISC', 'I-MISC', 'B-FOO', 'X'])).toEqual([
      { start: 1, end: 3, type: 'MISC' },
    ]);
  });

  it('returns nothing for empty or all-O input', () => {
    expect(labelsToSpans([])).toEqual([]);
    expect(labelsToSpans(['O', 'O'])).toEqual([]);
  });
});

describe('iob1ToBio', () => {
  it('starts every span with B- and keeps IOB1 boundaries', () => {
    expect(iob1ToBio(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'])).toEqual([
      'B-PER',
      'I-PER',
      'B-PER',
      'O',
      'B-LOC',
    ]);
  });
});

describe('parseConll', () => {
  it('splits documents and sentences and reads the last column as the label', () => {
    const text =
      '-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn I-LOC\n';
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual([
      { words: ['EU', 'rejects'], labels: ['B-ORG', 'O'] },
      { words: ['Peter'], labels: ['B-PER'] },
    ]);
    expect(docs[1]).toEqual([{ words: ['Bonn'], labels: ['B-LOC'] }]);
  });
});

describe('EntityScorer', () => {
  it('counts only exact span and type matches', () => {
    const s = new EntityScorer();
    s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    expect(s.overall).toEqual({ gold: 2, predicted: 2, correct: 1 });
    expect(score(s.overall).f1).toBeCloseTo(50);
  });
});

describe('BILOU', () => {
  it('round-trips BIO through BILOU', () => {
    const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'];
    expect(bioToBilou(bio)).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
    expect(toBio(bioToBilou(bio))).toEqual(bio);
  });

  it('allows only well-formed transitions', () => {
    expect(allowedAfter('O', 'I-PER')).toBe(false);
    expect(allowedAfter('B-PER', 'I-PER')).toBe(true);
    expect(allowedAfter('B-PER', 'O')).toBe(true);
    expect(allowedAfter('B-PER', 'O', true)).toBe(false);
    expect(allowedAfter('I-ORG', 'L-ORG', true)).toBe(true);
    expect(allowedAfter('I-ORG', 'L-LOC', true)).toBe(false);
    expect(allowedAfter('U-LOC', 'B-LOC', true)).toBe(true);
    expect(allowedAfter('L-LOC', 'I-LOC', true)).toBe(false);
  });
});
