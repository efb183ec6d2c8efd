/**
 * Home: what the corpus holds, an article search box, the latest events, the most quoted people,
 * recent articles and stories.
 */
import type { ActorSummary, CorpusStats, DocumentSummary, EventRow, Page, Story } from '../api.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { eventDateLabel } from '../event-dates.js';
import { link } from '../route.js';
import { empty, fill, plural, section, stat } from '../ui.js';
import type { View, ViewContext } from '../view.js';
import { articleList, searchForm } from './search.js';

function stats(s: CorpusStats): HTMLElement {
  const range = s.first && s.last ? `${s.first} – ${s.last}` : 'no dates';
  return h(
    'div',
    { class: 'stats' },
    stat('articles', s.documents, 'stat-documents'),
    stat('syndicated copies', s.copies),
    stat('quotes', s.quotes, 'stat-quotes'),
    stat('events', s.events, 'stat-events'),
    stat('actors', s.actors),
    stat('stories', s.stories),
    h('p', { class: 'muted range' }, range),
  );
}

/** One line for an event: date ("2016-03" for a month), type, actors, place, linked to its words. */
export function eventLine(e: EventRow): HTMLElement {
  const sources = e.actors.filter((a) => a.role === 'source').map((a) => a.name);
  const targets = e.actors.filter((a) => a.role !== 'source').map((a) => a.name);
  const who =
    targets.length > 0 ? `${sources.join(', ') || '?'} → ${targets.join(', ')}` : sources.join(', ');
  return h(
    'li',
    { 'data-testid': 'event-line' },
    h('span', { class: 'date' }, eventDateLabel(e, 'undated')),
    ' ',
    h('a', { href: link.doc(e.doc, e), class: 'event-type' }, e.type),
    ` “${e.trigger}” `,
    h('span', {}, who),
    e.place ? h('span', { class: 'muted' }, ` · ${e.place}`) : '',
    e.status !== 'asserted' ? h('span', { class: `status status-${e.status}` }, e.status) : '',
  );
}

function quoted(page: Page<ActorSummary>): HTMLElement {
  const top = page.rows
    .filter((a) => a.quotes > 0)
    .sort((a, b) => b.quotes - a.quotes || b.documents - a.documents)
    .slice(0, 10);
  if (top.length === 0) return empty('No quotes yet.');
  return h(
    'ol',
    { class: 'ranked' },
    top.map((a) =>
      h(
        'li',
        { 'data-testid': 'quoted-person' },
        h('a', { href: link.actor(a.id) }, a.name),
        h('span', { class: 'muted' }, ` · ${plural(a.quotes, 'quote')} · `),
        h('a', { href: link.quotes({ speaker: String(a.id) }), class: 'small' }, 'read them'),
      ),
    ),
  );
}

function stories(page: Page<Story>): HTMLElement {
  if (page.rows.length === 0) return empty('No stories yet.');
  return h(
    'ul',
    { class: 'records' },
    page.rows.map((s) =>
      h(
        'li',
        {},
        h('a', { href: link.articles({ story: s.id }) }, s.label),
        h('span', { class: 'muted' }, ` · ${plural(s.documents, 'article')}`),
      ),
    ),
  );
}

export function homeView(ctx: ViewContext): View {
  const { signal } = ctx;
  const statsSlot = h('div', {});
  const eventsSlot = h('div', {});
  const quotedSlot = h('div', {});
  const articlesSlot = h('div', {});
  const storiesSlot = h('div', {});
  void fill(statsSlot, () => api.stats(signal), stats);
  void fill(
    eventsSlot,
    () => api.events({ limit: 10 }, signal),
    (page: Page<EventRow>) =>
      page.rows.length === 0
        ? empty('No events yet.')
        : [
            h('ul', { class: 'lines' }, page.rows.map(eventLine)),
            h('a', { href: link.events() }, 'All events →'),
          ],
  );
  void fill(quotedSlot, () => api.actors({ type: 'PERSON', order: 'quotes', limit: 10 }, signal), quoted);
  void fill(
    articlesSlot,
    () => api.documents({ limit: 10 }, signal),
    (page: Page<DocumentSummary>) => [
      articleList(page.rows),
      h('a', { href: link.articles() }, 'All articles →'),
    ],
  );
  void fill(storiesSlot, () => api.stories({ limit: 10 }, signal), stories);
  const el = h(
    'div',
    { class: 'home' },
    h('h1', {}, 'Who said what, who met whom'),
    section('Search articles', 'home-search', searchForm('')),
    section('Corpus', 'stats', statsSlot),
    h(
      'div',
      { class: 'columns' },
      section('Latest events', 'latest-events', eventsSlot),
      section('Most quoted people', 'most-quoted', quotedSlot),
    ),
    h(
      'div',
      { class: 'columns' },
      section('Recent articles', 'recent-articles', articlesSlot),
      section('Stories', 'stories', storiesSlot),
    ),
  );
  return { el, title: 'dateline explorer' };
}
