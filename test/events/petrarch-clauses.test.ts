import { describe, expect, it } from 'vitest';
import type { CoderToken, CommaOptions } from '../../src/stages/events/petrarch/index.js';
import {
  coderWords,
  codeWords,
  commaOptions,
  DEFAULT_COMMA_OPTIONS,
  loadDictionarySet,
} from '../../src/stages/events/petrarch/index.js';

// Invented actors and CAMEO-style codes; POS tags from a word list, as a tagger would give them.
const dictionaries = loadDictionarySet({
  verbs: {
    file: 'verbs',
    text: `
--- RESTORE [050] ---
RESTORE

--- ATTACK [190] ---
ATTACK {ATTACKED}

--- SAY [010] ---
SAY {SAID}

--- SHOULD [101] ---
SHOULD
- SUGGESTED * APPLY [151]

--- ACT [100] ---
ACT {ACTED}
`,
  },
  actors: [{ file: 'actors', text: 'ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMINAS_TIRITH [MTR]\n' }],
  agents: [{ file: 'agents', text: 'GOVERNMENT [~GOV]\nOFFICIAL [~GOV]\n' }],
});

const POS: Record<string, string> = {
  the: 'DET',
  a: 'DET',
  its: 'PRON',
  it: 'PRON',
  with: 'ADP',
  after: 'ADP',
  of: 'ADP',
  on: 'ADP',
  and: 'CCONJ',
  should: 'AUX',
  have: 'AUX',
  senior: 'ADJ',
  ',': 'PUNCT',
  '.': 'PUNCT',
};
const VERBS = /^(?:restored?|attacked|said|acted)$/u;

function tokens(text: string): CoderToken[] {
  return [...text.matchAll(/[\w-]+|[^\s\w]/gu)].map((m) => {
    const word = m[0].toLowerCase();
    const pos = POS[word] ?? (VERBS.test(word) ? 'VERB' : /^[A-Z]/u.test(m[0]) ? 'PROPN' : 'NOUN');
    return { start: m.index, end: m.index + m[0].length, pos };
  });
}

function code(text: string, options: { requireDyad?: boolean; commas?: CommaOptions } = {}): string[] {
  return codeWords(coderWords(text, tokens(text)), dictionaries, options).map(
    (e) => `${e.code} ${e.source} ${e.target}`,
  );
}

describe('comma-delimited clauses', () => {
  it('reads PETRARCH comma_* options over the defaults', () => {
    expect(commaOptions({})).toEqual(DEFAULT_COMMA_OPTIONS);
    expect(commaOptions({ comma_emax: '0', comma_bmin: '3', require_dyad: 'false' })).toEqual({
      ...DEFAULT_COMMA_OPTIONS,
      emax: 0,
      bmin: 3,
    });
  });

  it('drops a short trailing attribution', () => {
    const text = 'Arnor restored ties with Gondor, a senior Rohan official said.';
    expect(code(text, { requireDyad: false })).toEqual(['050 ARN GON']);
  });

  it('drops a short aside between commas, unless internal clauses are turned off', () => {
    expect(code('Arnor, the old kingdom, attacked Gondor.')).toEqual(['190 ARN GON']);
    const off = { ...DEFAULT_COMMA_OPTIONS, max: 0 };
    // Kept, the aside's noun phrase stands between the verb and its subject.
    expect(code('Arnor, the old kingdom, attacked Gondor.', { commas: off })).toEqual([]);
  });

  it('does not cut a list of actors at its commas', () => {
    expect(
      code('Arnor restored ties with Gondor, Rohan, Minas Tirith and the government of Rohan after years.'),
    ).toEqual(['050 ARN GON', '050 ARN ROH', '050 ARN MTR', '050 ARN ROHGOV']);
  });
});

describe('which verb codes', () => {
  it('codes the first verb of a clause, not a verb of its subordinate clause', () => {
    const text = 'Arnor restored ties with Gondor after Rohan attacked its embassy.';
    expect(code(text, { requireDyad: false })).toEqual(['050 ARN GON']);
    // With no coded verb before it, the subordinate verb codes.
    expect(
      code('Ties with Gondor improved after Rohan attacked its embassy.', { requireDyad: false }),
    ).toEqual(['190 ROH ---']);
  });

  it('codes each verb of coordinated clauses', () => {
    expect(code('Arnor restored ties with Gondor and attacked Rohan.')).toEqual([
      '050 ARN GON',
      '190 ARN ROH',
    ]);
  });

  it('lets a listed modal give way to its verb unless a pattern matched', () => {
    expect(code('Arnor said it should have acted against Gondor.')).toEqual(['010 ARN GON']);
    expect(code('Arnor should have acted against Gondor.')).toEqual(['100 ARN GON']);
  });
});

describe('agents after a conjunction', () => {
  it('gives "the government of Gondor" to Gondor, not to the name before "and"', () => {
    expect(code('Arnor and the government of Gondor attacked Rohan.')).toEqual([
      '190 ARN ROH',
      '190 GONGOV ROH',
    ]);
  });
});
