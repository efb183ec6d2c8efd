/**
 * The article's side panel: metadata and copies, then people, other names, quotes and events.
 * Every record is a link to `#/doc/ID?span=S-E`, so choosing one moves the highlight to its words.
 */
import type { Document, Entity, EntityType, Mention } from '../../../src/document/document.js';
import { formatDateAtPrecision } from '../../../src/time/calendar-date.js';
import type { DocumentAnswer } from '../api.js';
import type { Child } from '../dom.js';
import { h, safeHttpUrl } from '../dom.js';
import type { SpanRef } from '../route.js';
import { link } from '../route.js';
import { excerpt, plural } from '../ui.js';
import { entityIndex, eventActors, quotePieces, speakerName } from './article-marks.js';

const OTHER_TYPES: readonly EntityType[] = ['ORG', 'GPE', 'LOC', 'FACILITY', 'NORP', 'MISC'];

function row(label: string, ...value: readonly Child[]): Child {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function spanLink(doc: Document, span: SpanRef, testid: string, ...children: readonly Child[]) {
  return h('a', { href: link.doc(doc.id, span), class: 'record', 'data-testid': testid }, ...children);
}

function metadata(answer: DocumentAnswer): HTMLElement {
  const { document: doc, copies } = answer;
  const { meta } = doc;
  const dl = meta.dateline;
  const url = safeHttpUrl(meta.url);
  const place = dl ? [dl.place, dl.region, dl.countryName ?? dl.country].filter(Boolean).join(', ') : '';
  return h(
    'section',
    { class: 'card', 'data-testid': 'article-meta' },
    h('h2', {}, 'About this article'),
    h(
      'dl',
      { class: 'meta' },
      dl && row('Dateline', spanLink(doc, dl.span, 'dateline-link', place), dl.date ? ` · ${dl.date}` : ''),
      meta.published && row('Published', meta.published),
      meta.publisher && row('Publisher', meta.publisher),
      meta.agencies?.length && row('Agencies', meta.agencies.join(' ← ')),
      meta.bylines?.length && row('By', meta.bylines.join(', ')),
      meta.source && row('Source', meta.source),
      meta.url &&
        row('URL', url ? h('a', { href: url, rel: 'noopener noreferrer nofollow' }, meta.url) : meta.url),
      copies.canonical &&
        row(
          'Copy of',
          h(
            'a',
            { href: link.doc(copies.canonical), 'data-testid': 'canonical', title: copies.canonical },
            `article ${copies.canonical.slice(0, 8)}…`,
          ),
        ),
      copies.copies.length > 0 &&
        row(
          'Copies',
          h(
            'ul',
            { class: 'plain' },
            copies.copies.map((id) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: link.doc(id), 'data-testid': 'copy', title: id },
                  `article ${id.slice(0, 8)}…`,
                ),
              ),
            ),
          ),
        ),
    ),
  );
}

function firstMention(entity: Entity, mentions: Map<string, Mention>): Mention | undefined {
  const all = entity.mentions.map((id) => mentions.get(id)).filter((m): m is Mention => !!m);
  return all.find((m) => m.kind === 'name') ?? all[0];
}

function people(doc: Document, mentions: Map<string, Mention>): HTMLElement {
  const persons = (doc.layers.entities ?? [])
    .filter((e) => e.type === 'PERSON')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const items = persons.map((person) => {
    const first = firstMention(person, mentions);
    const roles = [...new Set(person.roles.map((r) => r.title))].join(', ');
    return h(
      'li',
      { 'data-testid': 'person' },
      first ? spanLink(doc, first, 'person-link', person.name) : person.name,
      h(
        'div',
        { class: 'muted small' },
        [roles, plural(person.mentions.length, 'mention')].filter(Boolean).join(' · '),
        ' · ',
        h('a', { href: link.quotes({ speaker: person.name }) }, 'quotes'),
        ' · ',
        h('a', { href: link.events({ actor: person.name }) }, 'events'),
      ),
    );
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, `People (${persons.length})`),
    h('ul', { class: 'records' }, items),
  );
}

function otherNames(doc: Document, mentions: Map<string, Mention>): HTMLElement {
  const entities = (doc.layers.entities ?? []).filter((e) => e.type !== 'PERSON');
  const chips = OTHER_TYPES.flatMap((type) =>
    entities
      .filter((e) => e.type === type)
      .map((e) => {
        const first = firstMention(e, mentions);
        const label = h('span', { class: `chip type-${type}`, title: type }, e.name);
        return first ? spanLink(doc, first, 'entity-link', label) : label;
      }),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'Places and organizations'),
    h('div', { class: 'chips' }, chips),
  );
}

function quoteList(doc: Document): HTMLElement {
  const quotes = doc.layers.quotes ?? [];
  const items = quotes.map((quote) => {
    const speaker = speakerName(doc, quote) ?? 'unknown speaker';
    const words = quotePieces(quote)
      .map((p) => doc.text.slice(p.start, p.end))
      .join(' … ');
    return h(
      'li',
      { 'data-testid': 'quote-record', 'data-speaker': speaker },
      spanLink(
        doc,
        quote,
        'quote-link',
        h('strong', {}, speaker),
        h('span', { class: 'muted' }, ` · ${quote.kind}`),
        h('span', { class: 'quote-excerpt' }, excerpt(words, 160)),
      ),
    );
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, `Quotes (${quotes.length})`),
    h('ul', { class: 'records' }, items),
  );
}

function eventList(doc: Document): HTMLElement {
  const entities = entityIndex(doc);
  const events = doc.layers.events ?? [];
  const items = events.map((event) =>
    h(
      'li',
      { 'data-testid': 'event-record' },
      spanLink(
        doc,
        event,
        'event-link',
        h('strong', {}, event.type),
        ` “${doc.text.slice(event.trigger.start, event.trigger.end)}”`,
        h('span', { class: `status status-${event.status}` }, event.status),
        h('span', { class: 'event-actors' }, eventActors(event, entities)),
        h(
          'span',
          { class: 'event-when muted' },
          [event.when && formatDateAtPrecision(event.when.date, event.when.precision), event.where?.name]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, `Events (${events.length})`),
    h('ul', { class: 'records' }, items),
  );
}

function legend(): HTMLElement {
  const types: readonly EntityType[] = ['PERSON', ...OTHER_TYPES];
  return h(
    'ul',
    { class: 'legend article-legend', 'aria-label': 'Colours' },
    types.map((t) => h('li', {}, h('span', { class: `mention type-${t}` }, t))),
    h('li', {}, h('span', { class: 'quote' }, 'quote')),
    h('li', {}, h('span', { class: 'trigger' }, 'event')),
  );
}

/** The side panel for a loaded article. */
export function articlePanel(answer: DocumentAnswer): HTMLElement {
  const doc = answer.document;
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  return h(
    'aside',
    { class: 'article-panel', 'data-testid': 'article-panel' },
    legend(),
    metadata(answer),
    people(doc, mentions),
    quoteList(doc),
    eventList(doc),
    otherNames(doc, mentions),
  );
}
