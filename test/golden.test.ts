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

  describe('entities (DESIGN.md § seed)', () => {
    const entities = doc.layers.entities ?? [];
    const mentions = doc.layers.mentions ?? [];
    const byName = (name: string) => entities.find((e) => e.name === name);

    it.each([
      ['Donald Trump', 'USA', 'President'],
      ['Vladimir Putin', 'RUS', 'President'],
      ['Marco Rubio', 'USA', 'Secretary of State'],
      ['Steve Witkoff', 'USA', 'presidential envoy'],
      ['Sergey Lavrov', 'RUS', 'Foreign Minister'],
      ['Yuri Ushakov', 'RUS', 'presidential aide'],
      ['Volodymyr Zelensky', 'UKR', 'President'],
      ['Dmitry Peskov', 'RUS', 'Kremlin Spokesman'],
      ['Kirill Dmitriev', 'RUS', 'top economic envoy'],
    ])('%s: %s, %s', (name, country, title) => {
      const e = byName(name);
      expect(e?.type).toBe('PERSON');
      expect(e?.country).toBe(country);
      expect(e?.roles.map((r) => r.title)).toContain(title);
      for (const r of e?.roles ?? [])
        expect(text.slice(r.span.start, r.span.end)).toContain(r.title.split(' ')[0]);
    });

    it('has exactly these people, and no bylined writer among them', () => {
      const people = entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
      expect(people.sort()).toEqual(
        [
          'Donald Trump',
          'Vladimir Putin',
          'Marco Rubio',
          'Steve Witkoff',
          'Sergey Lavrov',
          'Yuri Ushakov',
          'Volodymyr Zelensky',
          'Dmitry Peskov',
          'Kirill Dmitriev',
        ].sort(),
      );
    });

    it('has the places, facilities and organizations', () => {
      const named = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
      expect(named('GPE')).toEqual(
        expect.arrayContaining(['Anchorage', 'Alaska', 'United States', 'Russia', 'Ukraine']),
      );
      expect(named('FACILITY').sort()).toEqual([
        'Fort Richardson National Cemetery',
        'Joint Base Elmendorf-Richardson',
      ]);
      expect(named('ORG')).toEqual(expect.arrayContaining(['Fox News', 'Kremlin', 'Xinhua']));
    });

    it('resolves every later Trump, Putin and Zelensky to the full name', () => {
      for (const m of mentions.filter((x) => x.kind === 'name' && x.type === 'PERSON')) {
        const words = text.slice(m.start, m.end);
        const name = entities.find((e) => e.id === m.entities[0])?.name ?? '';
        expect(name.endsWith(words) || name === words, `${words} → ${name}`).toBe(true);
      }
    });

    it('resolves each "he" that speaks to the right person', () => {
      const he = (before: string) => {
        const at = text.indexOf(before) + before.length;
        const m = mentions.find((x) => x.kind === 'pronoun' && x.start >= at);
        return byName('Donald Trump')?.id === m?.entities[0]
          ? 'Trump'
          : byName('Vladimir Putin')?.id === m?.entities[0]
            ? 'Putin'
            : '?';
      };
      expect(he('Putin said, ')).toBe('Putin');
      expect(he('Trump said, ')).toBe('Trump');
      expect(he('relations between Russia and the United States.')).toBe('Putin');
      expect(he('Fort Richardson National Cemetery in Anchorage, where ')).toBe('Putin');
      for (const m of mentions.filter((x) => x.inferred))
        expect(m.evidence === undefined || m.evidence.end <= text.length).toBe(true);
    });

    it('gives actor codes from roles', () => {
      expect(byName('Donald Trump')?.actor).toBe('USAGOV');
      expect(byName('Vladimir Putin')?.actor).toBe('RUSGOV');
      expect(byName('Volodymyr Zelensky')?.actor).toBe('UKRGOV');
      expect(byName('Kremlin')?.actor).toBe('RUSGOV');
    });

    it('links "the two leaders" to Trump and Putin', () => {
      const group = mentions.find((m) => m.kind === 'group');
      expect(group && text.slice(group.start, group.end)).toBe('the two leaders');
      expect(group?.entities.map((id) => entities.find((e) => e.id === id)?.name)).toEqual([
        'Donald Trump',
        'Vladimir Putin',
      ]);
    });
  });

  describe('quotes', () => {
    const quotes = doc.layers.quotes ?? [];
    const entities = doc.layers.entities ?? [];
    const speakerOf = (content: string): string | undefined => {
      const q = quotes.find((x) =>
        (x.parts ?? [x]).some((p) => text.slice(p.start, p.end).includes(content)),
      );
      return entities.find((e) => e.id === q?.speaker?.entity)?.name;
    };
    const quoteWith = (content: string) =>
      quotes.find((x) => (x.parts ?? [x]).some((p) => text.slice(p.start, p.end).includes(content)));

    it('attributes every quote in the acceptance list to the right speaker', () => {
      const expected: [string, string][] = [
        ['many points', 'Donald Trump'],
        ['great progress', 'Donald Trump'],
        ['would soon call Ukrainian President', 'Donald Trump'],
        ['it is up to Zelensky to strike a ceasefire deal', 'Donald Trump'],
        ['there would soon be a meeting set up', 'Donald Trump'],
        ["Everything that's happening is a tragedy", 'Vladimir Putin'],
        ['primary causes', 'Vladimir Putin'],
        ['throw a wrench in the works', 'Vladimir Putin'],
        ['a starting point', 'Vladimir Putin'],
        ['business-like', 'Vladimir Putin'],
        ['pragmatic', 'Vladimir Putin'],
        ["he agreed Ukraine's security should be ensured", 'Vladimir Putin'],
        ['exhaustive statements', 'Dmitry Peskov'],
        ['This is the very conversation', 'Dmitry Peskov'],
        ['very well', 'Kirill Dmitriev'],
        ['resistance', 'Kirill Dmitriev'],
      ];
      for (const [content, speaker] of expected) expect(speakerOf(content), content).toBe(speaker);
    });

    it('tells direct, mixed and indirect quotes apart', () => {
      expect(quoteWith('This is the very conversation')?.kind).toBe('direct');
      expect(quoteWith('many points')?.kind).toBe('mixed');
      expect(quoteWith('he would soon call')?.kind).toBe('indirect');
      const direct = quoteWith('This is the very conversation');
      expect(direct && text.slice(direct.start, direct.end)).toMatch(
        /^This is the very conversation.*options,$/u,
      );
    });

    it('keeps the speaker words, cue and pronoun resolution', () => {
      const peskov = quoteWith('exhaustive statements');
      expect(peskov?.speaker && text.slice(peskov.speaker.start, peskov.speaker.end)).toBe(
        'Kremlin Spokesman, Dmitry Peskov',
      );
      expect(peskov?.cue && text.slice(peskov.cue.start, peskov.cue.end)).toBe('explained');
      const adding = quoteWith('pave the way towards peace');
      expect(adding?.cue && text.slice(adding.cue.start, adding.cue.end)).toBe('adding');
      expect(entities.find((e) => e.id === adding?.speaker?.entity)?.name).toBe('Vladimir Putin');
    });

    it('recognises the Fox News interview as the setting of Trump’s indirect statements', () => {
      for (const content of ['it is up to Zelensky', 'there would soon be a meeting']) {
        const setting = quoteWith(content)?.setting;
        expect(setting?.kind, content).toBe('interview');
        expect(setting?.outlet, content).toBe('Fox News');
      }
      expect(quoteWith('many points')?.setting?.kind).toBe('press-conference');
    });

    it('attributes nothing to the bylined writers', () => {
      const writers = entities.filter((e) => /Tan Jingjing|Gao Shan|Xiong Maoling/u.test(e.name));
      expect(writers).toEqual([]);
      for (const q of quotes) expect(q.speaker?.entity).toBeDefined();
    });
  });
});
