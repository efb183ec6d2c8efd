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

  it('takes a progressive cue as active, and refuses the passive', () => {
    const { doc, quotes } = quotesOf(
      'Trump is telling a town hall in Salem that waterboarding is fine. The plan was announced on Monday.',
    );
    expect(quotes).toHaveLength(1);
    expect(speakerWords(doc, quotes[0])).toBe('Trump');
    expect(content(doc, quotes[0])).toBe('that waterboarding is fine');
  });

  it('takes "X, who said A, said B" as two quotes, the first ending at the second cue', () => {
    const { doc, quotes } = quotesOf(
      'Barkley, who said he typically votes Democratic, said one candidate he likes is John Kasich.',
    );
    expect(quotes.map((q) => content(doc, q))).toEqual([
      'he typically votes Democratic',
      'one candidate he likes is John Kasich',
    ]);
    // PolNeAR marks the relative pronoun as the source; the name comes with it.
    expect(speakerWords(doc, quotes[0])).toBe('Barkley, who');
  });

  it('finds the subject past asides, reflexives, adverbs and participles', () => {
    const { doc, quotes } = quotesOf(
      [
        'Sanders, meanwhile, who sits at zero endorsements, said that fact speaks volumes.',
        'The justice -- who has been in a scuffle with the nominee -- said she regretted her remarks.',
        'Ford itself said the deal was on.',
        'Again, those surveyed said Trump was best able to handle the issue.',
        'Clinton now says she opposes the deal.',
        'Sen. Jack Reed (D-R.I.), said on Tuesday that he had not read the plan.',
      ].join(' '),
    );
    // An apposition or aside stays in the speaker phrase; the subject starts it.
    expect(quotes.map((q) => speakerWords(doc, q).split(/,| --/u)[0])).toEqual([
      'Sanders',
      'The justice',
      'Ford',
      'those surveyed',
      'Clinton',
      'Sen. Jack Reed (D-R.I.)',
    ]);
  });

  it('takes a noun phrase after verbs reported with one: denounced, decried, pointed to', () => {
    const { doc, quotes } = quotesOf(
      'Sanders has denounced supporters who level sexist attacks. Blackwell pointed to Cruz’s organization. Khan spoke at the convention and decried the ban on Muslims.',
    );
    expect(quotes.map((q) => content(doc, q))).toEqual([
      'supporters who level sexist attacks',
      'Cruz’s organization',
      'the ban on Muslims',
    ]);
    expect(quotes.map((q) => speakerWords(doc, q))).toEqual(['Sanders', 'Blackwell', 'Khan']);
  });

  it('does not take authorship for a report: "and wrote a book"', () => {
    expect(quotesOf('She studied law and wrote a children’s book.').quotes).toEqual([]);
  });

  it('takes "continued that …" although "continue" otherwise needs quote marks', () => {
    const { doc, quotes } = quotesOf('She continued that the official had admitted a crime.');
    expect(content(doc, quotes[0])).toBe('that the official had admitted a crime');
    expect(quotesOf('He continued his tour of Ohio.').quotes).toEqual([]);
  });

  it('takes an infinitive cue with the subject of its governing verb, but not an impersonal "it"', () => {
    const { doc, quotes } = quotesOf(
      'Clinton is continuing to insist she will release the transcripts. Voters are slightly more likely to say the economy matters. It is safe to say he is referring to the border.',
    );
    expect(quotes.map((q) => [speakerWords(doc, q), q.rule])).toEqual([
      ['Clinton', 'quote/infinitive'],
      ['Voters', 'quote/infinitive'],
    ]);
    expect(content(doc, quotes[0])).toBe('she will release the transcripts');
  });

  it('starts a participle clause after a quotation that ends with a comma', () => {
    const { doc, quotes } = quotesOf(
      'Trump insisted that he has “expanded the party,” claiming that he is responsible for higher turnout.',
    );
    expect(quotes.map((q) => content(doc, q))).toEqual([
      'that he has “expanded the party,”',
      'that he is responsible for higher turnout',
    ]);
  });

  it('ends the content of a subordinate clause at its comma, and lets the main clause report', () => {
    const { doc, quotes } = quotesOf(
      'While Ramos said that journalists cannot have any affiliation, he appears uneasy. When the moderator pointed out that Trump had not answered, the candidate said families file lawsuits.',
    );
    expect(quotes.map((q) => content(doc, q))).toEqual([
      'that journalists cannot have any affiliation',
      'that Trump had not answered',
      'families file lawsuits',
    ]);
    expect(speakerWords(doc, quotes[2])).toBe('the candidate');
  });

  it('takes what a poll finds, and "according to" after a short lead', () => {
    const { doc, quotes } = quotesOf(
      'The new poll finds Trump is gaining in Ohio. In addition, according to the department, nine million workers will be protected.',
    );
    expect(quotes.map((q) => [speakerWords(doc, q), content(doc, q)])).toEqual([
      ['The new poll', 'Trump is gaining in Ohio'],
      ['the department', 'nine million workers will be protected'],
    ]);
  });

  it('joins a sentence cut after an abbreviation in parentheses before finding the speaker', () => {
    const { doc, quotes } = quotesOf(
      'Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be a stronger candidate.',
    );
    const q = quotes.find((x) => content(doc, x).startsWith('Sanders has pushed'));
    expect(speakerWords(doc, q)).toContain('McCaskill');
  });

  it('never lets a content run back into the dateline', () => {
    const { doc, quotes } = quotesOf(
      'WASHINGTON, Aug. 20 (Reuters) - The tariffs will stay, Trump said on Wednesday.',
    );
    expect(quotes.map((q) => content(doc, q))).toEqual(['The tariffs will stay']);
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
      `He said so. ${', while he said that a'.repeat(20_000)}`,
    ];
    for (const text of hostile) {
      const doc = analyze(text);
      expectSpansWithin(doc);
      for (const q of doc.layers.quotes ?? []) expect(q.start).toBeLessThanOrEqual(q.end);
    }
  });
});
