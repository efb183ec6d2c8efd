/**
 * Reads PETRARCH verb dictionaries (the PETRARCH-2 / CAMEO 2.0 format):
 *
 *     &CURRENCY                         synset: the phrases that follow on "+" lines
 *     +DOLLAR                           (plurals made unless the name or phrase ends in "_")
 *     --- RESTORE  [050] ---            block of synonymous verbs, with its code
 *     RESTORE                           verb; regular forms made
 *     SAY {SAYS SAID SAYING} [010]      irregular forms (all of them), own code
 *     +CORDON_OFF {+CORDONED_OFF}       multi-word verb: "+" marks the verb proper
 *     - * {DIPLOMATIC TIES} [050:050]   pattern: words around the verb ("*"), code[:reverse code]
 *
 * Lines that cannot be read become problems with their line number; the rest is still read.
 */
import type { DictionaryProblem } from '../../../actors/actor-types.js';
import type { CommentState } from '../../../actors/dictionary-lines.js';
import { dictionaryProblem, splitBrackets, stripComments } from '../../../actors/dictionary-lines.js';
import { readCode, readPatternWords, synsetKey, synsetsUsed } from './parse-verb-pattern.js';
import { pluralWords, regularVerbForms } from './verb-forms.js';
import type { VerbBlock, VerbDictionary, VerbForm, VerbPattern } from './verb-types.js';

/** A verb dictionary and the lines that went wrong. */
export interface VerbParseResult {
  readonly dictionary: VerbDictionary;
  readonly problems: DictionaryProblem[];
}

interface State {
  readonly file: string;
  readonly blocks: VerbBlock[];
  readonly forms: Map<string, VerbForm[]>;
  readonly synsets: Map<string, string[][]>;
  readonly problems: DictionaryProblem[];
  readonly comments: CommentState;
  readonly uses: { name: string; line: number; raw: string; pattern: VerbPattern; block: VerbBlock }[];
  mode: 'none' | 'synset' | 'block';
  synset: { name: string; plurals: boolean } | undefined;
  block: VerbBlock | undefined;
}

const HEADER = /^-{3}\s*(.*?)\s*-{3}\s*$/u;

/** Parses a verb dictionary text; never throws on bad lines. */
export function parsePetrarchVerbs(text: string, file: string): VerbParseResult {
  const state: State = {
    file,
    blocks: [],
    forms: new Map(),
    synsets: new Map(),
    problems: [],
    comments: { inXml: false },
    uses: [],
    mode: 'none',
    synset: undefined,
    block: undefined,
  };
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) readLine(state, lines[i] ?? '', i + 1);
  checkSynsets(state);
  for (const list of state.forms.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    dictionary: { blocks: state.blocks, forms: state.forms, synsets: state.synsets },
    problems: state.problems,
  };
}

function readLine(state: State, raw: string, line: number): void {
  const body = stripComments(state.comments, raw).trim();
  if (body === '') return;
  const header = HEADER.exec(body);
  if (header) return startBlock(state, header[1] ?? '', raw, line);
  if (/^&\S+$/u.test(body)) return startSynset(state, body, line, raw);
  if (body.startsWith('+') && state.mode === 'synset')
    return addSynsetPhrase(state, body.slice(1), line, raw);
  if (body.startsWith('-') || body.startsWith('*')) return addPattern(state, body, raw, line);
  if (state.mode === 'block') return addVerb(state, body, raw, line);
  report(state, line, 'error', 'text outside a verb block or synset', raw);
}

function startBlock(state: State, inner: string, raw: string, line: number): void {
  const brackets = splitBrackets(inner);
  const name = (brackets?.before ?? inner).trim();
  let code = '---';
  let reverse: string | undefined;
  const content = brackets?.contents[0];
  if (content !== undefined) {
    const read = readCode(content);
    if (read.ok) ({ code, reverse } = read);
    else report(state, line, 'error', `${read.reason}; block read as uncoded (---)`, raw);
  }
  const block: VerbBlock = { name, code, ...(reverse === undefined ? {} : { reverse }), patterns: [], line };
  state.blocks.push(block);
  state.block = block;
  state.mode = 'block';
}

function startSynset(state: State, body: string, line: number, raw: string): void {
  const name = synsetKey(body);
  if (state.synsets.has(name)) report(state, line, 'warning', `synset &${name} defined again; merged`, raw);
  else state.synsets.set(name, []);
  state.synset = { name, plurals: !body.endsWith('_') };
  state.mode = 'synset';
}

function addSynsetPhrase(state: State, text: string, line: number, raw: string): void {
  const synset = state.synset;
  if (!synset) return;
  const phrase = text.replace(/[()]/gu, ' ').trim();
  const words = phrase
    .toUpperCase()
    .split(/[\s_]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return report(state, line, 'error', 'empty synset phrase', raw);
  const list = state.synsets.get(synset.name) ?? [];
  list.push(words);
  // A phrase naming another synset ("+&TIETYPES") is expanded when patterns are matched.
  if (synset.plurals && !phrase.endsWith('_') && !words[0]?.startsWith('&')) list.push(pluralWords(words));
  state.synsets.set(synset.name, list);
}

function addPattern(state: State, body: string, raw: string, line: number): void {
  const block = state.block;
  if (state.mode !== 'block' || !block)
    return report(state, line, 'error', 'pattern outside a verb block', raw);
  if (!body.startsWith('-'))
    report(state, line, 'warning', 'pattern without a leading "-"; read anyway', raw);
  const brackets = splitBrackets(body.replace(/^-\s*/u, ''));
  const content = brackets?.contents[0];
  if (!brackets || content === undefined) return report(state, line, 'error', 'pattern has no [code]', raw);
  const code = readCode(content);
  if (!code.ok) return report(state, line, 'error', `${code.reason}; pattern skipped`, raw);
  if (code.warning) report(state, line, 'warning', code.warning, raw);
  const words = readPatternWords(brackets.before);
  if (!words.ok) return report(state, line, 'error', `${words.reason}; pattern skipped`, raw);
  const pattern: VerbPattern = {
    ...words.pattern,
    code: code.code,
    ...(code.reverse === undefined ? {} : { reverse: code.reverse }),
    line,
  };
  const names = [...synsetsUsed(pattern.before), ...synsetsUsed(pattern.after)];
  for (const name of names) state.uses.push({ name, line, raw, pattern, block });
  block.patterns.push(pattern);
}

function addVerb(state: State, body: string, raw: string, line: number): void {
  const block = state.block;
  if (!block) return;
  const brackets = splitBrackets(body);
  if (!brackets) return report(state, line, 'error', 'unclosed "[" after verb', raw);
  let code = block.code;
  let reverse = block.reverse;
  const content = brackets.contents[0];
  if (content !== undefined) {
    const read = readCode(content);
    if (read.ok) ({ code, reverse } = read);
    else report(state, line, 'error', `${read.reason}; the block's code used`, raw);
  }
  const braces = /^([^{]*)(?:\{([^}]*)\})?\s*$/u.exec(brackets.before);
  if (!braces) return report(state, line, 'error', 'unclosed "{" in verb forms', raw);
  const main = (braces[1] ?? '').trim();
  if (main === '' || /\s/u.test(main))
    return report(state, line, 'error', 'a verb is one word or words joined by "_"', raw);
  // Some files separate the listed forms with commas: "{+WAS_DETERMINED , +BE_DETERMINED}".
  const listed = braces[2]?.split(/[\s,]+/u).filter((f) => f !== '');
  const forms = listed ? [main, ...listed] : withRegularForms(main);
  for (const form of forms) addForm(state, form, { code, reverse, block, line, raw });
}

function withRegularForms(main: string): string[] {
  const words = main.split('_');
  const head = Math.max(
    0,
    words.findIndex((w) => w.startsWith('+')),
  );
  const root = (words[head] ?? '').replace(/^\+/u, '').toUpperCase();
  const prefix = words[head]?.startsWith('+') ? '+' : '';
  return [
    main,
    ...regularVerbForms(root).map((f) => words.map((w, i) => (i === head ? prefix + f : w)).join('_')),
  ];
}

interface FormContext {
  readonly code: string;
  readonly reverse: string | undefined;
  readonly block: VerbBlock;
  readonly line: number;
  readonly raw: string;
}

function addForm(state: State, form: string, context: FormContext): void {
  const parts = form
    .toUpperCase()
    .split('_')
    .filter((w) => w !== '');
  const marked = parts.findIndex((w) => w.startsWith('+'));
  if (parts.length > 1 && marked < 0) {
    return report(
      state,
      context.line,
      'error',
      `multi-word verb "${form}" has no "+" on its verb`,
      context.raw,
    );
  }
  const head = Math.max(0, marked);
  const words = parts.map((w) => w.replace(/^\+/u, ''));
  const verb = words[head] ?? '';
  const { code, reverse, block, line } = context;
  const entry: VerbForm = { words, head, code, ...(reverse === undefined ? {} : { reverse }), block, line };
  const list = state.forms.get(verb) ?? [];
  if (!list.some((f) => f.block === block && f.words.join(' ') === words.join(' '))) list.push(entry);
  state.forms.set(verb, list);
}

function checkSynsets(state: State): void {
  const dropped = new Set<VerbPattern>();
  for (const use of state.uses) {
    if (state.synsets.has(use.name) || dropped.has(use.pattern)) continue;
    report(state, use.line, 'error', `synset &${use.name} is not defined; pattern skipped`, use.raw);
    dropped.add(use.pattern);
    const i = use.block.patterns.indexOf(use.pattern);
    if (i >= 0) use.block.patterns.splice(i, 1);
  }
}

function report(
  state: State,
  line: number,
  severity: DictionaryProblem['severity'],
  reason: string,
  raw: string,
): void {
  state.problems.push(dictionaryProblem(state.file, line, severity, reason, raw));
}
