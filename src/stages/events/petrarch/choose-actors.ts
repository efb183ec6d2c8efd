/**
 * Who does what to whom for one verb: the source before the verb and the target after it (swapped
 * in the passive, "by" marking the doer), what a pattern's `$` and `+` took first, coordinated
 * actors as groups.
 */
import type { ActorUnit } from './find-actors.js';
import type { FoundVerb } from './find-verbs.js';
import { isPassive } from './find-verbs.js';
import type { PatternMatch } from './match-pattern.js';
import type { CoderWord } from './sentence-words.js';

const PREPOSITION = /^(?:by|with|to|in|at|from|of|on|for|against|into|near|about|between|toward|towards)$/u;
const CONJ = /^(?:and|but)$/u;
const NP_POS = /^(?:NOUN|PROPN|ADJ|DET|NUM)$/u;

export interface Roles {
  readonly sources: readonly ActorUnit[];
  readonly targets: readonly ActorUnit[];
  readonly rule: string;
}

/** The source and target actors of a verb within its clause. */
export function chooseActors(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
  match: PatternMatch | undefined,
  clause: { from: number; to: number },
): Roles {
  const inClause = actors.filter(
    (u) => u.first >= clause.from && u.last <= clause.to && (u.last < verb.first || u.first > verb.last),
  );
  const before = inClause.filter((u) => u.last < verb.first);
  const after = inClause.filter((u) => u.first > verb.last);
  const passive = isPassive(words, verb);
  if (passive) {
    const byAt = words.findIndex((w, i) => i > verb.last && i <= clause.to && w.key === 'by');
    const doer = after.find((u) => byAt >= 0 && u.first > byAt) ?? after[0];
    const target = match?.target ?? subjectBefore(words, actors, verb.first, clause.from);
    return {
      sources: groupOf(actors, match?.source ?? doer, after),
      targets: groupOf(actors, target, before),
      rule: 'passive',
    };
  }
  const conjoined = conjoinedSource(words, actors, verb);
  const source = match?.source ?? conjoined ?? subjectBefore(words, actors, verb.first, clause.from);
  const target =
    match?.target ??
    after.find((u) => (!source || u.group !== source.group) && !subjectAfterComma(words, actors, verb, u));
  return {
    sources: groupOf(actors, source, source && source.last < verb.first ? before : inClause),
    targets: groupOf(actors, target, after),
    rule: conjoined && !match?.source ? 'conjoined' : 'active',
  };
}

/**
 * The verb's subject, walking back from the verb over auxiliaries, adverbs, pronouns, other verbs,
 * commas and prepositional phrases: the first actor outside a prepositional phrase; undefined when
 * a noun phrase without an actor comes first ("…, a senior official said").
 */
export function subjectBefore(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  at: number,
  from: number,
): ActorUnit | undefined {
  const unitAt = (i: number): ActorUnit | undefined => actors.find((u) => i >= u.first && i <= u.last);
  let k = at - 1;
  while (k >= from) {
    const unit = unitAt(k);
    if (unit) {
      if (!PREPOSITION.test(words[unit.first - 1]?.key ?? '')) return unit;
      k = unit.first - 2;
      continue;
    }
    if (/^(?:NOUN|PROPN)$/u.test(words[k]?.pos ?? '')) {
      let s = k;
      while (
        s - 1 >= from &&
        !unitAt(s - 1) &&
        (NP_POS.test(words[s - 1]?.pos ?? '') || words[s - 1]?.key === 's')
      )
        s--;
      if (unitAt(s - 1)) {
        k = s - 1;
        continue;
      }
      if (!PREPOSITION.test(words[s - 1]?.key ?? '')) return undefined;
      k = s - 2;
      continue;
    }
    k--;
  }
  return undefined;
}

/** "X condemned … and promised aid": the second verb's source is the first verb's subject. */
function conjoinedSource(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
): ActorUnit | undefined {
  let k = verb.first - 1;
  while (k >= 0 && /^(?:ADV|AUX|PART)$/u.test(words[k]?.pos ?? '')) k--;
  if (!CONJ.test(words[k]?.key ?? '')) return undefined;
  let v = k - 1;
  while (v >= 0 && words[v]?.pos !== 'VERB') v--;
  if (v < 0) return undefined;
  return subjectBefore(words, actors, v, 0);
}

function groupOf(
  actors: readonly ActorUnit[],
  unit: ActorUnit | undefined,
  side: readonly ActorUnit[],
): ActorUnit[] {
  if (!unit) return [];
  const members = side.filter((u) => u.group === unit.group);
  return members.length > 0 ? members : [unit];
}

/** "…restore ties with Gondor, …, a senior Bree official said": the actor after a comma is a later verb's subject. */
function subjectAfterComma(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  verb: FoundVerb,
  unit: ActorUnit,
): boolean {
  if (!words.slice(verb.last + 1, unit.first).some((w) => w.text === ',')) return false;
  for (let v = unit.last + 1; v < words.length && v - unit.last <= 4; v++) {
    if (words[v]?.pos === 'VERB') return subjectBefore(words, actors, v, 0) === unit;
  }
  return false;
}

/** Distinct codes of units. */
export function codesOf(units: readonly ActorUnit[]): string[] {
  return [...new Set(units.flatMap((u) => u.codes))];
}
