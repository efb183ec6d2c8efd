import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJSON, toJSON } from '../src/document/document-json.js';
import { analyze } from '../src/pipeline/analyze.js';
import { expectSpansWithin } from './helpers.js';

// Fragments that exercise the wire and language rules, mixed with arbitrary text.
const fragment = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'WASHINGTON (Reuters) - ',
    'ANCHORAGE, the United States, Aug 16 (NNN-XINHUA) – ',
    ' date 2025-08-16 MENAFN - Nam News Network) ',
    'by Xinhua writers Tan Jingjing, Gao Shan',
    '“',
    '”',
    '"',
    ',“',
    'said,“many points”',
    'U.S.',
    'Russia-U.S.',
    'Aug.',
    'J.',
    '\n\n',
    '\n',
    ' ',
    '.',
    '– NNN-XINHUA',
    '(Reporting by A B; Editing by C)',
    '\u0000',
    '\uD800',
    '\r\n',
    'é',
    '👍🏽',
  ),
);
const wireish = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('analyze on arbitrary input', () => {
  it('never throws, and every span is within the text', () => {
    fc.assert(
      fc.property(wireish, (text) => {
        const doc = analyze(text);
        expect(doc.text).toBe(text);
        expectSpansWithin(doc);
        for (const t of doc.layers.tokens ?? []) expect(t.start).toBeLessThan(t.end);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through JSON unchanged', () => {
    fc.assert(
      fc.property(wireish, fc.option(fc.string(), { nil: undefined }), (text, date) => {
        const doc = analyze({ text, meta: date === undefined ? {} : { date } });
        expect(fromJSON(toJSON(doc))).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });
});
