import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { seedText } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROOT = new URL('../..', import.meta.url).pathname;

describe('dateline serve', () => {
  it('listens on 127.0.0.1 by default, prints the URL, answers, and stops on Ctrl-C', async () => {
    const db = join(dir, 'serve.db');
    const store = openSqliteStore(db);
    await store.put([analyze(seedText())]);
    await store.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', db, '--port', '0'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /(http:\/\/[\d.]+:\d+)\//u.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { documents: number };
    expect(stats.documents).toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 90_000);
});
