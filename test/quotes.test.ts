import { describe, expect, it } from 'vitest';
import type { Document, Quote } from '../src/document/document.js';
import { analyze } from '../src/pipeline/analyze.js';
import { findQuotedStretches } from '../src/stages/quotes/quote-marks.js';
import { expectSpansWithin } from './helpers.js';

const content = (doc: Document, q: Quote | undefined): string =>
  q ? (q.parts ?? [q]).map((p) => doc.text.slice(p.start, p.end)).join(' | ') : '';
const speakerWords = (doc: Document, q: Quote | undefined): string =>
  q?.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : '';
const speakerName = (doc: Document, q: Quote | undefined): string | undefined =>
  doc.layers.entities?.find((e) => e.id === q?.speaker?.entity)?.name;

function quotesOf(text: string): { doc: Document; quotes: Quote[] } {
  const doc = analyze(text);
  expectSpansWithin(doc);
  return { doc, quotes: doc.layers.quotes ?? [] };
}

describe('quote marks', () => {
  const inner = (text: string): string[] =>
    findQuotedStretches(text).map((s) => text.slice(s.inner.start, s.inner.end));

  it('pairs curly, straight, doubled-apostrophe, guillemet, low-9 and CJK marks', () => {
    expect(inner('He said “yes” and "no".')).toEqual(['yes', 'no']);
    expect(inner("''The faster,'' he said, ''the better.''")).toEqual(['The faster,', 'the better.']);
    expect(inner('Sie sagte „gut“ und «bon» und 「はい」.')).toEqual(['gut', 'bon', 'はい']);
  });

  it('tells single quotes from apostrophes', () => {
    expect(inner("It's the players' union's ‘final offer’ in the '90s.")).toEqual(['final offer']);
  });

  it('pairs quotes glued to words', () => {
    expect(inner('Trump said,“many points” had been agreed, noting“great progress” was made.')).toEqual([
      'many points',
      'great progress',
    ]);
  });

  it('keeps nested quotes inside their quotation', () => {
    const stretches = findQuotedStretches('“He told me ‘no’ twice,” she said.');
    expect(stretches.map((s) => s.depth)).toEqual([0, 1]);
  });

  it('runs an unclosed quotation to the end of its paragraph, and follows it into the next', () => {
    const text = '“The first paragraph goes on\n\n“and ends in the second.”\n\nNot quoted.';
    const stretches = findQuotedStretches(text);
    expect(stretches.map((s) => [s.closed, s.continues, s.continued])).toEqual([
      [false, true, false],
      [true, false, true],
    ]);
  });
});

describe('quotes', () => {
  it('takes a direct quote with the speaker after it', () => {
    const { doc, quotes } = quotesOf('“We will not give up,” Smith said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('direct');
    expect(content(doc, quotes[0])).toBe('We will not give up,');
    expect(speakerWords(doc, quotes[0])).toBe('Smith');
  });

  it('takes an inverted attribution with an apposition', () => {
    const { doc, quotes } = quotesOf(
      '“We make sure that the donors are legal,” said Colin Strother, a campaign spokesman.',
    );
    expect(speakerWords(doc, quotes[0])).toBe('Colin Strother, a campaign spokesman');
    expect(quotes[0]?.kind).toBe('direct');
  });

  it('takes indirect speech after the cue, with and without "that"', () => {
    const { doc, quotes } = quotesOf(
      'Jones said on Monday that the talks had failed. Brown says the plan is dead.',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['indirect', 'indirect']);
    expect(content(doc, quotes[0])).toBe('that the talks had failed');
    expect(content(doc, quotes[1])).toBe('the plan is dead');
  });

  it('takes a mixed quote: a quoted fragment inside reported speech', () => {
    const { doc, quotes } = quotesOf('Lee said the deal was “a disaster” for workers.');
    expect(quotes[0]?.kind).toBe('mixed');
    expect(quotes[0]?.quoted.map((p) => doc.text.slice(p.start, p.end))).toEqual(['a disaster']);
  });

  it('joins the two halves of a quote broken by its attribution', () => {
    const { doc, quotes } = quotesOf('“The faster we act,” Kerry said, “the better off we will be.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('direct');
    expect(content(doc, quotes[0])).toBe('The faster we act, | the better off we will be.');
  });

  it('takes "X told reporters" and "according to X"', () => {
    const { doc, quotes } = quotesOf(
      'Garcia told reporters the vote would be delayed. Prices will rise, according to the central bank.',
    );
    expect(speakerWords(doc, quotes[0])).toBe('Garcia');
    expect(content(doc, quotes[0])).toBe('the vote would be delayed');
    expect(quotes[1]?.cue?.lemma).toBe('according to');
    expect(speakerWords(doc, quotes[1])).toBe('the central bank');
    expect(content(doc, quotes[1])).toBe('Prices will rise');
  });

  it('resolves a pronoun speaker to the person named before, marked inferred', () => {
    const { doc, quotes } = quotesOf('Angela Merkel arrived late.\n\n“It was a long day,” she said.');
    expect(speakerName(doc, quotes[0])).toBe('Angela Merkel');
    expect(quotes[0]?.speaker?.inferred).toBe(true);
    expect(quotes[0]?.speaker?.evidence).toBeDefined();
  });

  it('shares the subject with a participle and a coordinated verb', () => {
    const { doc, quotes } = quotesOf(
      'Ruiz said the plan would work, adding that costs would fall. Ruiz met the mayor and said the city was ready.',
    );
    expect(quotes.map((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end))).toEqual([
      'said',
      'adding',
      'said',
    ]);
    expect(quotes.map((q) => speakerWords(doc, q))).toEqual(['Ruiz', 'Ruiz', 'Ruiz']);
  });

  it('continues a speaker into a floating quotation in the next paragraph', () => {
    const { doc, quotes } = quotesOf(
      '“We will win this fight,” Ortega said.\n\n“Nobody in this country will be left behind.”',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.rule).toBe('quote/floating');
    expect(quotes[1]?.continues).toBe(quotes[0]?.id);
    expect(quotes[1]?.speaker?.inferred).toBe(true);
    expect(quotes[1]?.speaker?.start).toBe(quotes[1]?.speaker?.end);
    expect(speakerName(doc, quotes[1])).toBe(speakerName(doc, quotes[0]));
  });

  it('follows a quotation over several paragraphs', () => {
    const { doc, quotes } = quotesOf(
      'Patel said: “The first thing is the budget.\n\n“The second thing is the schedule.”\n\nThe meeting ended.',
    );
    expect(quotes).toHaveLength(1);
    expect(content(doc, quotes[0])).toBe(
      'The first thing is the budget. | The second thing is the schedule.',
    );
  });

  it('keeps a cue inside a quotation out of the attribution', () => {
    const { doc, quotes } = quotesOf('“I think we will win,” Okafor said.');
    expect(quotes).toHaveLength(1);
    expect(speakerWords(doc, quotes[0])).toBe('Okafor');
  });

  it('does not make a quote of a scare quote or a title', () => {
    const { doc, quotes } = quotesOf(
      'The so-called “reform” stalled. She starred in the film “Eclipsed” last year.',
    );
    expect(quotes).toEqual([]);
    expect(doc.layers.quoted?.map((s) => s.role)).toEqual(['term', 'title']);
  });

  it('does not take "said" as a cue when nothing is reported, or in the passive', () => {
    expect(quotesOf('The minister said nothing. He was told to leave.').quotes).toEqual([]);
  });

  it('finds settings: statements, posts, interviews with an outlet', () => {
    const { quotes } = quotesOf(
      'The ministry said in a statement that the border was closed. Musk wrote on X that the launch was delayed. Diaz told CNN in an interview that he would run.',
    );
    expect(quotes.map((q) => [q.setting?.kind, q.setting?.outlet])).toEqual([
      ['statement', undefined],
      ['social-media', 'X'],
      ['interview', 'CNN'],
    ]);
  });

  it('survives hostile input: unbalanced marks, a huge quotation, every kind of mark', () => {
    const marks = '"“”„‟«»‹›‘’‚‛「」『』〝〞＂\'`';
    const hostile = [
      '“'.repeat(10_000),
      `He said “${'word '.repeat(200_000)}`,
      Array.from({ length: 2_000 }, (_, i) => `${marks[i % marks.length] ?? ''}x`).join(' '),
    ];
    for (const text of hostile) {
      const doc = analyze(text);
      expectSpansWithin(doc);
      for (const q of doc.layers.quotes ?? []) expect(q.start).toBeLessThanOrEqual(q.end);
    }
  });
});
