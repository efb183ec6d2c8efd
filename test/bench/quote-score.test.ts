import { describe, it, expect } from 'vitest';
import {
  emptyCounts,
  isSpeechCue,
  matchQuotes,
  parseVerbList,
  predictionInSubset,
  predictionsFromDocument,
  prf,
  scoreDocument,
  speakerCorrect,
  summarize,
  tokenize,
  tokensIn,
} from '../../bench/lib/quote-score.js';
import type { GoldAttribution, PredictedQuote } from '../../bench/lib/quote-score.js';
import type { Document } from '../../src/document/document.js';
import type { Span } from '../../src/document/span.js';

const verbs = parseVerbList('# GGT forms\nsaid\nsay\nstated\n\ntold\n');

/** The span of the first occurrence of `words` in `text`. */
function at(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

function pred(id: string, content: Span[], extra: Partial<PredictedQuote> = {}): PredictedQuote {
  return { id, kind: 'indirect', rule: 'test', content, speakerMentions: [], ...extra };
}

describe('tokenize / tokensIn', () => {
  it('counts words, not punctuation or quote marks, and keeps contractions whole', () => {
    const text = '“We don’t know,” she said.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'We',
      'don’t',
      'know',
      'she',
      'said',
    ]);
  });

  it('takes only tokens wholly inside a span, across several pieces', () => {
    const text = 'one two three four five';
    const tokens = tokenize(text);
    expect([...tokensIn(tokens, [{ start: 2, end: 13 }])]).toEqual([1, 2]);
    expect([...tokensIn(tokens, [at(text, 'one'), at(text, 'five')])]).toEqual([0, 4]);
  });
});

describe('speech-verb subset', () => {
  it('reads the verb list, skipping blanks and comments', () => {
    expect([...verbs]).toEqual(['said', 'say', 'stated', 'told']);
  });

  it('takes a cue with a listed verb as a whole word, or "according to"', () => {
    expect(isSpeechCue('said in a statement', verbs)).toBe(true);
    expect(isSpeechCue('According to', verbs)).toBe(true);
    expect(isSpeechCue('believes', verbs)).toBe(false);
    expect(isSpeechCue('sayings', verbs)).toBe(false);
    expect(isSpeechCue('according', verbs)).toBe(false);
  });

  it('counts a prediction without a cue (a continuation) as speech', () => {
    expect(predictionInSubset(pred('q1', []), 'speech-verb', verbs)).toBe(true);
    expect(predictionInSubset(pred('q1', [], { cue: 'believes' }), 'speech-verb', verbs)).toBe(false);
    expect(predictionInSubset(pred('q1', [], { cue: 'believes' }), 'all', verbs)).toBe(true);
  });
});

describe('matchQuotes', () => {
  const gold = [new Set([0, 1, 2, 3])];

  it('matches a prediction covering half of a gold content leniently but not strictly', () => {
    const half = [new Set([2, 3, 4, 5])];
    expect(matchQuotes(half, gold, 0.3)).toEqual([{ pred: 0, gold: 0, overlap: 2 }]);
    expect(matchQuotes(half, gold, 0.8)).toEqual([]);
  });

  it('lets one prediction match only one gold, the one it overlaps most', () => {
    const golds = [new Set([0, 1]), new Set([2, 3, 4])];
    expect(matchQuotes([new Set([0, 1, 2, 3, 4])], golds, 0.3)).toEqual([{ pred: 0, gold: 1, overlap: 3 }]);
  });

  it('gives a gold to the prediction with the larger overlap', () => {
    const preds = [new Set([0]), new Set([0, 1, 2])];
    expect(matchQuotes(preds, gold, 0.2)).toEqual([{ pred: 1, gold: 0, overlap: 3 }]);
  });
});

describe('speakerCorrect', () => {
  const text = 'Angela Merkel arrived. “We will manage,” the chancellor said.';
  const source = [at(text, 'the chancellor')];

  it('accepts a speaker span sharing a character with the source', () => {
    expect(speakerCorrect(pred('q1', [], { speaker: at(text, 'chancellor') }), source)).toBe(true);
    expect(speakerCorrect(pred('q1', [], { speaker: at(text, 'Angela Merkel') }), source)).toBe(false);
  });

  it('accepts a speaker whose entity has a mention overlapping the source', () => {
    const doc: Pick<Document, 'text' | 'layers'> = {
      text,
      layers: {
        mentions: [
          {
            id: 'm1',
            ...at(text, 'Angela Merkel'),
            type: 'PERSON',
            kind: 'name',
            entities: ['e1'],
            rule: 't',
          },
          {
            id: 'm2',
            ...at(text, 'the chancellor'),
            type: 'PERSON',
            kind: 'title',
            entities: ['e1'],
            rule: 't',
          },
        ],
        entities: [{ id: 'e1', type: 'PERSON', name: 'Angela Merkel', roles: [], mentions: ['m1', 'm2'] }],
        quotes: [
          {
            id: 'q1',
            kind: 'direct',
            ...at(text, 'We will manage'),
            quoted: [at(text, 'We will manage')],
            speaker: { ...at(text, 'Angela Merkel'), mention: 'm1', entity: 'e1' },
            cue: { ...at(text, 'said'), lemma: 'say' },
            rule: 't',
          },
        ],
      },
    };
    const [q] = predictionsFromDocument(doc);
    expect(q?.cue).toBe('said');
    expect(q?.speakerMentions).toHaveLength(2);
    expect(q && speakerCorrect(q, source)).toBe(true);
  });

  it('reads no predictions from a document without a quotes layer', () => {
    expect(predictionsFromDocument({ text, layers: {} })).toEqual([]);
  });
});

describe('scoreDocument', () => {
  const text = 'Smith said the plan failed. Jones believes it will work. “It is over,” Lee told reporters.';
  const golds: GoldAttribution[] = [
    { id: 'E1', content: [at(text, 'the plan failed')], source: [at(text, 'Smith')], cue: 'said' },
    { id: 'E2', content: [at(text, 'it will work')], source: [at(text, 'Jones')], cue: 'believes' },
    { id: 'E3', content: [at(text, 'It is over')], source: [at(text, 'Lee')], cue: 'told' },
    { id: 'E4', content: [at(text, '.')], cue: 'said' },
  ];
  const preds = [
    pred('q1', [at(text, 'the plan')], { cue: 'said', speaker: at(text, 'Smith') }),
    pred('q2', [at(text, 'it will work')], { cue: 'believes', speaker: at(text, 'Smith') }),
    pred('q3', [at(text, 'reporters')], { kind: 'direct' }),
    pred('q4', [at(text, 'It is over')], { cue: 'thinks', speaker: at(text, 'Lee') }),
  ];
  const { counts, golds: kept } = scoreDocument(text, golds, preds, verbs);

  it('ignores gold with no word content', () => {
    expect(kept.map((g) => g.id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('counts the speech-verb subset on both sides, matching across subsets', () => {
    const c = counts['speech-verb'];
    // q4's cue is not a speech verb, yet it matches E3, a speech-verb gold: recall counts it, precision does not.
    expect([c.gold, c.pred, c.lenientGold, c.lenientPred, c.strictGold, c.strictPred]).toEqual([
      2, 2, 2, 1, 1, 0,
    ]);
    expect([c.tokenPred, c.tokenGold, c.tokenBoth]).toEqual([3, 6, 2]);
    expect(c.kinds.direct).toEqual({ pred: 1, matched: 0 });
  });

  it('scores speakers on lenient pairs whose gold is in the subset', () => {
    expect(summarize(counts['speech-verb']).speaker).toEqual({ right: 2, pairs: 2, accuracy: 100 });
    expect(summarize(counts.all).speaker).toEqual({ right: 2, pairs: 3, accuracy: 200 / 3 });
  });

  it('computes P/R/F1 in percent, zero on empty denominators', () => {
    expect(prf(1, 2, 1, 4)).toEqual({ P: 50, R: 25, F1: (2 * 50 * 25) / 75 });
    expect(summarize(emptyCounts()).lenient).toEqual({ P: 0, R: 0, F1: 0 });
  });
});
