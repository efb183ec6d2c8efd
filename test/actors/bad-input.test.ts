import { describe, expect, it } from 'vitest';
import { createActorBase, parseDictionary } from '../../src/actors/actor-base.js';
import { lookupActor } from '../../src/actors/lookup-actor.js';
import { parsePetrarchActors } from '../../src/actors/parse-petrarch-actors.js';

describe('bad input', () => {
  it('loads a 100k-entry name list and looks every name up in bounded time', () => {
    const rows = ['name,code,start,end,title,country'];
    for (let i = 0; i < 100_000; i++) rows.push(`Person Number${i} Surname${i},USAGOV,2020-01-01,,,`);
    const base = createActorBase({ shipped: false });
    const started = performance.now();
    const { problems, items } = parseDictionary(base, rows.join('\n'), 'big.csv');
    let found = 0;
    for (let i = 0; i < 100_000; i++) found += lookupActor(base, `Surname${i}`, '2021-01-01').length;
    expect(problems).toEqual([]);
    expect(items).toHaveLength(100_000);
    expect(found).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('survives a dictionary of garbage lines, reporting each with its line number', () => {
    const garbage = [
      ']]]',
      '[[[',
      '+',
      '\t[',
      '\t[]',
      '\t[ ]',
      '[ABC',
      'X [ABC 1-2-3]',
      'Y [ABC >]',
      '\u0000\u0001',
      'Z'.repeat(100_000),
    ];
    const { problems } = parsePetrarchActors(garbage.join('\n'), { file: 'junk' });
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(garbage.length);
      expect(p.text.length).toBeLessThanOrEqual(200);
    }
  });

  it('handles absurdly long names and lookups without slowing down', () => {
    const base = createActorBase();
    const started = performance.now();
    expect(lookupActor(base, 'A'.repeat(1_000_000), '2025-01-01')).toEqual([]);
    expect(lookupActor(base, ' '.repeat(10_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
