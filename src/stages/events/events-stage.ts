/**
 * The events stage: who did what to whom, where and when. Triggers from `data/triggers.ts`
 * (PLOVER type, mode, CAMEO code), actors from the entities layer, status from the words before
 * the trigger (negated, planned, hypothetical) and from quotes (reported; an intention a speaker
 * announces stays planned), dates read against the dateline, places geocoded offline. Writes
 * `events`.
 */
import type { DocEvent, Document, EventPlace, EventStatus } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceWords } from '../quotes/build-quotes.js';
import type { GeoContext } from './event-place.js';
import { datelinePlace, geoContext, placeIn } from './event-place.js';
import { timeIn } from './event-time.js';
import type { FoundTrigger } from './find-events.js';
import { findTriggers } from './find-events.js';

type Draft = Omit<DocEvent, 'id'> & { sentence: number };

export const eventsStage: Stage = {
  name: 'events',
  reads: ['wire', 'tokens', 'sentences', 'mentions', 'entities', 'quoted', 'quotes'],
  writes: ['events'],
  run(doc: Document): void {
    const roleSpans = (doc.layers.entities ?? []).flatMap((e) => e.roles.map((r) => r.span));
    const context = geoContext(doc);
    const reference = doc.meta.dateline?.date ?? doc.meta.published;
    const drafts: Draft[] = [];
    const contents = (doc.layers.quotes ?? []).flatMap((q) => q.parts ?? [{ start: q.start, end: q.end }]);
    const within = (offset: number): Span | undefined =>
      contents.find((p) => p.start <= offset && offset < p.end);
    // A trigger inside a title or a scare-quoted term ("Meet the Press") is no event.
    const named = (doc.layers.quoted ?? []).filter((q) => q.role !== 'speech');
    const inName = (offset: number): boolean => named.some((q) => q.start <= offset && offset < q.end);
    sentenceWords(doc).forEach(({ sentence, words }, s) => {
      for (const found of findTriggers(doc, words, roleSpans, within)) {
        if (inName(words[found.first]?.start ?? 0)) continue;
        const first = words[found.first];
        const last = words[found.last];
        if (!first || !last) continue;
        const trigger = { start: first.start, end: last.end, lemma: found.trigger.lemma };
        const draft = eventFrom(doc, found, trigger, drafts, s);
        if (!draft) continue;
        // An event with no date or place of its own in a sentence takes those of the sentence's event before it.
        const before = [...drafts].reverse().find((d) => d.sentence === s);
        const stated = timeIn(doc.text, sentence, trigger, reference, draft.status !== 'planned');
        const when = draft.status === 'planned' ? stated : (stated ?? before?.when ?? dayOf(reference));
        const where =
          placeIn(doc, found.clause, context, trigger) ??
          placeIn(doc, sentence, context, trigger) ??
          before?.where ??
          (draft.status === 'planned' ? undefined : datelinePlace(doc, context));
        drafts.push({ ...draft, ...(when ? { when } : {}), ...(where ? { where } : {}) });
      }
    });
    if (drafts.length > 0 && !reference) {
      doc.messages.push({
        severity: 'info',
        reason: 'events have no date: the article has no dateline or publication date to read them against',
        rule: 'events/no-reference-date',
        stage: 'events',
      });
    }
    doc.layers.events = drafts.map((d, i) => withoutSentence(d, `v${i + 1}`));
    doc.provenance.events = { stage: 'events', rule: 'event-rules/1' };
  },
};

const SPEAKER_PRONOUN = /\b(?:I|we|he|she|me|us|myself|ourselves|himself|herself)\b/iu;

function textOf(doc: Document, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The event a trigger makes, or undefined when it only adds to an earlier one (joins, repeated nouns). */
function eventFrom(
  doc: Document,
  found: FoundTrigger,
  trigger: Span & { lemma: string },
  drafts: Draft[],
  s: number,
): Draft | undefined {
  const t = found.trigger;
  const quote = (doc.layers.quotes ?? []).find((q) =>
    (q.parts ?? [q]).some((p) => trigger.start >= p.start && trigger.end <= p.end),
  );
  let subjects = found.subjects;
  // The speaker takes part when the words say so ("he would call", "involving Putin and himself")
  // or a verb has no subject of its own ("agreed to meet with Kim"), but "'No meeting has been
  // scheduled,' his spokesman said" is not the spokesman's meeting.
  const speakerActs = t.pos === 'verb' || SPEAKER_PRONOUN.test(textOf(doc, found.clause));
  if (quote && subjects.length === 0 && quote.speaker?.entity && speakerActs)
    subjects = [quote.speaker.entity];
  const all = [...new Set([...subjects, ...found.objects])];
  if (t.roles === 'joins') {
    // "Rubio and Witkoff joined Trump": participants of the meeting Trump is in.
    const meeting = [...drafts]
      .reverse()
      .find(
        (d) =>
          d.type === 'CONSULT' && found.objects.some((o) => d.sources.includes(o) || d.targets.includes(o)),
      );
    if (meeting) for (const p of subjects) if (!isIn(meeting, p)) meeting.participants.push(p);
    return undefined;
  }
  if (found.definite && earlierOfType(drafts, t.type)) {
    mergePlace(doc, found, drafts, t.type);
    return undefined;
  }
  if (all.length === 0) {
    const earlier = [...drafts].reverse().find((d) => d.sentence === s && d.type !== t.type);
    if (!earlier) {
      mergePlace(doc, found, drafts, t.type);
      return undefined;
    }
    all.push(...earlier.sources, ...earlier.targets);
  }
  if (t.roles === 'directed' && subjects.length === 0) return undefined;
  const split = subjects.length > 0 && found.objects.length > 0;
  const sources = t.roles === 'directed' || split ? subjects : all.slice(0, 1);
  const targets =
    t.roles === 'directed' || split ? found.objects.filter((o) => !subjects.includes(o)) : all.slice(1);
  // A directed event needs someone acted upon, except a ceremony ("laid flowers").
  if (t.roles === 'directed' && t.type !== 'CEREMONY' && targets.length === 0) return undefined;
  const status: EventStatus = quote && found.status === 'asserted' ? 'reported' : found.status;
  return {
    start: found.clause.start,
    end: found.clause.end,
    type: t.type,
    ...(t.mode ? { mode: t.mode } : {}),
    ...(t.cameo ? { cameo: t.cameo } : {}),
    trigger,
    sources: [...sources],
    targets,
    participants: [],
    status,
    ...(found.statusCue ? { statusCue: found.statusCue } : {}),
    ...(quote ? { quote: quote.id } : {}),
    rule: t.id,
    sentence: s,
  };
}

/** "after the meeting", "his summit with Putin": a back-reference to an earlier event of the type. */
function earlierOfType(drafts: readonly Draft[], type: DocEvent['type']): boolean {
  return drafts.some((d) => d.type === type);
}

function isIn(d: Draft, entity: string): boolean {
  return d.sources.includes(entity) || d.targets.includes(entity) || d.participants.includes(entity);
}

/** "The meeting, held at Joint Base Elmendorf-Richardson": a facility for the earlier event of the type. */
function mergePlace(doc: Document, found: FoundTrigger, drafts: Draft[], type: DocEvent['type']): void {
  const earlier = [...drafts].reverse().find((d) => d.type === type);
  if (!earlier) return;
  const place = placeIn(doc, found.clause, { states: new Set() } satisfies GeoContext);
  if (!place?.facility || earlier.where?.facility) return;
  const base: EventPlace = earlier.where && !earlier.where.inferred ? earlier.where : place;
  const i = drafts.indexOf(earlier);
  drafts[i] = {
    ...earlier,
    where: { ...base, facility: place.facility, ...(place.span ? { span: place.span } : {}) },
  };
}

function withoutSentence(draft: Draft, id: string): DocEvent {
  const { sentence, ...event } = draft;
  void sentence;
  return { ...event, id };
}

/** The story's day, for something that has happened when the sentence gives no date (inferred). */
function dayOf(reference: string | undefined): DocEvent['when'] {
  return reference ? { date: reference, inferred: true } : undefined;
}
