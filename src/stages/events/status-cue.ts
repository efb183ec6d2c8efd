/**
 * An event's status from the words before its trigger: "no deal" (negated), "would soon call"
 * (planned), "if they meet" (hypothetical). A word that belongs to a name is no status word:
 * "Theresa May met Emmanuel Macron" is a meeting that happened, not one that may happen.
 */
import type { Document, EventStatus } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Word } from '../quotes/speaker-phrase.js';
import { STATUS_CUES, SUPPORT_VERBS } from './data/triggers.js';

/** At most this many words before the trigger are searched for a status word. */
const STATUS_WINDOW = 8;

/** What the entities stage knows of a document's names, for telling "May" the name from "may". */
export interface NameWords {
  /** Name and title mentions, of any entity type. */
  readonly spans: readonly Span[];
  /** Lower-case words of the names of the document's people: "theresa", "may". */
  readonly personWords: ReadonlySet<string>;
}

/** The names of `doc`, from its mentions and entities layers. */
export function nameWords(doc: Document): NameWords {
  const spans = (doc.layers.mentions ?? []).filter((m) => m.kind === 'name' || m.kind === 'title');
  const personWords = new Set(
    (doc.layers.entities ?? [])
      .filter((e) => e.type === 'PERSON')
      .flatMap((e) => e.name.toLowerCase().split(/\s+/u))
      .filter((w) => w.length > 1),
  );
  return { spans, personWords };
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Whether word `k` belongs to a name: it lies inside a name or title mention ("Theresa May met");
 * or it is capitalised and a word of the name of one of the document's people ("May met Macron"
 * after "Theresa May"); or, for a name the entities stage missed, it is capitalised in mid-sentence
 * right after a capitalised first name or title and before a lower-case word ("Prime Minister May
 * met"). A modal is written in lower case there, and in a title-case headline ("Trump May Meet
 * Putin") the word after it is capitalised too.
 */
export function isNameWord(words: readonly Word[], k: number, names: NameWords): boolean {
  const w = words[k];
  if (!w) return false;
  if (w.name || names.spans.some((s) => s.start <= w.start && w.end <= s.end)) return true;
  if (!CAPITALISED.test(w.text)) return false;
  if (names.personWords.has(w.lower)) return true;
  const before = words[k - 1];
  const after = words[k + 1];
  return before !== undefined && CAPITALISED.test(before.text) && !/^\p{Lu}/u.test(after?.text ?? '');
}

/**
 * The status set by the nearest status word before the trigger at word `i`, looking no further
 * back than word `from` (the clause's first). Example: in "Keir Starmer did not meet Donald Trump"
 * the word "not" makes the meeting `negated`.
 */
export function statusBefore(
  words: readonly Word[],
  from: number,
  i: number,
  names: NameWords,
): { status: EventStatus; statusCue?: Span } {
  for (let k = i - 1; k >= Math.max(from, i - STATUS_WINDOW); k--) {
    const w = words[k];
    if (!w) continue;
    const cue = STATUS_CUES.find((c) => c.words.test(w.lower));
    if (cue && !isNameWord(words, k, names))
      return { status: cue.status, statusCue: { start: w.start, end: w.end } };
    // A verb of its own between a status word and the trigger takes the status word.
    if (w.pos === 'VERB' && !SUPPORT_VERBS.test(w.lower)) break;
  }
  return { status: 'asserted' };
}
