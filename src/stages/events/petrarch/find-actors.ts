/**
 * Actors in a sentence's words: dictionary names (longest match first), the agents (titles,
 * sectors) attached to them — "Dagolath's Prime Minister" → DAGGOV, "lawmakers in Arnor" →
 * ARNLEG, "MSF Arnor" → NGOARN — and coordinated groups ("Arnor, Bree and Gondor").
 */
import type { AgentEntry } from '../../../actors/actor-types.js';
import type { DictionarySet, PhraseIndex } from './dictionary-set.js';
import { actorCodeOn } from './dictionary-set.js';
import type { CoderWord } from './sentence-words.js';

/** An actor in the sentence with its codes (several when coordinated agents share it). */
export interface ActorUnit {
  /** Word indices, inclusive, of the name and its attached agents. */
  readonly first: number;
  readonly last: number;
  /** Word indices of the name itself. */
  readonly nameFirst: number;
  readonly nameLast: number;
  readonly codes: readonly string[];
  /** Index of the coordinated group the unit belongs to. */
  readonly group: number;
}

interface Match<T> {
  readonly first: number;
  readonly last: number;
  readonly items: readonly T[];
}

interface Draft {
  first: number;
  last: number;
  readonly nameFirst: number;
  readonly nameLast: number;
  readonly country: string;
  /** Alternatives of stacked agents: `[[MUS, MED], [MUS, GOV]]`. */
  stacks: AgentEntry[][];
  lastAgentEnd: number;
  /** Agents came before the name through "of", "in", "from": coordinated names share them. */
  linked: boolean;
}

const MAX_AGENT_GAP = 4;
const LINK = /^(?:of|in|from|at|for)$/u;
const COORD = /^(?:and|or|nor|neither|either|both|,|&)$/u;
const FILLER_POS = /^(?:ADJ|DET|NUM|PART|ADV)$/u;

/** Finds the actor units of a sentence; `extra` adds codes for names the dictionaries lack. */
export function findActors(
  words: readonly CoderWord[],
  dictionaries: DictionarySet,
  date: string | undefined,
  extra: readonly { first: number; last: number; code: string }[] = [],
): ActorUnit[] {
  const names = matchPhrases(words, dictionaries.actors);
  const drafts: Draft[] = [];
  for (const m of names) {
    const code = m.items.map((e) => actorCodeOn(e, date)).find((c) => c !== undefined);
    if (code !== undefined) drafts.push(draft(m.first, m.last, code));
  }
  for (const e of extra) {
    if (!drafts.some((d) => e.first <= d.nameLast && d.nameFirst <= e.last))
      drafts.push(draft(e.first, e.last, e.code));
  }
  drafts.sort((a, b) => a.first - b.first);
  // The agents file lists its plurals itself ("POLICE {}" has none): no guessing here.
  const agents = matchPhrases(words, dictionaries.agents, false).filter(
    (a) => !drafts.some((d) => a.first <= d.nameLast && d.nameFirst <= a.last),
  );
  for (const agent of agents) attachAgent(words, drafts, agent);
  return groupUnits(words, mergeAdjacent(drafts));
}

function draft(first: number, last: number, country: string): Draft {
  return {
    first,
    last,
    nameFirst: first,
    nameLast: last,
    country,
    stacks: [],
    lastAgentEnd: -1,
    linked: false,
  };
}

/** Longest dictionary phrases, left to right, not overlapping. */
export function matchPhrases<T>(
  words: readonly CoderWord[],
  index: PhraseIndex<T>,
  plurals = true,
): Match<T>[] {
  const out: Match<T>[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = longestAt(words, index, i, plurals);
    if (!found) continue;
    out.push(found);
    i = found.last;
  }
  return out;
}

function longestAt<T>(
  words: readonly CoderWord[],
  index: PhraseIndex<T>,
  i: number,
  plurals: boolean,
): Match<T> | undefined {
  if ((words[i]?.key ?? '') === '') return undefined;
  for (let n = Math.min(index.maxWords, words.length - i); n >= 1; n--) {
    const keys = words.slice(i, i + n).map((w) => w.key);
    if (keys.some((k) => k === '')) continue;
    const items = index.byKey.get(keys.join(' ')) ?? (plurals ? pluralLookup(index, keys) : undefined);
    if (items) return { first: i, last: i + n - 1, items };
  }
  return undefined;
}

// "Congresses", "Eriadoris": a plural the dictionary did not list.
function pluralLookup<T>(index: PhraseIndex<T>, keys: readonly string[]): readonly T[] | undefined {
  const last = keys[keys.length - 1] ?? '';
  if (last.length < 4 || !last.endsWith('s')) return undefined;
  const head = keys.slice(0, -1);
  const stem = last.endsWith('es') ? [last.slice(0, -2), last.slice(0, -1)] : [last.slice(0, -1)];
  for (const s of stem) {
    const items = index.byKey.get([...head, s].join(' '));
    if (items) return items;
  }
  return undefined;
}

function attachAgent(words: readonly CoderWord[], drafts: Draft[], match: Match<AgentEntry>): void {
  const agent = match.items[0];
  if (!agent) return;
  const before = agent.position === 'prefix' ? undefined : ownerBefore(words, drafts, match.first);
  const target =
    agent.position === 'prefix'
      ? drafts.find((d) => d.nameFirst > match.last && d.nameFirst - match.last <= 2)
      : (before ?? ownerAfter(words, drafts, match.last));
  if (!target) return;
  if (agent.position === 'suffix' && !before) target.linked = true;
  // "An MSF Arnor diplomat": a prefix agent before the name and a suffix agent after it stack too.
  const around =
    agent.position === 'suffix' &&
    match.first > target.nameLast &&
    target.stacks[0]?.at(-1)?.position === 'prefix' &&
    target.lastAgentEnd < target.nameFirst &&
    onlyFiller(words, target.nameLast + 1, match.first);
  const stacked =
    around || (target.lastAgentEnd >= 0 && onlyFiller(words, target.lastAgentEnd + 1, match.first));
  if (stacked && target.stacks.length > 0) for (const s of target.stacks) s.push(agent);
  else if (target.stacks.length > 0 && !stacked) {
    const base = target.stacks[0]?.slice(0, -1) ?? [];
    target.stacks.push([...base, agent]);
  } else target.stacks.push([agent]);
  target.lastAgentEnd = match.last;
  target.first = Math.min(target.first, match.first);
  target.last = Math.max(target.last, match.last);
}

/** "Arnor cleric", "Dagolath's first Deputy Prime Minister", "Danish media and government". */
function ownerBefore(words: readonly CoderWord[], drafts: readonly Draft[], at: number): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (!d || d.nameLast >= at) continue;
    const from = Math.max(d.nameLast, d.lastAgentEnd) + 1;
    if (at - from > MAX_AGENT_GAP) return undefined;
    const between = words.slice(from, at);
    // "Ithilen's awful and evil minister": "and" between modifiers, or between agents.
    // "Ithilen and the government of Gondor": an "and" right after the name begins another actor.
    const ok =
      (d.lastAgentEnd >= 0 || between[0]?.key !== 'and') &&
      between.every((w) => FILLER_POS.test(w.pos) || w.key === 's' || w.pos === 'PROPN' || w.key === 'and');
    return ok ? d : undefined;
  }
  return undefined;
}

/** "lawmakers in Arnor", "the government of Gondor", "soldiers from Gondor". */
function ownerAfter(words: readonly CoderWord[], drafts: readonly Draft[], at: number): Draft | undefined {
  let i = at + 1;
  // "lawmakers and officials in Arnor": pass coordinated nouns to the link word.
  while (i < words.length && i - at <= 4 && !LINK.test(words[i]?.key ?? '')) i++;
  if (!LINK.test(words[i]?.key ?? '')) return undefined;
  const skipped = words.slice(at + 1, i);
  if (!skipped.every((w) => COORD.test(w.key || w.text) || /^(?:NOUN|ADJ)$/u.test(w.pos))) return undefined;
  return drafts.find((d) => d.nameFirst > i && d.nameFirst - i <= 3 && onlyFiller(words, i + 1, d.nameFirst));
}

function onlyFiller(words: readonly CoderWord[], from: number, to: number): boolean {
  return words.slice(from, to).every((w) => FILLER_POS.test(w.pos) || w.key === 's');
}

// "Dagolath's first Deputy Prime Minister Telemar": the name after the title is the same actor.
function mergeAdjacent(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.first === prev.last + 1 && prev.stacks.length > 0 && d.stacks.length === 0) {
      prev.last = d.last;
      continue;
    }
    out.push(d);
  }
  return out;
}

function groupUnits(words: readonly CoderWord[], drafts: readonly Draft[]): ActorUnit[] {
  const out: ActorUnit[] = [];
  let group = -1;
  let joined = false;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    const prev = drafts[k - 1];
    if (!d) continue;
    const link: 'and' | 'comma' | undefined = prev
      ? coordinated(words, prev.last + 1, d.first, joined)
      : undefined;
    if (!prev || !link) {
      group++;
      joined = false;
    } else {
      joined ||= link === 'and';
      // "the ambassadors of Arnor, Osgiliath and Gondor": every name gets the agents.
      if (prev.linked && d.stacks.length === 0) d.stacks = prev.stacks.map((st) => [...st]);
      if (prev.linked) d.linked = true;
    }
    out.push({
      first: d.first,
      last: d.last,
      nameFirst: d.nameFirst,
      nameLast: d.nameLast,
      codes: codesOf(d),
      group,
    });
  }
  return out;
}

/**
 * Only commas, "and", determiners and adjectives between two actors: one coordinated group. After
 * an "and" a comma closes the group ("Calenardhon and Gondor, and Gondor and Dagolath").
 */
function coordinated(
  words: readonly CoderWord[],
  from: number,
  to: number,
  joined: boolean,
): 'and' | 'comma' | undefined {
  const between = words.slice(from, to);
  const tokens = between.map((w) => w.key || w.text);
  if (!between.every((w, k) => COORD.test(tokens[k] ?? '') || /^(?:DET|ADJ)$/u.test(w.pos))) return undefined;
  if (joined && tokens.includes(',')) return undefined;
  if (tokens.some((t) => t !== ',' && COORD.test(t))) return 'and';
  return tokens.includes(',') ? 'comma' : undefined;
}

function codesOf(d: Draft): string[] {
  if (d.stacks.length === 0) return [d.country];
  return d.stacks.map((stack) => {
    const prefix = stack
      .filter((a) => a.position === 'prefix')
      .map((a) => a.code)
      .join('');
    const country = d.country === '---' ? '' : d.country;
    // "White House security officials": USAGOV already says GOV.
    const suffix = stack
      .filter((a) => a.position === 'suffix' && !country.endsWith(a.code))
      .map((a) => a.code)
      .join('');
    return `${prefix}${country}${suffix}`;
  });
}
