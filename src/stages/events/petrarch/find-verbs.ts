/**
 * The dictionary's verbs in a sentence: where they stand, whether they are used as verbs, in the
 * passive or negated, and which of them another verb stands for ("was seen to break").
 */
import type { ActorUnit } from './find-actors.js';
import type { DictionarySet } from './dictionary-set.js';
import type { CoderWord } from './sentence-words.js';
import type { VerbForm } from './verb-types.js';

/** A dictionary verb form found at words `[first, last]`. */
export interface FoundVerb {
  readonly form: VerbForm;
  readonly first: number;
  readonly last: number;
}

const BE = /^(?:was|were|is|are|been|being|be|am)$/u;
const NOT_VERB_BEFORE = /^(?:DET|ADJ|NUM)$/u;

/** The dictionary verbs of a sentence, left to right, not inside actor names. */
export function findVerbs(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  actors: readonly ActorUnit[],
): FoundVerb[] {
  const out: FoundVerb[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = dictionaries.verbs.forms.get(words[i]?.upper ?? '') ?? [];
    for (const form of forms) {
      const first = i - form.head;
      if (!form.words.every((w, k) => words[first + k]?.upper === w)) continue;
      if (actors.some((u) => i >= u.nameFirst && i <= u.nameLast)) break;
      if (!usedAsVerb(words, first, i, actors)) break;
      out.push({ form, first, last: first + form.words.length - 1 });
      i = first + form.words.length - 1;
      break;
    }
  }
  return out;
}

function usedAsVerb(
  words: readonly CoderWord[],
  first: number,
  head: number,
  actors: readonly ActorUnit[],
): boolean {
  const pos = words[head]?.pos ?? '';
  let k = first - 1;
  while (k >= 0 && words[k]?.pos === 'ADV') k--;
  const prev = words[k];
  if (prev && (prev.pos === 'AUX' || prev.key === 'to')) return true;
  // "Arnor and Gondor welcome a resumption": right after its subject a word is a verb.
  if (actors.some((u) => u.last === k)) return true;
  if (prev && (NOT_VERB_BEFORE.test(prev.pos) || prev.key === 's')) return false;
  return pos === 'VERB' || pos === 'AUX' || !/^(?:NOUN|PROPN|ADJ|ADP|DET|NUM)$/u.test(pos);
}

/**
 * A verb another verb of the sentence stands for: "was seen to break" codes "break"; "urged
 * Eriador to respond" codes "urged".
 */
export function subsumed(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verbs: readonly FoundVerb[],
  verb: FoundVerb,
): boolean {
  let k = verb.last + 1;
  while (words[k]?.pos === 'ADV') k++;
  if (words[k]?.key === 'to' && verbs.some((v) => v.first === k + 1)) return true;
  if (words[verb.first - 1]?.key !== 'to') return false;
  return verbs.some(
    (v) =>
      v.last < verb.first - 1 &&
      verb.first - v.last <= 8 &&
      actors.some((u) => u.first > v.last && u.last < verb.first - 1),
  );
}

/** An auxiliary ("should", "will") right before another dictionary verb, adverbs and auxiliaries between. */
export function modalOf(words: readonly CoderWord[], verbs: readonly FoundVerb[], verb: FoundVerb): boolean {
  if (words[verb.first + verb.form.head]?.pos !== 'AUX' || verb.first !== verb.last) return false;
  let k = verb.last + 1;
  while (/^(?:ADV|AUX|PART)$/u.test(words[k]?.pos ?? '') && !verbs.some((v) => v.first === k)) k++;
  return verbs.some((v) => v.first === k);
}

/** "was criticized", "were heavily and unjustly criticized". */
export function isPassive(words: readonly CoderWord[], verb: FoundVerb): boolean {
  const head = words[verb.first + verb.form.head];
  if (!head || !/(?:ED|EN|WN|T)$/u.test(head.upper)) return false;
  let k = verb.first - 1;
  // "was heavily and unjustly criticized"
  while (k >= 0 && (words[k]?.pos === 'ADV' || (words[k]?.key === 'and' && words[k - 1]?.pos === 'ADV'))) k--;
  return BE.test(words[k]?.key ?? '');
}

/** "did not", "won't", "never" within the verb's auxiliaries and adverbs. */
export function isNegated(words: readonly CoderWord[], verb: FoundVerb): boolean {
  for (let k = verb.first - 1; k >= 0 && verb.first - k <= 5; k--) {
    const w = words[k];
    if (!w) break;
    if (/^(?:not|nt|n't|never)$/u.test(w.key) || w.upper === "N'T") return true;
    if (!/^(?:ADV|AUX|PART)$/u.test(w.pos)) break;
  }
  return false;
}
