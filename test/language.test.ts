import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { OffsetMap } from '../src/document/offset-map.js';
import { quirkInsertions } from '../src/stages/language/wire-quirks.js';
import { expectSpansWithin } from './helpers.js';

const sentences = (text: string): string[] => {
  const doc = analyze(text);
  expectSpansWithin(doc);
  return (doc.layers.sentences ?? []).map((s) => text.slice(s.start, s.end));
};
const tokens = (text: string): string[] =>
  (analyze(text).layers.tokens ?? []).map((t) => text.slice(t.start, t.end));

describe('language stage: tokens', () => {
  it('splits quotes glued to words and commas, keeping original offsets', () => {
    expect(tokens('Trump said,“many points” had been agreed')).toEqual([
      'Trump',
      'said',
      ',',
      '“',
      'many',
      'points',
      '”',
      'had',
      'been',
      'agreed',
    ]);
    expect(tokens('noting“great progress”')).toEqual(['noting', '“', 'great', 'progress', '”']);
    expect(tokens('despite“resistance.”– NNN')).toContain('–');
  });

  it('tags parts of speech', () => {
    const doc = analyze('Putin visited the cemetery.');
    expect(doc.layers.tokens?.map((t) => t.pos)).toEqual(['PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  });

  it('keeps tokens in order, non-overlapping and never blank', () => {
    const text = 'He said,“no.”\n\n“Yes,” she said – U.S.-Russia talks.';
    const doc = analyze(text);
    let last = 0;
    for (const t of doc.layers.tokens ?? []) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(t.start, t.end).trim()).not.toBe('');
      last = t.end;
    }
  });
});

describe('language stage: sentences', () => {
  it('does not end a sentence at U.S., Aug. or initials', () => {
    expect(sentences('The U.S. Senate voted on Aug. 5 to back J. R. Smith. He left.')).toEqual([
      'The U.S. Senate voted on Aug. 5 to back J. R. Smith.',
      'He left.',
    ]);
    expect(sentences('Mr. Smith met Gen. Jones in Washington. They talked.')).toHaveLength(2);
  });

  it('does not split Russia-U.S. cooperation', () => {
    expect(sentences('He highlighted potential for Russia-U.S. cooperation in trade. He left.')).toEqual([
      'He highlighted potential for Russia-U.S. cooperation in trade.',
      'He left.',
    ]);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(sentences('A headline without a period\n\nThe story begins here.')).toEqual([
      'A headline without a period',
      'The story begins here.',
    ]);
  });

  it('ends a sentence after a closing quote when a capital follows', () => {
    expect(sentences('He said “no.” Then he left.')).toEqual(['He said “no.”', 'Then he left.']);
  });

  it('records the rule that ended each sentence', () => {
    const doc = analyze('One.\n\nTwo. Three.');
    expect(doc.layers.sentences?.map((s) => s.rule)).toEqual([
      'sentence/paragraph-break',
      'sentence/wink',
      'sentence/end-of-text',
    ]);
  });
});

describe('offset map', () => {
  it('maps normalized offsets back through insertions', () => {
    const original = 'said,“many';
    const { text, map } = OffsetMap.apply(
      original,
      quirkInsertions(original).map((at) => ({ start: at, end: at, replacement: ' ' })),
    );
    expect(text).toBe('said, “many');
    const quote = text.indexOf('“');
    expect(original.slice(map.toOriginal(quote), map.toOriginal(quote + 1, 'end'))).toBe('“');
    expect(map.toOriginal(text.length, 'end')).toBe(original.length);
  });

  it('maps replacements to the replaced stretch', () => {
    const { text, map } = OffsetMap.apply('a--b', [{ start: 1, end: 3, replacement: '—' }]);
    expect(text).toBe('a—b');
    expect(map.toOriginal(1)).toBe(1);
    expect(map.toOriginal(2, 'end')).toBe(3);
    expect(map.toOriginal(3)).toBe(4);
  });

  it('refuses overlapping replacements', () => {
    expect(() =>
      OffsetMap.apply('abc', [
        { start: 1, end: 2, replacement: 'x' },
        { start: 0, end: 1, replacement: 'y' },
      ]),
    ).toThrow(RangeError);
  });
});
