import { describe, expect, it } from 'vitest';
import { createActorBase, parseDictionary } from '../../src/actors/actor-base.js';
import { learnedFromJSON, learnedToJSON, learnRole } from '../../src/actors/learn-role.js';
import { MAX_EVIDENCE } from '../../src/actors/learned-roles.js';
import { actorCode, lookupActor } from '../../src/actors/lookup-actor.js';

const trump = {
  name: 'Donald Trump',
  title: 'President',
  country: 'USA',
  date: '2025-08-16',
  docId: 'seed',
  span: { start: 211, end: 223 },
} as const;

describe('learnRole', () => {
  it('returns a role learned from a 2025 article for 2025 lookups, with its evidence', () => {
    const base = createActorBase();
    learnRole(base, trump);
    expect(lookupActor(base, 'Donald Trump', '2025-08-16')).toEqual([
      {
        name: 'Donald Trump',
        code: 'USAGOV',
        country: 'USA',
        sector: 'GOV',
        title: 'President',
        source: 'learned',
        id: 'learned:donald trump',
        firstSeen: '2025-08-16',
        lastSeen: '2025-08-16',
        evidence: [{ docId: 'seed', date: '2025-08-16', span: { start: 211, end: 223 } }],
      },
    ]);
    expect(actorCode(base, 'Trump', '2025-12-01')).toBe('USAGOV');
    expect(actorCode(base, 'Trump', '2025-08-01')).toBe('USAGOV'); // near: within 30 days before
    expect(lookupActor(base, 'Trump', '2020-01-01')).toEqual([]);
  });

  it('widens the seen range, keeps evidence bounded and ignores the same evidence twice', () => {
    const base = createActorBase({ shipped: false });
    learnRole(base, trump);
    learnRole(base, trump);
    for (let i = 0; i < 30; i++)
      learnRole(base, { ...trump, date: `2025-09-${String(i + 1).padStart(2, '0')}`, docId: `d${i}` });
    const [role] = base.learned.byKey.get('donald trump') ?? [];
    expect(role).toMatchObject({ firstSeen: '2025-08-16', lastSeen: '2025-09-30', count: 31 });
    expect(role?.evidence).toHaveLength(MAX_EVIDENCE);
    expect(role?.evidence.at(-1)?.docId).toBe('d29');
  });

  it('prefers the news over a dictionary role whose window has ended', () => {
    const base = createActorBase({ shipped: false });
    parseDictionary(base, 'SERGEY_LAVROV_\n\t[RUSGOV 20040309-20080101]\n\t[RUSELI]\n', 'old.actors.txt');
    learnRole(base, {
      ...trump,
      name: 'Sergey Lavrov',
      title: 'Foreign Minister',
      country: 'RUS',
      code: 'RUSGOVFRM',
    });
    expect(lookupActor(base, 'Sergey Lavrov', '2025-08-16').map((r) => [r.code, r.source])).toEqual([
      ['RUSGOVFRM', 'learned'],
      ['RUSELI', 'user'],
    ]);
    expect(lookupActor(base, 'Sergey Lavrov', '2006-01-01').map((r) => r.code)).toEqual(['RUSGOV']);
  });

  it('prefers the news over an open-ended dictionary window older than the news', () => {
    const base = createActorBase();
    learnRole(base, {
      ...trump,
      name: 'Dmitry Medvedev',
      title: 'Deputy Chairman of the Security Council',
      country: 'RUS',
      code: 'RUSELI',
    });
    const codes = lookupActor(base, 'Dmitry Medvedev', '2025-08-16').map((r) => `${r.code}/${r.source}`);
    expect(codes[0]).toBe('RUSELI/learned');
    expect(codes).toContain('RUSGOV/dictionary'); // [RUSGOV >080507] is still listed, after the news
  });

  it('exports and re-loads the learned part as versioned JSON', () => {
    const base = createActorBase({ shipped: false });
    learnRole(base, trump);
    const json: unknown = JSON.parse(JSON.stringify(learnedToJSON(base)));
    const other = createActorBase({ shipped: false });
    expect(learnedFromJSON(other, json)).toBe(1);
    expect(learnedToJSON(other)).toEqual(learnedToJSON(base));
    expect(lookupActor(other, 'Trump', '2025-08-16')[0]?.evidence).toEqual([
      { docId: 'seed', date: '2025-08-16', span: { start: 211, end: 223 } },
    ]);
    learnedFromJSON(other, json); // loading the same knowledge twice adds nothing
    expect(other.learned.byKey.get('donald trump')?.[0]?.count).toBe(1);
    expect(() => learnedFromJSON(other, { schema: 'other', roles: [] })).toThrow(
      expect.objectContaining({ code: 'E_SCHEMA' }),
    );
  });

  it('refuses observations that cannot be right', () => {
    const base = createActorBase({ shipped: false });
    expect(() => learnRole(base, { ...trump, country: 'US' })).toThrow(/alpha-3/u);
    expect(() => learnRole(base, { ...trump, date: '16 Aug 2025' })).toThrow(/YYYY-MM-DD/u);
    expect(() => learnRole(base, { ...trump, name: '  ' })).toThrow(/empty/u);
    expect(() => learnRole(base, { ...trump, span: { start: 5, end: 2 } })).toThrow(/span/u);
  });
});
