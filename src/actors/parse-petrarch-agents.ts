/**
 * Reads PETRARCH agent dictionaries: common nouns and the sector code they give an actor.
 *
 *     !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
 *     PRESIDENT [~GOV]                              suffix code; regular plural made (PRESIDENTS)
 *     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]   explicit plural;  {} = no plural
 *     BUSINESS!PERSON! [~BUS]                       one phrase per member of the set, no plurals
 *     HUMAN_RIGHTS_BODY [NGO~]                      prefix code
 *
 * `<Combine …>` rules only reorder combined codes when coding events; they are skipped.
 */
import type { AgentEntry, DictionaryProblem, ParseResult } from './actor-types.js';
import type { CommentState } from './dictionary-lines.js';
import { dictionaryProblem, splitBrackets, stripComments } from './dictionary-lines.js';
import { normalizeName, phraseText } from './normalize-name.js';

interface State {
  readonly file: string;
  readonly items: AgentEntry[];
  readonly problems: DictionaryProblem[];
  readonly sets: Map<string, string[]>;
  readonly comments: CommentState;
  inCombineBlock: boolean;
}

/** Parses an agents dictionary text; never throws on bad lines. */
export function parsePetrarchAgents(text: string, file: string): ParseResult<AgentEntry> {
  const state: State = {
    file,
    items: [],
    problems: [],
    sets: new Map(),
    comments: { inXml: false },
    inCombineBlock: false,
  };
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) readAgentLine(state, lines[i] ?? '', i + 1);
  return { items: state.items, problems: state.problems };
}

function readAgentLine(state: State, raw: string, line: number): void {
  const body = stripComments(state.comments, raw).trim();
  if (body === '') return;
  if (/^<\/?CombineBlock>/iu.test(body)) {
    state.inCombineBlock = !body.startsWith('</');
    return;
  }
  if (state.inCombineBlock || body.startsWith('<')) return;
  const marker = /^!([^!\s]+)!\s*=(.*)$/u.exec(body);
  if (marker) {
    const members = (marker[2] ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    state.sets.set(marker[1] ?? '', members);
    return;
  }
  readAgent(state, body, raw, line);
}

function readAgent(state: State, text: string, raw: string, line: number): void {
  // PETRARCH's own documentation writes "[~LEG}"; the file has one such line.
  const body = text.replace(/\[([^\]{}]*)\}\s*$/u, '[$1]');
  if (body !== text) report(state, line, 'code closed with "}"; read as "]"', raw, 'warning');
  const brackets = splitBrackets(body);
  if (!brackets) return report(state, line, 'unclosed "["', raw);
  const [content, ...extra] = brackets.contents;
  if (content === undefined) return report(state, line, 'no [code] for this agent', raw);
  if (extra.length > 0 || brackets.trailing !== '')
    report(state, line, 'text after the first code ignored', raw, 'warning');
  const code = /^(?:~([A-Z0-9]+)|([A-Z0-9]+)~)$/u.exec(content.trim());
  if (!code) return report(state, line, `"${content}" is not an agent code like ~GOV or NGO~`, raw);
  const position = code[1] !== undefined ? 'suffix' : 'prefix';
  const sector = code[1] ?? code[2] ?? '';
  for (const phrase of expandPhrases(state, brackets.before, raw, line)) {
    const key = normalizeName(phrase);
    if (key !== '') state.items.push({ phrase: key, code: sector, position, line });
  }
}

function expandPhrases(state: State, text: string, raw: string, line: number): string[] {
  const brace = /^([^{]*)\{([^}]*)\}\s*$/u.exec(text);
  if (text.includes('{') && !brace) {
    report(state, line, 'unclosed "{" in plural', raw);
    return [];
  }
  const root = phraseText(brace ? (brace[1] ?? '') : text);
  const marker = /!([^!\s]*)!/u.exec(root);
  if (marker) {
    const members = state.sets.get(marker[1] ?? '');
    if (!members) {
      report(state, line, `substitution set !${marker[1] ?? ''}! is not defined above`, raw);
      return [];
    }
    return members.map((m) => root.replace(marker[0], m));
  }
  if (brace) {
    const plural = phraseText(brace[2] ?? '');
    return plural === '' ? [root] : [root, plural];
  }
  return [root, regularPlural(root)];
}

/** PETRARCH's regular plural of the last word: -Y → -IES (after a consonant), -S → -SES, else -S. */
export function regularPlural(phrase: string): string {
  if (/[^AEIOU]Y$/iu.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/S$/iu.test(phrase)) return `${phrase}ES`;
  return `${phrase}S`;
}

function report(
  state: State,
  line: number,
  reason: string,
  raw: string,
  severity: 'error' | 'warning' = 'error',
): void {
  state.problems.push(dictionaryProblem(state.file, line, severity, reason, raw));
}
