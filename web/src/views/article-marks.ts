/**
 * What the article view marks in the text: the highlighted evidence, publisher furniture, quotes
 * (with the speaker's name on the mark), event triggers and entity mentions coloured by type.
 */
import type { DocEvent, Document, Entity, Quote } from '../../../src/document/document.js';
import { h } from '../dom.js';
import type { Mark } from '../marks.js';
import type { SpanRef } from '../route.js';

/** Nesting order: lower wraps higher. */
const RANK = { highlight: 0, wire: 1, quote: 2, trigger: 3, mention: 4 } as const;

export function entityIndex(doc: Document): Map<string, Entity> {
  return new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
}

/** The speaker's name: the entity's, else the quote it continues, else the speaker words. */
export function speakerName(doc: Document, quote: Quote, depth = 0): string | undefined {
  const entity = quote.speaker?.entity;
  if (entity !== undefined) {
    const name = (doc.layers.entities ?? []).find((e) => e.id === entity)?.name;
    if (name !== undefined) return name;
  }
  if (quote.continues !== undefined && depth < 20) {
    const previous = (doc.layers.quotes ?? []).find((q) => q.id === quote.continues);
    if (previous) return speakerName(doc, previous, depth + 1);
  }
  const words = quote.speaker ? doc.text.slice(quote.speaker.start, quote.speaker.end).trim() : '';
  return words === '' ? undefined : words;
}

/** A quote's content pieces: its parts, else its whole span. */
export function quotePieces(quote: Quote): SpanRef[] {
  return quote.parts && quote.parts.length > 0 ? quote.parts : [quote];
}

/** Names of an event's entities, for titles and lists. */
export function eventActors(event: DocEvent, entities: Map<string, Entity>): string {
  const names = (ids: readonly string[]): string => ids.map((id) => entities.get(id)?.name ?? id).join(', ');
  const sources = names(event.sources);
  const targets = names(event.targets);
  const others = names(event.participants);
  const main = targets === '' ? sources : `${sources || '?'} → ${targets}`;
  return others === '' ? main : `${main} (with ${others})`;
}

function cont(piece: number): string {
  return piece > 0 ? ' cont' : '';
}

function quoteMarks(doc: Document): Mark[] {
  return (doc.layers.quotes ?? []).flatMap((quote) => {
    const speaker = speakerName(doc, quote) ?? 'unknown speaker';
    return quotePieces(quote).map((part, index) => ({
      start: part.start,
      end: part.end,
      rank: RANK.quote,
      make: (piece: number) =>
        h('span', {
          class: `quote quote-${quote.kind}${index === 0 && piece === 0 ? ' quote-first' : ''}${cont(piece)}`,
          'data-testid': 'quote-mark',
          'data-quote': quote.id,
          'data-speaker': speaker,
          title: `${speaker} (${quote.kind} quote)`,
        }),
    }));
  });
}

function triggerMarks(doc: Document, entities: Map<string, Entity>): Mark[] {
  return (doc.layers.events ?? []).map((event) => ({
    start: event.trigger.start,
    end: event.trigger.end,
    rank: RANK.trigger,
    make: (piece: number) =>
      h('span', {
        class: `trigger trigger-${event.status}${cont(piece)}`,
        'data-testid': 'event-trigger',
        'data-event': event.id,
        'data-type': event.type,
        title: `${event.type} · ${event.status} · ${eventActors(event, entities)}`,
      }),
  }));
}

function mentionMarks(doc: Document, entities: Map<string, Entity>): Mark[] {
  return (doc.layers.mentions ?? []).map((mention) => {
    const names = mention.entities.map((id) => entities.get(id)?.name ?? id).join(', ');
    const how = mention.inferred ? ' (inferred)' : '';
    return {
      start: mention.start,
      end: mention.end,
      rank: RANK.mention,
      make: (piece: number) =>
        h('span', {
          class: `mention type-${mention.type} kind-${mention.kind}${mention.inferred ? ' inferred' : ''}${cont(piece)}`,
          'data-testid': 'mention',
          'data-type': mention.type,
          'data-entity': mention.entities.join(' '),
          title: `${names} · ${mention.type}${how}`,
        }),
    };
  });
}

function wireMarks(doc: Document): Mark[] {
  return (doc.layers.wire ?? []).map((segment) => ({
    start: segment.start,
    end: segment.end,
    rank: RANK.wire,
    make: (piece: number) =>
      h('span', {
        class: `wire wire-${segment.kind}${cont(piece)}`,
        title: `${segment.kind} (publisher furniture)`,
      }),
  }));
}

function highlightMark(span: SpanRef): Mark {
  return {
    start: span.start,
    end: span.end,
    rank: RANK.highlight,
    make: (piece: number) =>
      h('mark', {
        class: `highlight${cont(piece)}`,
        'data-testid': 'highlight',
        id: piece === 0 ? 'highlight' : undefined,
        tabindex: piece === 0 ? -1 : undefined,
      }),
  };
}

/** Every mark of the document, with the highlight when one is given. */
export function documentMarks(doc: Document, highlight?: SpanRef): Mark[] {
  const entities = entityIndex(doc);
  return [
    ...(highlight ? [highlightMark(highlight)] : []),
    ...wireMarks(doc),
    ...quoteMarks(doc),
    ...triggerMarks(doc, entities),
    ...mentionMarks(doc, entities),
  ];
}
