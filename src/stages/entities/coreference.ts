/**
 * In-document coreference beyond names: third-person pronouns ("Putin said, he agreed …"), group
 * phrases ("the two leaders"), and title-only mentions ("the Kremlin spokesman"). Each resolved
 * mention is marked inferred, with the antecedent's span as evidence.
 */
import type { Document, Entity, Mention } from '../../document/document.js';
import type { NerWord } from './ner-view.js';
import { titleAfter } from './title-phrase.js';

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself']);
const FRONTED = new Set([
  'before',
  'after',
  'while',
  'when',
  'as',
  'since',
  'although',
  'though',
  'upon',
  'despite',
  'having',
]);
const GROUP = /^(?:the two|both) (?:leaders|presidents|heads of state|men)$/u;
/** How many sentences back a pronoun may look for its antecedent. */
const WINDOW = 3;
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** Person name mentions already resolved (with sentence index), which pronouns may point to. */
export interface PersonMention {
  readonly mention: Mention;
  readonly sentence: number;
  /** Word index of the mention's first and one-past-last word. */
  readonly first: number;
  readonly last: number;
}

/** Pronoun, group and title-only mentions for the document's sentences. */
export function resolveCoreference(
  doc: Document,
  sentences: readonly NerWord[][],
  persons: readonly PersonMention[],
  entities: readonly Entity[],
): Omit<Mention, 'id'>[] {
  const out: Omit<Mention, 'id'>[] = [];
  sentences.forEach((words, s) => {
    // "X said he will … until he gets …": a subject pronoun repeated in a sentence is the same person.
    const chain = new Map<string, PersonMention>();
    words.forEach((w, i) => {
      const lower = w.text.toLowerCase();
      if (PRONOUNS.has(lower)) {
        const repeated = SUBJECT_PRONOUNS.has(lower) ? chain.get(lower) : undefined;
        const antecedent =
          repeated ?? cataphor(words, s, i, persons) ?? recentPerson(doc, persons, s, w.start);
        if (antecedent && SUBJECT_PRONOUNS.has(lower)) chain.set(lower, antecedent);
        if (antecedent)
          out.push(inferred(w, 'pronoun', antecedent, repeated ? 'coref/pronoun-chain' : 'coref/pronoun'));
      } else if (lower === 'the' || lower === 'both') {
        const group = groupAt(words, i, s, persons, entities);
        if (group) out.push(group);
        else {
          const title = titleOnly(words, i, entities, persons, s);
          if (title) out.push(title);
        }
      }
    });
  });
  return out;
}

function inferred(
  w: { start: number; end: number },
  kind: Mention['kind'],
  antecedent: PersonMention,
  rule: string,
): Omit<Mention, 'id'> {
  const m = antecedent.mention;
  return {
    start: w.start,
    end: w.end,
    type: 'PERSON',
    kind,
    entities: m.entities,
    rule,
    inferred: true,
    evidence: { start: m.start, end: m.end },
  };
}

/** "Before boarding his plane, Putin visited …": a pronoun in a fronted clause points forward. */
function cataphor(
  words: readonly NerWord[],
  s: number,
  i: number,
  persons: readonly PersonMention[],
): PersonMention | undefined {
  if (!FRONTED.has(words[0]?.text.toLowerCase() ?? '')) return undefined;
  const comma = words.findIndex((w) => w.text === ',');
  if (comma < 0 || i > comma) return undefined;
  return persons.find((p) => p.sentence === s && p.first === comma + 1);
}

/** The most recent person before `at`, within the window; subjects of a verb preferred. */
function recentPerson(
  doc: Document,
  persons: readonly PersonMention[],
  s: number,
  at: number,
): PersonMention | undefined {
  const candidates = persons.filter((p) => p.sentence <= s && p.sentence > s - WINDOW && p.mention.end <= at);
  const subjects = candidates.filter((p) => isSubject(doc, p));
  return subjects[subjects.length - 1] ?? candidates[candidates.length - 1];
}

/** A mention directly followed by a verb (past any apposition between commas) is a subject. */
function isSubject(doc: Document, p: PersonMention): boolean {
  const tokens = doc.layers.tokens ?? [];
  let i = tokens.findIndex((t) => t.start >= p.mention.end);
  if (i < 0) return false;
  if (doc.text.slice(tokens[i]?.start, tokens[i]?.end) === ',') {
    const close = tokens.findIndex((t, k) => k > i && doc.text.slice(t.start, t.end) === ',');
    if (close < 0 || close - i > 10) return false;
    i = close + 1;
  }
  const pos = tokens[i]?.pos;
  return pos === 'VERB' || pos === 'AUX';
}

/** "the two leaders", "both leaders": the two most recent people who hold a leader's role. */
function groupAt(
  words: readonly NerWord[],
  i: number,
  s: number,
  persons: readonly PersonMention[],
  entities: readonly Entity[],
): Omit<Mention, 'id'> | undefined {
  const phrase = words.slice(i, i + 4).map((w) => w.text.toLowerCase());
  const n = GROUP.test(phrase.slice(0, 3).join(' ')) ? 3 : GROUP.test(phrase.slice(0, 4).join(' ')) ? 4 : 0;
  const first = words[i];
  const last = words[i + n - 1];
  if (n === 0 || !first || !last) return undefined;
  const leaders = new Set(
    entities
      .filter((e) => e.roles.some((r) => /president|minister|chancellor|king|leader/iu.test(r.title)))
      .map((e) => e.id),
  );
  const ids: string[] = [];
  for (let k = persons.length - 1; k >= 0 && ids.length < 2; k--) {
    const p = persons[k];
    const id = p?.mention.entities[0];
    if (p && id && p.sentence <= s && p.mention.end <= first.start && leaders.has(id) && !ids.includes(id))
      ids.push(id);
  }
  if (ids.length < 2) return undefined;
  return {
    start: first.start,
    end: last.end,
    type: 'PERSON',
    kind: 'group',
    entities: ids.reverse(),
    rule: 'coref/group-leaders',
    inferred: true,
  };
}

/** "the Kremlin spokesman" with no name after it: the entity holding that role. */
function titleOnly(
  words: readonly NerWord[],
  i: number,
  entities: readonly Entity[],
  persons: readonly PersonMention[],
  s: number,
): Omit<Mention, 'id'> | undefined {
  const phrase = titleAfter(words, i);
  if (!phrase || phrase.first !== i + 1) return undefined;
  if (persons.some((p) => p.sentence === s && (p.first === phrase.last || p.first === phrase.last + 1)))
    return undefined;
  const head = phrase.title.toLowerCase().split(' ').pop() ?? '';
  const holders = entities.filter(
    (e) =>
      e.type === 'PERSON' &&
      e.roles.some(
        (r) => r.title.toLowerCase().endsWith(head) && (!phrase.country || r.country === phrase.country),
      ),
  );
  const holder = holders.length === 1 ? holders[0] : undefined;
  const first = words[i];
  if (!holder || !first) return undefined;
  const evidence = holder.roles[0]?.span;
  return {
    start: first.start,
    end: phrase.span.end,
    type: 'PERSON',
    kind: 'title',
    entities: [holder.id],
    rule: 'coref/title-only',
    inferred: true,
    ...(evidence ? { evidence } : {}),
  };
}
