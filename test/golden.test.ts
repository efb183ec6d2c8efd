import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { goldenView } from './golden-view.js';
import { expectSpansWithin, seedText } from './helpers.js';

describe('seed article (golden)', () => {
  const text = seedText();
  const doc = analyze(text);

  it('matches the reviewed golden file', () => {
    const expected: unknown = JSON.parse(
      readFileSync(new URL('./fixtures/seed/expected.json', import.meta.url), 'utf8'),
    );
    expect(goldenView(doc)).toEqual(expected);
  });

  it('every golden span is the words it claims', () => {
    const expected = JSON.parse(
      readFileSync(new URL('./fixtures/seed/expected.json', import.meta.url), 'utf8'),
    ) as {
      wire: { start: number; end: number; text: string }[];
      sentences: { start: number; end: number; text: string }[];
    };
    for (const s of [...expected.wire, ...expected.sentences])
      expect(text.slice(s.start, s.end)).toBe(s.text);
    expectSpansWithin(doc);
  });

  it('reads the acceptance metadata', () => {
    expect(doc.meta.published).toBe('2025-08-16');
    expect(doc.meta.dateline).toMatchObject({
      place: 'Anchorage',
      country: 'US',
      countryName: 'United States',
      date: '2025-08-16',
    });
    expect(doc.meta.agencies).toEqual(['Xinhua', 'NNN', 'MENAFN']);
    expect(doc.meta.bylines).toEqual(['Tan Jingjing', 'Gao Shan', 'Xiong Maoling']);
  });

  it('marks the furniture without removing it', () => {
    expect(doc.text).toBe(text);
    const kinds = (doc.layers.wire ?? []).map((w) => `${w.kind}:${text.slice(w.start, w.end)}`);
    expect(kinds).toEqual([
      'prefix:date 2025-08-16 MENAFN - Nam News Network)',
      'byline:by Xinhua writers Tan Jingjing, Gao Shan, Xiong Maoling',
      'dateline:ANCHORAGE, the United States, Aug 16 (NNN-XINHUA) –',
      'credit:– NNN-XINHUA',
    ]);
  });

  it('splits sentences at the right places', () => {
    const sentences = (doc.layers.sentences ?? []).map((s) => text.slice(s.start, s.end));
    expect(sentences).toHaveLength(21);
    expect(sentences).toContain(
      'He highlighted potential for Russia-U.S. cooperation in trade, high technology, space exploration and the Arctic.',
    );
    expect(sentences).toContain(
      'Trump said, he would soon call Ukrainian President, Volodymyr Zelensky and European leaders.',
    );
    expect(sentences.filter((s) => s.startsWith('At a joint press conference'))).toHaveLength(1);
  });

  it('separates glued quotes into their own tokens', () => {
    const tokens = (doc.layers.tokens ?? []).map((t) => text.slice(t.start, t.end));
    const i = tokens.indexOf('many');
    expect(tokens.slice(i - 4, i + 3)).toEqual(['Trump', 'said', ',', '“', 'many', 'points', '”']);
    expect(tokens).toContain('U.S.');
  });
});
