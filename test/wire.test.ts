import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { titleCase } from '../src/stages/wire/resolve-place.js';
import { expectSpansWithin } from './helpers.js';

const meta = (text: string, date?: string) => {
  const doc = analyze({ text, meta: date ? { date } : {} });
  expectSpansWithin(doc);
  return doc;
};

describe('wire stage: datelines', () => {
  it.each([
    ['WASHINGTON (Reuters) - The head of a faction said.', 'Washington', 'US', ['Reuters']],
    ['WASHINGTON (AP) — New uncertainty hangs over the race.', 'Washington', 'US', ['AP']],
    ['PARIS, Aug 16 (AFP) - France said on Friday.', 'Paris', 'FR', ['AFP']],
    ['BEIJING, Aug. 16 (Xinhua) -- China on Saturday said.', 'Beijing', 'CN', ['Xinhua']],
    ['BIRMINGHAM, Ala. (Reuters) - Name-calling is not unusual.', 'Birmingham', 'US', ['Reuters']],
    ['DANANG, Vietnam (Reuters) - Leaders met.', 'Danang', 'VN', ['Reuters']],
    [
      'KING OF PRUSSIA, Pennsylvania/WASHINGTON (Reuters) - Voters said.',
      'King of Prussia',
      'US',
      ['Reuters'],
    ],
    ['MOSCOW (Reuters) - The Kremlin said.', 'Moscow', 'RU', ['Reuters']],
  ])('%s', (text, place, country, agencies) => {
    const doc = meta(text, 'December 31, 2017 ');
    expect(doc.meta.dateline).toMatchObject({ place, country });
    expect(doc.meta.agencies).toEqual(agencies);
    const span = doc.meta.dateline?.span;
    expect(span && text.slice(span.start, span.end)).toMatch(/^[A-Z]/u);
  });

  it('takes the year of a dateline date from the publication date', () => {
    const doc = meta('BEIJING, Aug. 16 (Xinhua) -- China said.', '2025-08-17');
    expect(doc.meta.dateline?.date).toBe('2025-08-16');
    expect(doc.meta.published).toBe('2025-08-17');
  });

  it('puts a late-December dateline in the previous year when published in January', () => {
    expect(meta('BEIJING, Dec. 31 (Xinhua) -- Fireworks.', '2026-01-01').meta.dateline?.date).toBe(
      '2025-12-31',
    );
  });

  it('leaves a dateline without year or publication date undated, and says nothing wrong', () => {
    const doc = meta('BEIJING, Aug. 16 (Xinhua) -- China said.');
    expect(doc.meta.dateline?.place).toBe('Beijing');
    expect(doc.meta.dateline?.date).toBeUndefined();
  });

  it('uses the dateline year when the dateline gives one', () => {
    const doc = meta('BUDAPEST, Hungary, February 19, 2018 (LifeSiteNews) – Brushing aside.');
    expect(doc.meta.dateline).toMatchObject({ place: 'Budapest', country: 'HU', date: '2018-02-19' });
    expect(doc.meta.agencies).toEqual(['LifeSiteNews']);
    expect(doc.messages.map((m) => m.rule)).toContain('wire/unknown-agency');
  });

  it('reads an agency-only dateline and a place-only dateline', () => {
    expect(meta('(Reuters) - Alabama officials certified.').meta.agencies).toEqual(['Reuters']);
    expect(meta('(CNN) President Donald Trump made a trip.').meta.agencies).toEqual(['CNN']);
    expect(meta('WASHINGTON - Some key U.S. senators had concerns.').meta.dateline?.place).toBe('Washington');
  });

  it('reads correction notes and bylines before the dateline', () => {
    const text =
      ' (Corrects spelling of name in this Dec. 19 story.) By Sharon Bernstein SACRAMENTO, Calif. (Reuters) - A lottery.';
    const doc = meta(text, '2017-12-20');
    expect(doc.meta.dateline).toMatchObject({ place: 'Sacramento', country: 'US', region: 'California' });
    expect(doc.meta.bylines).toEqual(['Sharon Bernstein']);
    expect(doc.layers.wire?.map((w) => w.kind)).toEqual(['correction', 'byline', 'dateline']);
  });

  it('finds datelines below the furniture of a saved web page, but not menu lines', () => {
    const page =
      'Share story\n\nUpdated July 16, 2018\n\nSUBSCRIBE\n\n'.repeat(12) +
      'HELSINKI (AP) — President Donald Trump arrived.';
    expect(meta(page).meta.dateline).toMatchObject({ place: 'Helsinki', country: 'FI' });
    const menu = `${'Lorem ipsum dolor sit amet. '.repeat(30)}\n\nJUST WATCHED — Navarro slams call`;
    expect(meta(menu).meta.dateline).toBeUndefined();
  });

  it('reads CNN-style and parenthesised datelines', () => {
    expect(meta('Washington (CNN) Senate Republicans on Wednesday acted.').meta.dateline).toMatchObject({
      place: 'Washington',
      country: 'US',
    });
    expect(meta('(HELSINKI) — With rattled world capitals watching.').meta.dateline).toMatchObject({
      place: 'Helsinki',
      country: 'FI',
    });
  });

  it('finds no dateline in an ordinary first sentence', () => {
    const doc = meta(
      'Tony Blair promised Gordon Brown he would stand down (eventually) - a new book claims.',
    );
    expect(doc.meta.dateline).toBeUndefined();
    expect(meta('The U.S. (and Canada) - both agreed.').meta.dateline).toBeUndefined();
  });

  it('reads Reuters reporting credits as bylines', () => {
    const doc = meta(
      'WASHINGTON (Reuters) - Trump spoke.\n\n(Reporting by Steve Holland; Editing by Jane Doe)',
    );
    expect(doc.meta.bylines).toEqual(['Steve Holland']);
  });

  it('keeps reader bylines and dates, and complains about a date it cannot read', () => {
    const doc = analyze({
      text: 'Putin spoke.',
      meta: { bylines: ['A Writer'], date: 'on the 99th of Smarch' },
    });
    expect(doc.meta.bylines).toEqual(['A Writer']);
    expect(doc.meta.published).toBeUndefined();
    expect(doc.messages.map((m) => m.rule)).toContain('wire/bad-date');
  });

  it('falls back to the date given by the caller', () => {
    expect(analyze('Putin spoke.', { defaultDate: '2025-08-16' }).meta.published).toBe('2025-08-16');
  });
});

describe('title case of places written in capitals', () => {
  it('lowers the capitals of words but keeps dotted abbreviations and small words', () => {
    expect(titleCase('KING OF PRUSSIA')).toBe('King of Prussia');
    expect(titleCase('WASHINGTON, D.C.')).toBe('Washington, D.C.');
    expect(titleCase('U.N.')).toBe('U.N.');
    expect(titleCase('Fort Richardson')).toBe('Fort Richardson');
  });
});
