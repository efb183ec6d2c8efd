import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

describe('dateline actors', () => {
  it('lists an actor with codes, countries and date ranges', async () => {
    const io = fakeIo();
    expect(await main(['actors', 'vladimir', 'putin'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^NAME\s+CODE\s+COUNTRY\s+TITLE\s+DATES\s+SOURCE/mu);
    expect(out).toMatch(/Vladimir Putin\s+RUSGOV\s+RUS\s+1999-12-31 – 2008-05-07\s+countries:39559/u);
    expect(out).toMatch(/RUSELI .*default \(undated\)/u);
  });

  it('narrows to a date and prints JSON', async () => {
    const io = fakeIo();
    expect(await main(['actors', 'putin', '--date', '2005-06-01', '--json'], io)).toBe(0);
    const parsed = JSON.parse(io.out()) as { total: number; records: { code: string }[] };
    expect(parsed.total).toBe(1);
    expect(parsed.records.map((r) => r.code)).toEqual(['RUSGOV']);
  });

  it('lists everything with a limit and says how many more there are', async () => {
    const io = fakeIo();
    expect(await main(['actors', '--limit', '3'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/^… \d+ more of \d+/u);
  });

  it('adds --dict files and reports their bad lines with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-actors-'));
    const file = join(dir, 'mine.csv');
    writeFileSync(
      file,
      'name,code,start,end,title,country\nDonald Trump,USAGOV,2025-01-20,,President,USA\nbroken,,,,,\n',
    );
    const io = fakeIo();
    expect(await main(['actors', 'trump', '--date', '2025-08-15', '--dict', file], io)).toBe(1);
    expect(io.out()).toMatch(/Donald Trump\s+USAGOV\s+USA\s+President\s+from 2025-01-20\s+mine\.csv:2/u);
    expect(io.err()).toMatch(/mine\.csv:3: error: /u);
  });

  it('refuses a bad --date or --limit with exit code 2', async () => {
    const io = fakeIo();
    expect(await main(['actors', 'putin', '--date', '2005'], io)).toBe(2);
    expect(io.err()).toMatch(/--date must be a calendar date/u);
    expect(await main(['actors', '--limit', '-1'], fakeIo())).toBe(2);
  });

  it('says so when nothing matches', async () => {
    const io = fakeIo();
    expect(await main(['actors', 'zzqx', 'nobody'], io)).toBe(0);
    expect(io.out()).toBe('no actors found\n');
  });
});
