/**
 * Story clusters: articles about the same real-world event, across outlets. A document's story seed
 * is its first event with two or more corpus actors (the lead usually states the news); seeds of the
 * same event type that share actors, fall within a few days of each other and do not name different
 * places belong to one story, labelled like "Trump–Putin meeting, Anchorage, 2025-08-15".
 */
import type { DocumentRows, EventRowData } from './document-rows.js';

/** Days either side of a story's dates within which a seed may join it. */
export const STORY_WINDOW_DAYS = 3;

export interface StorySeed {
  readonly type: string;
  readonly lemma: string;
  /** Corpus actor ids, sources first. */
  readonly actors: number[];
  /** Short names for the label, in the same order. */
  readonly names: string[];
  readonly date?: string;
  readonly place?: string;
}

export interface StoryRecord {
  readonly id: number;
  readonly type: string;
  readonly actors: readonly number[];
  readonly place?: string;
  readonly first?: string;
  readonly last?: string;
}

/** Event statuses that say something happened (or pointedly did not). */
const FACTUAL = new Set(['asserted', 'negated']);

/** What a story is called, by trigger lemma, else by event type. */
const STORY_NOUN: Readonly<Record<string, string>> = {
  meet: 'meeting',
  meeting: 'meeting',
  summit: 'summit',
  talks: 'talks',
  negotiate: 'talks',
  visit: 'visit',
  host: 'visit',
  call: 'call',
  'phone call': 'call',
  agree: 'agreement',
  deal: 'deal',
  sign: 'signing',
  'press conference': 'press conference',
  CONSULT: 'meeting',
  AGREE: 'agreement',
  SUPPORT: 'support',
  COOPERATE: 'cooperation',
  AID: 'aid',
  REQUEST: 'request',
  ACCUSE: 'accusation',
  REJECT: 'rejection',
  THREATEN: 'threat',
  PROTEST: 'protest',
  SANCTION: 'sanctions',
  ASSAULT: 'attack',
  STATEMENT: 'statement',
  CEREMONY: 'ceremony',
};

/**
 * The seed of a document's story, or undefined when no factual event has two actors.
 * `actorOf` maps the document's entity ids to corpus actors.
 */
export function storySeed(
  rows: DocumentRows,
  actorOf: ReadonlyMap<string, { readonly id: number; readonly name: string; readonly type: string }>,
  documentDate: string | undefined,
): StorySeed | undefined {
  for (const event of rows.events) {
    if (!FACTUAL.has(event.status)) continue;
    const actors = eventActors(event, actorOf, () => true);
    if (actors.length < 2) continue;
    // The label names the principals (sources and targets); those who joined them are matched on too.
    const principals = eventActors(event, actorOf, (role) => role !== 'participant');
    const named = principals.length >= 2 ? principals : actors;
    const date = event.date ?? documentDate;
    return {
      type: event.type,
      lemma: event.lemma,
      actors: actors.map((a) => a.id),
      names: named.map((a) => (a.type === 'PERSON' ? (a.name.split(' ').at(-1) ?? a.name) : a.name)),
      ...(date === undefined ? {} : { date }),
      ...(event.place === undefined ? {} : { place: event.place }),
    };
  }
  return undefined;
}

function eventActors(
  event: EventRowData,
  actorOf: ReadonlyMap<string, { readonly id: number; readonly name: string; readonly type: string }>,
  takes: (role: string) => boolean,
): { id: number; name: string; type: string }[] {
  const seen = new Set<number>();
  const out: { id: number; name: string; type: string }[] = [];
  for (const { entity, role } of event.actors) {
    const actor = takes(role) ? actorOf.get(entity) : undefined;
    if (!actor || seen.has(actor.id)) continue;
    seen.add(actor.id);
    out.push(actor);
  }
  return out;
}

/** "Trump–Putin meeting, Anchorage, 2025-08-15". */
export function storyLabel(seed: StorySeed): string {
  const who = seed.names.slice(0, 3).join('–');
  const what = STORY_NOUN[seed.lemma] ?? STORY_NOUN[seed.type] ?? seed.type.toLowerCase();
  return [`${who} ${what}`, seed.place, seed.date].filter((s) => s !== undefined).join(', ');
}

/** Whether a seed belongs to an existing story: same type, two shared actors, dates and places compatible. */
export function joinsStory(seed: StorySeed, story: StoryRecord): boolean {
  if (seed.type !== story.type) return false;
  const shared = seed.actors.filter((a) => story.actors.includes(a)).length;
  if (shared < Math.min(2, seed.actors.length)) return false;
  if (seed.place !== undefined && story.place !== undefined && seed.place !== story.place) return false;
  if (seed.date === undefined || story.first === undefined || story.last === undefined) return true;
  return (
    daysBetween(seed.date, story.first) <= STORY_WINDOW_DAYS ||
    daysBetween(seed.date, story.last) <= STORY_WINDOW_DAYS ||
    (seed.date >= story.first && seed.date <= story.last)
  );
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}
