import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

// Dictionaries written for this test: PETRARCH format, invented codes for two real countries.
function files(): { dir: string; verbs: string; actors: string; article: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-code-'));
  const verbs = join(dir, 'verbs.txt');
  const actors = join(dir, 'actors.txt');
  const article = join(dir, 'article.txt');
  writeFileSync(
    verbs,
    '--- ACCUSE [112] ---\nACCUSE\n\n--- MEET [040] ---\nMEET {MEETS MET MEETING}\nbroken line [\n',
  );
  writeFileSync(actors, 'FRANCE [FRA]\nGERMANY [DEU]\n');
  writeFileSync(
    article,
    'PARIS (Reuters) - France accused Germany of delays on Monday. U.S. President Donald Trump met with Germany on trade.\n',
  );
  return { dir, verbs, actors, article };
}

describe('dateline code', () => {
  it('codes articles with the user’s dictionaries and says where each event came from', async () => {
    const f = files();
    const io = fakeIo();
    expect(await main(['code', f.article, '--verbs', f.verbs, '--actors', f.actors, '--json'], io)).toBe(0);
    const records = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string; target: string; cameo: string; verb: { text: string } });
    expect(records.map((r) => [r.source, r.target, r.cameo, r.verb.text])).toEqual([
      ['FRA', 'DEU', '112', 'accused'],
    ]);
    expect(io.err()).toMatch(/verbs\.txt:6: error/u);
  });

  it('fills names the dictionaries lack with dateline’s actor codes', async () => {
    const f = files();
    const io = fakeIo();
    expect(
      await main(['code', f.article, '--verbs', f.verbs, '--actors', f.actors, '--fill-actors'], io),
    ).toBe(0);
    expect(io.out()).toMatch(/\tUSAGOV\tDEU\t040\tmet /u);
  });

  it('refuses to run without a verb dictionary, or with one it cannot read', async () => {
    const f = files();
    const io = fakeIo();
    expect(await main(['code', f.article], io)).toBe(2);
    expect(io.err()).toMatch(/--verbs FILE/u);
    expect(await main(['code', f.article, '--verbs', join(f.dir, 'missing.txt')], io)).toBe(2);
    expect(io.err()).toMatch(/cannot read dictionary/u);
  });
});
