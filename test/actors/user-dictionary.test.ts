import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActorBase, loadDictionaryFile, parseDictionary } from '../../src/actors/actor-base.js';
import { actorCode, lookupActor } from '../../src/actors/lookup-actor.js';

const CSV = [
  'name,code,start,end,title,country,aliases',
  'Donald Trump,USAGOV,2017-01-20,2021-01-20,President,USA,Trump|President Trump',
  'Donald Trump,USAGOV,2025-01-20,,President,USA,',
  'Marco Rubio,,2025-01-21,,Secretary of State,USA,',
  '"Zelensky, Volodymyr",UKRGOV,2019-05-20,,President,UKR,Volodymyr Zelensky|Zelenskyy',
  'Broken Row,usagov,,,,,',
  'No Code,,,,President,,',
  'Bad Date,USAGOV,2025-13-01,,,,',
].join('\n');

const JSON_TEXT = JSON.stringify({
  actors: [
    {
      name: 'Kirill Dmitriev',
      title: 'economic envoy',
      country: 'RUS',
      start: '2025-02-23',
      aliases: ['Dmitriev'],
    },
    { name: 'Steve Witkoff', code: 'USAGOV', title: 'special envoy' },
    { name: '', code: 'USAGOV' },
    { name: 'Bad Range', code: 'USAGOV', start: '2025-01-02', end: '2025-01-01' },
  ],
});

describe('user dictionaries', () => {
  it('reads CSV rows into dated roles, merging rows of one actor, with aliases', () => {
    const base = createActorBase();
    const { problems } = parseDictionary(base, CSV, 'mine.csv');
    expect(actorCode(base, 'Trump', '2019-06-01')).toBe('USAGOV');
    expect(lookupActor(base, 'Donald Trump', '2023-06-01')).toEqual([]);
    expect(lookupActor(base, 'President Trump', '2025-08-15')).toMatchObject([
      { code: 'USAGOV', title: 'President', source: 'user', start: '2025-01-20', id: 'mine.csv:2' },
    ]);
    expect(actorCode(base, 'Marco Rubio', '2025-08-15')).toBe('USAGOV'); // USA + agents("Secretary of State")
    expect(actorCode(base, 'Zelenskyy', '2025-08-15')).toBe('UKRGOV');
    expect(problems.map((p) => p.line)).toEqual([6, 7, 8]);
    expect(problems[0]?.reason).toMatch(/code/u);
  });

  it('reads JSON ({"actors": [...]} or an array) and reports bad rows by number', () => {
    const base = createActorBase();
    const { problems } = parseDictionary(base, JSON_TEXT, 'mine.json');
    expect(lookupActor(base, 'Dmitriev', '2025-08-15')).toMatchObject([
      { code: 'RUSGOV', country: 'RUS', title: 'economic envoy' },
    ]);
    expect(lookupActor(base, 'Dmitriev', '2024-08-15')).toEqual([]);
    expect(actorCode(base, 'Steve Witkoff', '2025-08-15')).toBe('USAGOV');
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    const array = createActorBase({ shipped: false });
    parseDictionary(array, JSON.stringify([{ name: 'X Y', code: 'USAGOV' }]), 'a.json');
    expect(actorCode(array, 'X Y')).toBe('USAGOV');
  });

  it('reports JSON that does not parse as one problem', () => {
    const base = createActorBase({ shipped: false });
    expect(parseDictionary(base, '{"actors": [', 'bad.json').problems).toMatchObject([
      { line: 1, severity: 'error' },
    ]);
    expect(parseDictionary(base, '{"people": []}', 'bad.json').problems).toHaveLength(1);
  });

  it('loads files by extension, PETRARCH format otherwise, and throws E_IO for a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-actors-'));
    writeFileSync(join(dir, 'mine.csv'), CSV);
    writeFileSync(join(dir, 'mine.actors.txt'), 'DONALD_TRUMP_\n+TRUMP_\n\t[USAGOV >20250120]\n');
    writeFileSync(join(dir, 'mine.agents.txt'), 'CZAR [~GOV]\n');
    const base = createActorBase({
      shipped: false,
      dictionaries: [join(dir, 'mine.actors.txt'), join(dir, 'mine.agents.txt')],
    });
    expect(actorCode(base, 'Trump', '2025-08-15')).toBe('USAGOV');
    expect(base.agents.get('czars')?.code).toBe('GOV');
    expect(loadDictionaryFile(base, join(dir, 'mine.csv'))).toHaveLength(3);
    expect(() => loadDictionaryFile(base, join(dir, 'missing.csv'))).toThrow(
      expect.objectContaining({ code: 'E_IO' }),
    );
  });
});
