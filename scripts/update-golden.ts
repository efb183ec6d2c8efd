/**
 * Rewrites test/fixtures/<case>/expected.json from the current analysis of each case's input.
 * Run only on purpose (`npm run golden:update`), then review the diff like code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenView } from '../test/golden-view.js';
import { analyze } from '../src/pipeline/analyze.js';

const fixtures = new URL('../test/fixtures/', import.meta.url).pathname;
for (const name of readdirSync(fixtures)) {
  const dir = join(fixtures, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input || !input.endsWith('.txt')) continue;
  const doc = analyze(readFileSync(join(dir, input), 'utf8'));
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(goldenView(doc), null, 2)}\n`);
  console.log(`updated ${name}/expected.json`);
}
