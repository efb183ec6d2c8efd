/**
 * `dateline code`: PETRARCH-style event coding with the user's own dictionaries. Articles are read
 * like `extract` reads them and analysed by dateline (tokens, sentences, names); every sentence is
 * then coded with the PETRARCH verb, actor, agent and discard files given, into (source, target,
 * CAMEO code) triples, each with the article, the sentence and the verb span it came from and the
 * dictionary line that coded it. With `--fill-actors`, names the dictionaries lack take the actor
 * codes dateline gave them (PETRARCH's Phoenix dictionaries have no entry for Trump).
 * Dictionary problems go to standard error with file and line; the coding goes on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../document/document.js';
import { DatelineError } from '../document/errors.js';
import { analyze } from '../pipeline/analyze.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { createActorBase } from '../actors/actor-base.js';
import { codeDocument, loadDictionarySet } from '../stages/events/petrarch/index.js';
import type { DictionarySet } from '../stages/events/petrarch/index.js';
import { fileInput, streamInput } from '../read/inputs.js';
import { readItems } from '../read/read-items.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

export interface CodeOptions {
  readonly verbs?: string;
  readonly actors?: string[];
  readonly agents?: string[];
  readonly discards?: string;
  readonly ontology?: string;
  readonly date?: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly fillActors?: boolean;
  readonly allProblems?: boolean;
  /** Commander's negation of `--no-require-dyad`. */
  readonly requireDyad?: boolean;
}

/** One coded event as printed: where it came from and what it says. */
export interface CodedRecord {
  readonly id: string;
  readonly date?: string;
  readonly source: string;
  readonly target: string;
  readonly cameo: string;
  readonly verb: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: { readonly start: number; readonly end: number };
  readonly dictionaryLine: number;
  readonly rule: string;
}

/** Dictionary problems printed before "N more". */
const SHOWN_PROBLEMS = 10;

function readDictionary(path: string): { text: string; file: string } {
  try {
    return { text: readFileSync(path, 'utf8'), file: basename(path) };
  } catch {
    throw new DatelineError('E_USAGE', `cannot read dictionary "${path}": no such file or no permission`);
  }
}

/** The dictionary set named by the options; its problems are reported on standard error. */
function loadDictionaries(options: CodeOptions, io: CliIo): DictionarySet {
  if (options.verbs === undefined) {
    throw new DatelineError('E_USAGE', 'give a PETRARCH verb dictionary with --verbs FILE');
  }
  const set = loadDictionarySet({
    verbs: readDictionary(options.verbs),
    actors: (options.actors ?? []).map(readDictionary),
    agents: (options.agents ?? []).map(readDictionary),
    ...(options.discards === undefined ? {} : { discards: readDictionary(options.discards) }),
    ...(options.ontology === undefined ? {} : { ontology: readDictionary(options.ontology) }),
  });
  const shown = options.allProblems ? set.problems : set.problems.slice(0, SHOWN_PROBLEMS);
  for (const p of shown) io.stderr.write(`dateline code: ${p.file}:${p.line}: ${p.severity}: ${p.reason}\n`);
  if (shown.length < set.problems.length) {
    const errors = set.problems.filter((p) => p.severity === 'error').length;
    io.stderr.write(
      `dateline code: ${set.problems.length - shown.length} more dictionary problems (${errors} errors in all); --all-problems lists them\n`,
    );
  }
  return set;
}

/** name → actor code for every name dateline coded in the document. */
function documentActorCodes(doc: Document): Map<string, string> {
  const byEntity = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.actor]));
  const codes = new Map<string, string>();
  for (const m of doc.layers.mentions ?? []) {
    const actor = m.entities.map((id) => byEntity.get(id)).find((a) => a !== undefined);
    if (m.kind === 'name' && actor) codes.set(doc.text.slice(m.start, m.end), actor);
  }
  return codes;
}

/** The coded events of one analysed document. */
export function codeArticle(
  doc: Document,
  dictionaries: DictionarySet,
  options: CodeOptions = {},
): CodedRecord[] {
  const date = doc.meta.dateline?.date ?? doc.meta.published;
  const codes = options.fillActors ? documentActorCodes(doc) : undefined;
  const sentences = codeDocument(doc, dictionaries, {
    ...(date === undefined ? {} : { date }),
    ...(options.requireDyad === false ? { requireDyad: false } : {}),
    ...(codes ? { unknownActor: (name: string) => codes.get(name) } : {}),
  });
  return sentences.flatMap((s) =>
    s.events.map((e) => ({
      id: doc.id,
      ...(date === undefined ? {} : { date }),
      source: e.source,
      target: e.target,
      cameo: e.code,
      verb: e.verb,
      sentence: { start: s.start, end: s.end },
      dictionaryLine: e.line,
      rule: e.rule,
    })),
  );
}

/** Runs the command; returns the exit code. */
export async function runCode(paths: readonly string[], options: CodeOptions, io: CliIo): Promise<number> {
  if (options.date !== undefined && !parseIsoDate(options.date)) {
    throw new DatelineError('E_USAGE', `--date must be a calendar date as YYYY-MM-DD, not "${options.date}"`);
  }
  if (paths.length === 0) throw new DatelineError('E_USAGE', 'give a FILE to code (or - for standard input)');
  const dictionaries = loadDictionaries(options, io);
  const context: AnalyzeOptions = {
    ...(options.date === undefined ? {} : { defaultDate: options.date }),
    actors: createActorBase(),
  };
  let failed = 0;
  for (const path of paths) {
    const input = path === '-' ? streamInput('stdin', io.stdin) : fileInput(path);
    for await (const item of readItems(path, input, options.format, undefined)) {
      if (!item.ok) {
        io.stderr.write(`dateline code: ${item.source}: ${item.error.message}\n`);
        failed++;
        continue;
      }
      const doc = analyze(item.article, context);
      for (const r of codeArticle(doc, dictionaries, options)) {
        io.stdout.write(options.json ? `${JSON.stringify(r)}\n` : `${recordLine(r)}\n`);
      }
    }
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** `id  date  SOURCE  TARGET  CODE  verb (line N)`, tab-separated. */
function recordLine(r: CodedRecord): string {
  return [r.id, r.date ?? '', r.source, r.target, r.cameo, `${r.verb.text} (line ${r.dictionaryLine})`].join(
    '\t',
  );
}
