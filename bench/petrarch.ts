/**
 * PETRARCH validation benchmark: the dictionary coder (`src/stages/events/petrarch/`) on
 * UD-PETRARCH's `PETR_Validate_records_2_02.xml` and PETRARCH-2's `PETR.UnitTest.records.xml`,
 * each with its own dictionaries, inline `<Config>` applied in file order, records chosen and
 * scored as UD-PETRARCH's `validation.py` does (included categories, `evaluate="true"`). The
 * coder reads the record's text with dateline's tokens and POS tags; the parses in the records
 * are not used. Run with `npx tsx bench/petrarch.ts [--errors N] [--suite ud|unit] [--ignore-config]`
 * (`--ignore-config`: `require_dyad` stays true and the `comma_*` options keep their defaults, as
 * UD-PETRARCH's `validation.py`, which skips `<Config>`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/pipeline/analyze.js';
import type { CodedEvent, DictionarySet } from '../src/stages/events/petrarch/index.js';
import {
  coderWords,
  codeWords,
  commaOptions,
  loadDictionarySet,
} from '../src/stages/events/petrarch/index.js';
import type { ValidationFile, ValidationRecord } from './lib/petrarch-records.js';
import { readValidationFile } from './lib/petrarch-records.js';
import type { RecordScore, Totals } from './lib/petrarch-score.js';
import { scoreRecord, totals } from './lib/petrarch-score.js';
import type { Row } from './lib/report.js';
import { printTable, writeResults } from './lib/report.js';
import { sharedPath } from './lib/shared.js';

interface Suite {
  readonly name: string;
  readonly file: string;
  /** Published result to print beside ours, when there is one. */
  readonly anchor?: { readonly system: string; readonly totals: Totals };
}

const SUITES: readonly Suite[] = [
  {
    name: 'ud',
    file: 'eval/events/ud-petrarch/PETR_Validate_records_2_02.xml',
    anchor: {
      system: 'UD-PETRARCH (published)',
      totals: { records: 244, correct: 213, uncoded: 99, extra: 56, recall: 68.27, extraPerRecord: 22.95 },
    },
  },
  { name: 'unit', file: 'eval/events/petrarch/PETR.UnitTest.records.xml' },
];

interface Outcome {
  readonly record: ValidationRecord;
  readonly events: readonly CodedEvent[];
  readonly score: RecordScore;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadSuiteDictionaries(dir: string, file: ValidationFile): DictionarySet | undefined {
  if (file.verbs === undefined) return undefined;
  const read = (name: string): { text: string; file: string } => ({
    text: readFileSync(join(dir, name), 'utf8'),
    file: name,
  });
  return loadDictionarySet({
    verbs: read(file.verbs),
    actors: file.actors.map(read),
    agents: file.agents.map(read),
    ...(file.discards === undefined ? {} : { discards: read(file.discards) }),
    ...(file.ontology === undefined ? {} : { ontology: read(file.ontology) }),
  });
}

function codeRecord(record: ValidationRecord, dictionaries: DictionarySet): CodedEvent[] {
  // A record is one sentence: all its tokens are coded together, whatever the splitter says.
  const doc = analyze(record.text);
  const words = coderWords(doc.text, doc.layers.tokens ?? []);
  const ignoreConfig = process.argv.includes('--ignore-config');
  const requireDyad = ignoreConfig ? true : record.requireDyad;
  return codeWords(words, dictionaries, {
    date: record.date,
    requireDyad,
    commas: commaOptions(ignoreConfig ? {} : record.config),
  });
}

function runSuite(
  suite: Suite,
): { totals: Totals; outcomes: Outcome[]; problems: number; ms: number } | undefined {
  const path = sharedPath(suite.file);
  if (!path) return undefined;
  const file = readValidationFile(readFileSync(path, 'utf8'));
  const dictionaries = loadSuiteDictionaries(dirname(path), file);
  if (!dictionaries) {
    console.log(`skipped: ${suite.file} names no verb dictionary`);
    return undefined;
  }
  const chosen = file.records.filter(
    (r) => r.evaluate && (file.include.length === 0 || file.include.includes(r.category)),
  );
  const started = performance.now();
  const outcomes = chosen.map((record): Outcome => {
    const events = codeRecord(record, dictionaries);
    return { record, events, score: scoreRecord(record, events) };
  });
  const ms = performance.now() - started;
  return {
    totals: totals(outcomes.map((o) => o.score)),
    outcomes,
    problems: dictionaries.problems.length,
    ms,
  };
}

function totalsRow(system: string, t: Totals): Row {
  return {
    system,
    records: t.records,
    correct: t.correct,
    uncoded: t.uncoded,
    extra: t.extra,
    'recall %': t.recall,
    'extra/record %': t.extraPerRecord,
  };
}

function byCategory(outcomes: readonly Outcome[]): Row[] {
  const categories = [...new Set(outcomes.map((o) => o.record.category))];
  return categories.map((category) =>
    totalsRow(category, totals(outcomes.filter((o) => o.record.category === category).map((o) => o.score))),
  );
}

function printErrors(outcomes: readonly Outcome[], limit: number): void {
  const wrong = outcomes.filter((o) => o.score.uncoded > 0 || o.score.extra > 0).slice(0, limit);
  for (const { record, events, score } of wrong) {
    console.log(
      `\n${record.id} [${record.category}] correct ${score.correct} uncoded ${score.uncoded} extra ${score.extra}`,
    );
    console.log(`  text:     ${record.text}`);
    const expected = record.expected.map((e) => `${e.code} ${e.source} ${e.target}`);
    console.log(`  expected: ${record.none ?? expected.join(' ; ')}`);
    const produced = events.map(
      (e) => `${e.code} ${e.source} ${e.target} (${e.verb.text}, ${e.rule}, line ${e.line})`,
    );
    console.log(`  produced: ${produced.join(' ; ') || '(none)'}`);
  }
}

function main(): void {
  const only = arg('suite');
  const errors = Number(arg('errors') ?? 0);
  const results: Record<string, unknown> = {};
  for (const suite of SUITES) {
    if (only !== undefined && only !== suite.name) continue;
    const run = runSuite(suite);
    if (!run) continue;
    const rows = [totalsRow('dateline dictionary coder', run.totals)];
    if (suite.anchor) rows.push(totalsRow(suite.anchor.system, suite.anchor.totals));
    printTable(`${suite.file} (${run.problems} dictionary problems reported, ${run.ms.toFixed(0)} ms)`, rows);
    printTable('by category', byCategory(run.outcomes));
    if (errors > 0) printErrors(run.outcomes, errors);
    results[suite.name] = {
      file: suite.file,
      totals: run.totals,
      anchor: suite.anchor ?? null,
      dictionaryProblems: run.problems,
      ms: Math.round(run.ms),
      records: run.outcomes.map((o) => ({ id: o.record.id, category: o.record.category, ...o.score })),
    };
  }
  if (Object.keys(results).length > 0) writeResults('petrarch', results);
}

main();
