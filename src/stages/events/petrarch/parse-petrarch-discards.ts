/**
 * Reads PETRARCH discard lists: one phrase a line; a sentence containing it is not coded, and with
 * a leading `+` neither is the rest of its story (`+TYPHOON`: weather, not politics).
 */
import type { DictionaryProblem } from '../../../actors/actor-types.js';
import type { CommentState } from '../../../actors/dictionary-lines.js';
import { dictionaryProblem, stripComments } from '../../../actors/dictionary-lines.js';
import type { DiscardPhrase } from './verb-types.js';

/** Parses a discard list; never throws on bad lines. */
export function parsePetrarchDiscards(
  text: string,
  file: string,
): { items: DiscardPhrase[]; problems: DictionaryProblem[] } {
  const comments: CommentState = { inXml: false };
  const items: DiscardPhrase[] = [];
  const problems: DictionaryProblem[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const body = stripComments(comments, raw).trim();
    if (body === '') continue;
    const story = body.startsWith('+');
    const words = body
      .replace(/^\+/u, '')
      .toUpperCase()
      .split(/[\s_]+/u)
      .filter((w) => w !== '');
    if (words.length === 0 || body.includes('[')) {
      problems.push(dictionaryProblem(file, i + 1, 'error', 'not a discard phrase', raw));
      continue;
    }
    items.push({ words, scope: story ? 'story' : 'sentence', line: i + 1 });
  }
  return { items, problems };
}
