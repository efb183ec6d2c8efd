import { describe, expect, it } from 'vitest';
import { parsePetrarchActors } from '../../src/actors/parse-petrarch-actors.js';
import { petrarchDate } from '../../src/actors/petrarch-dates.js';

const parse = (text: string) => parsePetrarchActors(text, { file: 'test' });

describe('parsePetrarchActors', () => {
  it('reads a primary name, + synonyms and indented dated and default codes', () => {
    const { items, problems } = parse(
      [
        'VLADIMIR_PUTIN_  # CountryInfo.txt',
        '+PUTIN_',
        '+PRESIDENT_VLADIMIR_V._PUTIN',
        '\t[RUSGOV 991231-080507]',
        '\t[RUSGOV >080508]',
        '\t[RUSELI]',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'test:1',
      names: ['VLADIMIR PUTIN', 'PUTIN', 'PRESIDENT VLADIMIR V. PUTIN'],
      roles: [
        { code: 'RUSGOV', start: '1999-12-31', end: '2008-05-07', line: 4 },
        { code: 'RUSGOV', start: '2008-05-08', line: 5 },
        { code: 'RUSELI', line: 6 },
      ],
    });
  });

  it('reads inline codes, several per line, < and > forms, and spaces inside brackets', () => {
    const { items, problems } = parse(
      'MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---] #MleH 06 Jul 2009# NGO_Actors\nB._LYNN_PASCOE_\t[USAGOV 981022-010811] [IGOUNO  >070201]# former ambassador',
    );
    expect(problems).toEqual([]);
    expect(items[0]?.roles).toEqual([
      { code: 'HTIOPPMED', end: '2006-12-31', line: 1 },
      { code: 'IGOUNOMED', line: 1 },
      { code: '---', line: 1 },
    ]);
    expect(items[1]?.roles[1]).toEqual({ code: 'IGOUNO', start: '2007-02-01', line: 2 });
  });

  it('groups a primary that has no code yet with the next one, as PETRARCH does', () => {
    const { items } = parse('IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\n\t[HRVGOV >100218]\nOTHER_ [HRV]');
    expect(items.map((e) => e.names)).toEqual([['IVO JOSIPOVIC', 'PRESIDENT JOSIPOVIC'], ['OTHER']]);
  });

  it('skips # ; and <!-- --> comments, blank lines, and stops at ---STOP---', () => {
    const text = [
      '# header',
      '',
      '<!-- one',
      'still comment -->',
      'UN_ [IGOUNO] ; TABARI comment',
      '---STOP---',
      'AFTER_ [ABC]',
    ];
    const { items, problems } = parse(text.join('\n'));
    expect(problems).toEqual([]);
    expect(items.map((e) => e.names[0])).toEqual(['UN']);
  });

  it('splits synonyms glued by "+" and marks damaged characters, with warnings', () => {
    const { items, problems } = parse('GROUP_ [YEMREB]\n+ADEN_ARMY_+_ISLAMIC_ADEN_ARMY_\n+NIG\ufffdERIA_');
    expect(items[0]?.names).toEqual(['GROUP', 'ADEN ARMY', 'ISLAMIC ADEN ARMY', 'NIGERIA']);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
    ]);
  });

  it('keeps PETRARCH codes as written: "+++" and slash-joined codes', () => {
    const { items, problems } = parse('NASGUL  [+++]\nTHE_SHIRE  [FRO/BIL/SAM]\nTUNIS  [TUN]');
    expect(problems).toEqual([]);
    expect(items.map((e) => [e.names, e.roles.map((r) => r.code)])).toEqual([
      [['NASGUL'], ['+++']],
      [['THE SHIRE'], ['FRO/BIL/SAM']],
      [['TUNIS'], ['TUN']],
    ]);
  });

  it('reports garbage lines with their line numbers instead of throwing', () => {
    const text = [
      '+ORPHAN_SYNONYM', // 1: before any entry
      '\t[USAGOV]', // 2: code before any entry
      'GOOD_ [USAGOV 20080101-20010101]', // 3: reversed range
      '\t[usagov]', // 4: not a code
      '\t[USAGOV 2008XX01-2009]', // 5: not a date
      '\t[USAGOV 20080101', // 6: unclosed
      '\t[USAGOV 20090230-20100101]', // 7: no such day
      '\t[USAGOV 20090101-20100101]', // fine
      'NO_CODE_AT_ALL', // 9: never gets a code
    ];
    const { items, problems } = parse(text.join('\n'));
    expect(items).toHaveLength(1);
    expect(items[0]?.roles).toEqual([{ code: 'USAGOV', start: '2009-01-01', end: '2010-01-01', line: 8 }]);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(problems.every((p) => p.file === 'test' && p.reason !== '')).toBe(true);
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'AB_+[]<>-#;{}!\t \n0123456789~';
    const text = Array.from({ length: 20_000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      '',
    );
    expect(() => parse(text)).not.toThrow();
  });
});

describe('petrarchDate', () => {
  it('reads YYMMDD with the 00–30 → 20YY rule, and YYYYMMDD', () => {
    expect(petrarchDate('991231')).toBe('1999-12-31');
    expect(petrarchDate('080507')).toBe('2008-05-07');
    expect(petrarchDate('300101')).toBe('2030-01-01');
    expect(petrarchDate('310101')).toBe('1931-01-01');
    expect(petrarchDate('20000507')).toBe('2000-05-07');
    expect(petrarchDate('20100229')).toBeUndefined();
    expect(petrarchDate('12')).toBeUndefined();
  });
});
