/**
 * Event triggers in a sentence and the actors around them: the entities mentioned in the clause
 * before the trigger (its subjects) and after it (its objects), leaving out places ("in
 * Anchorage") and the countries inside role titles ("U.S. President"); and the status words before
 * the trigger ("no deal", "would soon call"; `status-cue.ts`). Before the trigger, a name inside a prepositional
 * phrase ("allies of Trump") or owning another noun ("Trump's allies call") is not a subject. A
 * passive trigger ("was accused by X") turns round: its subjects are acted upon, and the agent
 * after "by" acts.
 */
import type { Document, EventStatus, Mention } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Word } from '../quotes/speaker-phrase.js';
import { inflect } from '../quotes/cue-lexicon.js';
import type { Trigger } from './data/triggers.js';
import { TRIGGERS } from './data/triggers.js';
import { nameWords, statusBefore } from './status-cue.js';

/** A trigger found in a sentence, with the actors of its clause. */
export interface FoundTrigger {
  readonly trigger: Trigger;
  /** Word indices of the trigger, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly subjects: string[];
  readonly objects: string[];
  readonly status: EventStatus;
  readonly statusCue?: Span;
  /** The clause around the trigger, for places. */
  readonly clause: Span;
  /** A noun trigger after "the", "his", …: it names an event told before ("after the meeting"). */
  readonly definite: boolean;
}

const byForm = new Map<string, Trigger[]>();
for (const t of TRIGGERS) {
  for (const form of t.forms ?? (t.pos === 'verb' ? inflect(t.lemma) : [t.lemma])) {
    byForm.set(form, [...(byForm.get(form) ?? []), t]);
  }
}

const BOUNDARY = /^(?:;|while|though|although|but|where|which|whereas|“|”|"|—)$/u;
// Nationalities ("a Russian head of state") describe people rather than act.
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
const DEFINITE = /^(?:the|this|that|these|those|his|her|their|its|our)$/u;

/** Triggers in the sentence's words, with their clause actors and status. */
export function findTriggers(
  doc: Document,
  words: readonly Word[],
  roleSpans: readonly Span[],
  within: (offset: number) => Span | undefined,
): FoundTrigger[] {
  const out: FoundTrigger[] = [];
  const names = nameWords(doc);
  for (let i = 0; i < words.length; i++) {
    const match = triggerAt(words, i);
    if (!match) continue;
    const { trigger, last } = match;
    const clauseStart = boundaryBefore(words, i);
    const clauseEnd = boundaryAfter(words, last);
    // Inside a quote's content the clause stops at the content's edges.
    const limit = within(words[i]?.start ?? 0) ?? { start: 0, end: doc.text.length };
    const subjectSpan = {
      start: Math.max(limit.start, words[clauseStart]?.start ?? 0),
      end: words[i]?.start ?? 0,
    };
    const objectSpan = { start: words[last]?.end ?? 0, end: Math.min(limit.end, words[clauseEnd]?.end ?? 0) };
    const status = statusBefore(words, clauseStart, i, names);
    // Countries and nationalities act only in a clause without people or organizations.
    const people = hasPeople(doc, { start: subjectSpan.start, end: objectSpan.end });
    const subjects = actorsIn(doc, subjectSpan, roleSpans, people, (m) => isSubjectMention(doc, words, m, i));
    const objects = actorsIn(
      doc,
      objectSpan,
      roleSpans,
      people,
      (m) => !OBJECT_BLOCKING.test(wordBeforePhrase(words, m)?.lower ?? ''),
      // A country right after the trigger, or after "on"/"against", is acted upon even beside
      // people: "Joe Biden accused Russia", "imposed sanctions on Iran".
      (m) => {
        if (/^['’]s\b/u.test(doc.text.slice(m.end, m.end + 3))) return false; // "agreed Ukraine's security"
        const before = wordBeforePhrase(words, m);
        return before === words[last] || ACTED_ON.test(before?.lower ?? '');
      },
    );
    const agentAt = isPassive(words, i, trigger) ? byAgentAt(words, last, clauseEnd) : undefined;
    const agents =
      agentAt === undefined
        ? []
        : actorsIn(doc, { start: words[agentAt]?.end ?? 0, end: objectSpan.end }, roleSpans, people);
    // "a Trump-Putin meeting", "U.S.-Russia talks": the names joined before a noun trigger take part.
    const pair = trigger.pos === 'noun' ? joinedPair(doc, words, i) : undefined;
    out.push({
      trigger,
      first: i,
      last,
      ...(pair
        ? { subjects: [pair[0]], objects: [pair[1], ...objects.filter((o) => !pair.includes(o))] }
        : isPassive(words, i, trigger)
          ? { subjects: agents, objects: [...subjects, ...objects.filter((o) => !agents.includes(o))] }
          : { subjects, objects }),
      ...status,
      clause: { start: subjectSpan.start, end: objectSpan.end },
      definite: trigger.pos === 'noun' && precededByDefinite(words, i),
    });
    i = last;
  }
  return out;
}

function triggerAt(words: readonly Word[], i: number): { trigger: Trigger; last: number } | undefined {
  const w = words[i];
  if (!w) return undefined;
  for (const t of byForm.get(w.lower) ?? []) {
    const then = t.then ?? [];
    if (!then.every((x, k) => words[i + 1 + k]?.lower === x)) continue;
    if (t.notAfter?.includes(words[i - 1]?.lower ?? '')) continue;
    if (t.governedBy && !isGoverned(words, i, i + then.length, t.governedBy)) continue;
    const next = i + then.length + 1;
    if (t.beforeInfinitive && words[next]?.lower === 'to' && words[next + 1]?.pos === 'VERB') continue;
    if (t.notNear && isNear(words, i, i + then.length, t.notNear)) continue;
    if (t.pos === 'verb' && w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    // "meeting" after a determiner or adjective is the noun, not the verb "meet".
    if (t.pos === 'verb' && /ing$/u.test(w.lower) && /^(?:DET|ADJ|NUM)$/u.test(words[i - 1]?.pos ?? ''))
      continue;
    if (
      t.pos === 'noun' &&
      w.pos === 'VERB' &&
      t.then === undefined &&
      !/^(?:DET|ADJ|NUM|PRON)$/u.test(words[i - 1]?.pos ?? '')
    )
      continue;
    return { trigger: t, last: i + then.length };
  }
  return undefined;
}

/** Words searched for a governing verb: before the noun ("reached a tentative deal") and after it ("no deal was reached"). */
const GOVERNED_BEFORE = 4;
const GOVERNED_AFTER = 3;

function isGoverned(
  words: readonly Word[],
  first: number,
  last: number,
  governedBy: { readonly before: RegExp; readonly after: RegExp },
): boolean {
  for (let k = first - 1; k >= Math.max(0, first - GOVERNED_BEFORE); k--) {
    if (governedBy.before.test(words[k]?.lower ?? '')) return true;
  }
  for (let k = last + 1; k <= Math.min(words.length - 1, last + GOVERNED_AFTER); k++) {
    if (governedBy.after.test(words[k]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether one of `near` is within three words before `first` or after `last`. */
function isNear(words: readonly Word[], first: number, last: number, near: readonly string[]): boolean {
  for (let k = Math.max(0, first - 3); k <= Math.min(words.length - 1, last + 3); k++)
    if ((k < first || k > last) && near.includes(words[k]?.lower ?? '')) return true;
  return false;
}

/** "the meeting", "his summit", "the first face-to-face meeting": a determiner within three words. */
function precededByDefinite(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k];
    if (!w) break;
    if (DEFINITE.test(w.lower)) return true;
    if (!/^(?:ADJ|NOUN|NUM|PUNCT|PROPN)$/u.test(w.pos)) break;
  }
  return false;
}

function boundaryBefore(words: readonly Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !BOUNDARY.test(words[k]?.lower ?? '')) k--;
  return k + 1;
}

function boundaryAfter(words: readonly Word[], last: number): number {
  let k = last + 1;
  while (k < words.length && !BOUNDARY.test(words[k]?.lower ?? '') && !isPurposeClause(words, k, last)) k++;
  return Math.max(last, k - 1);
}

/** "met Comey to end the investigation into Flynn": what follows is the purpose, not who took part. */
function isPurposeClause(words: readonly Word[], k: number, last: number): boolean {
  return k > last + 1 && words[k]?.lower === 'to' && words[k + 1]?.pos === 'VERB';
}

/** Entity ids of the actors mentioned in `span`: not places after a preposition, not countries in role titles. */
function actorsIn(
  doc: Document,
  span: Span,
  roleSpans: readonly Span[],
  people: boolean,
  keep: (m: Mention) => boolean = () => true,
  acted: (m: Mention) => boolean = () => false,
): string[] {
  const mentions = mentionsIn(doc, span);
  const out: string[] = [];
  for (const m of mentions) {
    if (!keep(m)) continue;
    if (m.type !== 'PERSON' && m.type !== 'ORG' && ((people && !acted(m)) || isPlace(doc, m))) continue;
    if (roleSpans.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (m.kind === 'name' && m.type !== 'PERSON' && isPlace(doc, m)) continue;
    for (const e of m.entities) if (!out.includes(e)) out.push(e);
  }
  return out;
}

function mentionsIn(doc: Document, span: Span): Mention[] {
  const wire = doc.layers.wire ?? [];
  return (doc.layers.mentions ?? []).filter(
    (m) =>
      m.start >= span.start &&
      m.end <= span.end &&
      ACTOR_TYPES.has(m.type) &&
      m.entities.length > 0 &&
      !wire.some((w) => m.start >= w.start && m.end <= w.end),
  );
}

function hasPeople(doc: Document, span: Span): boolean {
  return mentionsIn(doc, span).some((m) => m.type === 'PERSON' || m.type === 'ORG');
}

function isPlace(doc: Document, m: Mention): boolean {
  return /(?:\bin|\bat|\bto|\bfrom|\bnear)\s+(?:the\s+)?$/iu.test(
    doc.text.slice(Math.max(0, m.start - 10), m.start),
  );
}

// A name in a phrase after one of these is not the subject of the clause ("allies of Trump") …
const SUBJECT_BLOCKING =
  /^(?:of|in|at|from|by|for|with|on|about|against|into|over|under|between|among|after|before|during|through|via)$/u;
// … nor, after one of these, what the event is done to ("threatened in his United Nations address").
const OBJECT_BLOCKING = /^(?:in|at|during)$/u;
const ACTED_ON = /^(?:on|against|upon)$/u;
const NOUN_PHRASE_POS = /^(?:DET|ADJ|NUM|NOUN|PROPN|PART)$/u;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my|your)$/u;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/u;

/** The word before the noun phrase that ends with the mention starting at `m.start` ("with North Korea's leader Kim"). */
function wordBeforePhrase(words: readonly Word[], m: Mention): Word | undefined {
  let k = words.findIndex((w) => w.start >= m.start) - 1;
  while (k >= 0) {
    const w = words[k];
    if (!w || TIME_WORD.test(w.lower)) break;
    if (!NOUN_PHRASE_POS.test(w.pos) && !POSSESSIVE_PRONOUN.test(w.lower)) break;
    k--;
  }
  return words[k];
}

/**
 * Whether a mention before the trigger at word `trigger` can be its subject: not inside a
 * prepositional phrase ("allies of Trump call for"), and not the owner of another noun ("Trump's
 * allies call for"); the owner of the trigger itself stays ("Trump's first meeting with Putin").
 */
function isSubjectMention(doc: Document, words: readonly Word[], m: Mention, trigger: number): boolean {
  if (SUBJECT_BLOCKING.test(wordBeforePhrase(words, m)?.lower ?? '')) return false;
  if (!/^['’]s\b/u.test(doc.text.slice(m.end, m.end + 3))) return true;
  const after = words.findIndex((w) => w.start >= m.end + 2);
  if (after < 0 || after >= trigger) return true;
  return !words.slice(after, trigger).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
}

const BE_FORMS = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)$/u;

/** "was accused", "is being sanctioned", "were quickly condemned": a verb trigger in the passive. */
function isPassive(words: readonly Word[], i: number, trigger: Trigger): boolean {
  const w = words[i];
  if (trigger.pos !== 'verb' || !w || !/(?:ed|en|wn|ught)$/u.test(w.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const before = words[k];
    if (!before) return false;
    if (BE_FORMS.test(before.lower)) return true;
    if (before.pos !== 'ADV' && before.pos !== 'PART') return false;
  }
  return false;
}

/** Index of the "by" that brings in the agent of a passive trigger, if the clause has one. */
function byAgentAt(words: readonly Word[], last: number, clauseEnd: number): number | undefined {
  for (let k = last + 1; k <= Math.min(clauseEnd, last + 4); k++) if (words[k]?.lower === 'by') return k;
  return undefined;
}

/**
 * Entities named by "X-Y" right before the noun trigger at `i` ("a Trump-Putin meeting"): each part
 * is the whole name or the last word of the name of an entity of the document, else undefined.
 */
function joinedPair(doc: Document, words: readonly Word[], i: number): [string, string] | undefined {
  const [x, dash, y] = [words[i - 3], words[i - 2], words[i - 1]];
  if (!x || !dash || !y || !/^[-–]$/u.test(dash.text) || x.end !== dash.start || dash.end !== y.start)
    return undefined;
  const a = entityNamed(doc, x.text);
  const b = entityNamed(doc, y.text);
  return a && b && a !== b ? [a, b] : undefined;
}

function entityNamed(doc: Document, word: string): string | undefined {
  const lower = word.toLowerCase();
  return (doc.layers.entities ?? []).find((e) => {
    if (e.type !== 'PERSON' && e.type !== 'GPE' && e.type !== 'ORG') return false;
    const name = e.name.toLowerCase();
    return name === lower || name.split(/\s+/u).at(-1) === lower;
  })?.id;
}
