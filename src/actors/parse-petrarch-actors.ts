/**
 * Reads PETRARCH (TABARI 0.8) actor dictionaries:
 *
 *     VLADIMIR_PUTIN_  # CountryInfo.txt      primary name (a comment after " #")
 *     +PRESIDENT_PUTIN_                       synonym
 *         [RUSGOV 991231-080507]              indented dated code
 *         [RUSELI]                            indented default code
 *     UN_ [IGOUNO]                            primary with inline code(s)
 *
 * A primary that has no code yet shares the codes that follow with the next primary, as in
 * PETRARCH (the files use this to group spellings). Lines that cannot be read become problems with
 * their line number; the rest of the file is still read.
 */
import type { ActorEntry, ActorRole, ActorSource, DictionaryProblem, ParseResult } from './actor-types.js';
import { normalizeName, phraseText } from './normalize-name.js';
import type { CommentState } from './dictionary-lines.js';
import { DAMAGED, dictionaryProblem, splitBrackets, stripComments } from './dictionary-lines.js';
import { parseRestriction } from './petrarch-dates.js';

export interface ActorParseOptions {
  /** Short file name used in entry ids and problems, e.g. `countries`. */
  readonly file: string;
  readonly source?: ActorSource;
  /** Entries with a bare alpha-3 code (`[UKR >911221]`) are countries: names, demonyms, cities. */
  readonly countryFile?: boolean;
}

interface Draft {
  line: number;
  names: string[];
  roles: ActorRole[];
}

interface State {
  readonly options: ActorParseOptions;
  readonly entries: ActorEntry[];
  readonly problems: DictionaryProblem[];
  draft: Draft | undefined;
  readonly comments: CommentState;
}

/**
 * PETRARCH takes a code as any string without blanks and writes it out verbatim; besides CAMEO
 * codes (`USAGOV`) and the null code `---`, its validation dictionaries use `+++` (an actor coded
 * as such, `NASGUL [+++]`) and slash-joined codes (`THE_SHIRE [FRO/BIL/SAM]`), which the
 * validation records expect as written. Lower case and bare dates are still refused: they are
 * typing mistakes, not codes.
 */
const CODE = /^(?:(?=[^]*[A-Z])[A-Z0-9/+-]{3,}|---|\+\+\+)$/u;

/** Parses an actor dictionary text; never throws on bad lines. */
export function parsePetrarchActors(text: string, options: ActorParseOptions): ParseResult<ActorEntry> {
  const state: State = { options, entries: [], problems: [], draft: undefined, comments: { inXml: false } };
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (readLine(state, raw, i + 1) === 'stop') break;
  }
  finish(state);
  return { items: state.entries, problems: state.problems };
}

function readLine(state: State, raw: string, line: number): 'stop' | undefined {
  const body = stripComments(state.comments, raw);
  if (body.trim() === '') return undefined;
  if (body.includes('---STOP---')) return 'stop';
  if (/^\s/u.test(body) && body.trim().startsWith('[')) addCodeLine(state, body, raw, line);
  else if (body.startsWith('+')) addSynonyms(state, body.slice(1), raw, line);
  else addPrimary(state, body, raw, line);
  return undefined;
}

function readRoles(state: State, contents: readonly string[], raw: string, line: number): ActorRole[] {
  const roles: ActorRole[] = [];
  for (const content of contents) {
    const [code = '', ...rest] = content.trim().split(/\s+/u);
    if (!CODE.test(code)) {
      report(state, line, 'error', `"${code}" is not a code (capital letters, digits, "/", "+", "-")`, raw);
      continue;
    }
    const restriction = parseRestriction(rest.join(' '));
    if (!restriction.ok) {
      report(state, line, 'error', restriction.reason, raw);
      continue;
    }
    if (restriction.warning) report(state, line, 'warning', restriction.warning, raw);
    roles.push({ code, ...restriction.window, line });
  }
  return roles;
}

function addCodeLine(state: State, body: string, raw: string, line: number): void {
  const brackets = splitBrackets(body);
  if (!brackets) return report(state, line, 'error', 'unclosed "[" in code line', raw);
  if (!state.draft) return report(state, line, 'error', 'code line before any actor name', raw);
  if (brackets.trailing !== '') report(state, line, 'warning', `text "${brackets.trailing}" ignored`, raw);
  state.draft.roles.push(...readRoles(state, brackets.contents, raw, line));
}

function addSynonyms(state: State, body: string, raw: string, line: number): void {
  if (!state.draft) return report(state, line, 'error', 'synonym ("+") before any actor name', raw);
  const brackets = splitBrackets(body);
  if (!brackets) return report(state, line, 'error', 'unclosed "[" in synonym line', raw);
  const parts = brackets.before.split('+');
  if (parts.length > 1) report(state, line, 'warning', 'two synonyms glued by "+"; read as two', raw);
  for (const part of parts) addName(state, state.draft, part, raw, line);
  if (brackets.contents.length > 0) {
    report(state, line, 'warning', 'codes on a synonym line apply to the whole entry', raw);
    state.draft.roles.push(...readRoles(state, brackets.contents, raw, line));
  }
}

function addPrimary(state: State, body: string, raw: string, line: number): void {
  const brackets = splitBrackets(body);
  if (!brackets) return report(state, line, 'error', 'unclosed "[" after actor name', raw);
  if (brackets.trailing !== '') report(state, line, 'warning', `text "${brackets.trailing}" ignored`, raw);
  if (!state.draft || state.draft.roles.length > 0) {
    finish(state);
    state.draft = { line, names: [], roles: [] };
  }
  const draft = state.draft;
  addName(state, draft, brackets.before, raw, line);
  draft.roles.push(...readRoles(state, brackets.contents, raw, line));
}

function addName(state: State, draft: Draft, rawName: string, raw: string, line: number): void {
  const name = phraseText(rawName);
  if (normalizeName(name) === '') return report(state, line, 'error', 'no name on this line', raw);
  if (DAMAGED.test(name)) report(state, line, 'warning', 'name has damaged characters', raw);
  draft.names.push(name.replace(new RegExp(DAMAGED.source, 'gu'), '').trim());
}

function finish(state: State): void {
  const draft = state.draft;
  state.draft = undefined;
  if (!draft || draft.names.length === 0) return;
  if (draft.roles.length === 0) {
    return report(
      state,
      draft.line,
      'warning',
      `"${draft.names[0] ?? ''}" has no code; skipped`,
      draft.names[0] ?? '',
    );
  }
  const { file, source = 'dictionary', countryFile = false } = state.options;
  const isCountry = countryFile && draft.roles.some((r) => /^[A-Z]{3}$/u.test(r.code));
  state.entries.push({
    id: `${file}:${draft.line}`,
    names: [...new Set(draft.names)],
    roles: draft.roles,
    source,
    kind: isCountry ? 'country' : 'actor',
    file,
    line: draft.line,
  });
}

function report(
  state: State,
  line: number,
  severity: DictionaryProblem['severity'],
  reason: string,
  raw: string,
): void {
  state.problems.push(dictionaryProblem(state.options.file, line, severity, reason, raw));
}
