import { describe, expect, it } from 'vitest';
import { createActorBase, parseDictionary } from '../../src/actors/actor-base.js';
import { agentCode, countryCode } from '../../src/actors/agent-code.js';
import { actorCode, lookupActor } from '../../src/actors/lookup-actor.js';
import { normalizeName } from '../../src/actors/normalize-name.js';

function smallBase(text: string) {
  const base = createActorBase({ shipped: false });
  parseDictionary(base, text, 'test.actors.txt');
  return base;
}

describe('lookupActor date ranges', () => {
  const base = smallBase('VLADIMIR_PUTIN\n+PUTIN\n\t[RUSGOV 20000507-20080507]\n');

  it('returns the code inside its window (bounds inclusive) and nothing outside', () => {
    expect(lookupActor(base, 'Vladimir Putin', '2005-06-01').map((r) => r.code)).toEqual(['RUSGOV']);
    expect(actorCode(base, 'Putin', '2000-05-07')).toBe('RUSGOV');
    expect(actorCode(base, 'Putin', '2008-05-07')).toBe('RUSGOV');
    expect(lookupActor(base, 'Putin', '2008-05-08')).toEqual([]);
    expect(lookupActor(base, 'Putin', '1999-01-01')).toEqual([]);
  });

  it('falls back to the undated default only where no dated code applies', () => {
    const withDefault = smallBase(
      'VLADIMIR_PUTIN\n\t[RUSELI 700101-990809]\n\t[RUSGOV 991231-080507]\n\t[RUSELI]\n',
    );
    expect(lookupActor(withDefault, 'Putin Vladimir', '2005-01-01')).toEqual([]);
    expect(lookupActor(withDefault, 'Vladimir Putin', '2005-01-01')).toMatchObject([
      { code: 'RUSGOV', start: '1999-12-31' },
    ]);
    expect(lookupActor(withDefault, 'Vladimir Putin', '1995-01-01')).toMatchObject([
      { code: 'RUSELI', end: '1999-08-09' },
    ]);
    expect(lookupActor(withDefault, 'Vladimir Putin', '2012-01-01')).toMatchObject([
      { code: 'RUSELI', fallback: true },
    ]);
    expect(lookupActor(withDefault, 'Vladimir Putin').map((r) => r.code)).toEqual([
      'RUSELI',
      'RUSGOV',
      'RUSELI',
    ]);
  });

  it('treats [---] as known but not coded', () => {
    const nulled = smallBase('JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---]\n');
    expect(actorCode(nulled, 'Jean-Marie Guéhenno', '2005-01-01')).toBe('IGOUNO');
    expect(lookupActor(nulled, 'Jean-Marie Guehenno', '2010-01-01')).toEqual([]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => lookupActor(base, 'Putin', '2005')).toThrow(/YYYY-MM-DD/u);
  });
});

describe('name matching', () => {
  it('normalizes case, underscores, punctuation, accents and initials', () => {
    expect(normalizeName('VLADIMIR_V._PUTIN_')).toBe('vladimir v putin');
    expect(normalizeName('  Vladimir   Putin. ')).toBe('vladimir putin');
    expect(normalizeName('U.S.')).toBe(normalizeName('US'));
    expect(normalizeName('Côte d’Ivoire')).toBe('cote divoire');
  });

  it('answers a lone surname only when it points at one actor', () => {
    const base = smallBase('SERGEY_LAVROV_ [RUSGOV]\nJOHN_SMITH_ [USAGOV]\nADAM_SMITH_ [GBRBUS]\n');
    expect(actorCode(base, 'Lavrov')).toBe('RUSGOV');
    expect(lookupActor(base, 'Smith')).toEqual([]);
    expect(actorCode(base, 'Adam Smith')).toBe('GBRBUS');
  });
});

describe('the shipped base', () => {
  const base = createActorBase();

  it('has Putin as RUSGOV in 2005 and RUSELI before 1999 from the Phoenix country dictionary', () => {
    expect(lookupActor(base, 'Vladimir Putin', '2005-06-01')).toMatchObject([
      {
        code: 'RUSGOV',
        country: 'RUS',
        sector: 'GOV',
        start: '1999-12-31',
        end: '2008-05-07',
        source: 'dictionary',
      },
    ]);
    expect(actorCode(base, 'PUTIN', '1995-01-01')).toBe('RUSELI');
  });

  it('has no entry for Trump: the dictionaries are stale', () => {
    expect(lookupActor(base, 'Donald Trump', '2025-08-15')).toEqual([]);
  });

  it('gives sector codes for titles and country codes for names and demonyms', () => {
    expect(agentCode(base, 'president')).toBe('GOV');
    expect(agentCode(base, 'U.S. Secretary of State')).toBe('GOV');
    expect(agentCode(base, 'xyzzy')).toBeUndefined();
    expect(countryCode(base, 'Russian')).toBe('RUS');
    expect(countryCode(base, 'United States')).toBe('USA');
    expect(countryCode(base, 'Kabul')).toBe('AFG');
    expect(countryCode(base, 'Ukraine')).toBe('UKR');
    // In 1990 the dictionary codes Ukraine USRUKR (a Soviet republic), which is not a country code.
    expect(countryCode(base, 'Ukraine', '1990-01-01')).toBeUndefined();
  });
});
