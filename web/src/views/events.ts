/**
 * Events: filters (actor, type, status, place, dates), a chart of events per day, a map of where
 * they happened, and a table whose rows link to their words. Dates show as much as the text gave
 * ("2016-03"); an event dated only to a month or a year is left out of the chart of days, with a
 * note saying how many were.
 */
import { EVENT_STATUSES, EVENT_TYPES } from '../../../src/document/document.js';
import type { EventStatus, EventType } from '../../../src/document/document.js';
import type { EventRow, Page } from '../api.js';
import { api } from '../api.js';
import type { Child } from '../dom.js';
import { h } from '../dom.js';
import { timelineChart } from '../charts/timeline.js';
import { placesOf, worldMap } from '../charts/world-map.js';
import { eventDateLabel, eventsPerDay } from '../event-dates.js';
import { link, pick } from '../route.js';
import { choice, empty, field, fill, formValues, pager, plural, section, table } from '../ui.js';
import type { View, ViewContext } from '../view.js';

const LIMIT = 50;
/** The most rows the chart and map summarize (the API's largest page). */
const CHART_LIMIT = 1000;
const KEYS = ['actor', 'type', 'status', 'place', 'since', 'until'] as const;

const TYPES: readonly EventType[] = EVENT_TYPES;
const STATUSES: readonly EventStatus[] = EVENT_STATUSES;

function actorCell(e: EventRow): Child {
  return e.actors.map((a, i) => [
    i > 0 ? ', ' : '',
    a.actor !== undefined ? h('a', { href: link.actor(a.actor) }, a.name) : a.name,
    h('span', { class: 'muted' }, ` (${a.role})`),
  ]);
}

/** The events table; each trigger links to the event's words. */
export function eventTable(rows: readonly EventRow[]): HTMLElement {
  return table(
    ['Date', 'Type', 'Words', 'Actors', 'Status', 'Place'],
    rows.map((e) => [
      h('span', { class: 'date' }, eventDateLabel(e)),
      e.type,
      h('a', { href: link.doc(e.doc, e), 'data-testid': 'event-source' }, e.trigger),
      actorCell(e),
      h('span', { class: `status status-${e.status}` }, e.status),
      e.place ? `${e.place}${e.country ? `, ${e.country}` : ''}` : '',
    ]),
    'event-table',
  );
}

/** Events per day as a chart (those dated to a day), and their places on the map. */
export function eventOverview(rows: readonly EventRow[]): Child {
  const { points, notByDay } = eventsPerDay(rows);
  const places = placesOf(rows, (e) =>
    e.place ? { name: e.place, country: e.country, lat: e.lat, lon: e.lon } : undefined,
  );
  return h(
    'div',
    { class: 'columns' },
    section(
      'Events per day',
      'event-timeline',
      timelineChart(points, [{ key: 'events', label: 'events' }], 'Events per day'),
      notByDay > 0
        ? h(
            'p',
            { class: 'muted', 'data-testid': 'not-by-day' },
            `Not in the chart: ${plural(notByDay, 'event')} dated only to a month or a year.`,
          )
        : '',
    ),
    section('Where', 'event-map', worldMap(places)),
  );
}

function filterForm(query: Record<string, string>): HTMLFormElement {
  return h(
    'form',
    {
      class: 'filters',
      'data-testid': 'event-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = link.events(formValues(event.currentTarget as HTMLFormElement));
      },
    },
    field('Actor', 'actor', query.actor ?? '', { placeholder: 'name, id or RUS' }),
    choice('Type', 'type', query.type ?? '', TYPES),
    choice('Status', 'status', query.status ?? '', STATUSES),
    field('Place', 'place', query.place ?? '', { placeholder: 'Anchorage or USA' }),
    field('Since', 'since', query.since ?? '', { type: 'date' }),
    field('Until', 'until', query.until ?? '', { type: 'date' }),
    h('button', { type: 'submit' }, 'Filter'),
  );
}

export function eventsView(params: URLSearchParams, ctx: ViewContext): View {
  const query = pick(params, KEYS);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const overview = h('div', {});
  const list = h('div', {});
  void fill(
    overview,
    () => api.events({ ...query, limit: CHART_LIMIT }, ctx.signal),
    (page) =>
      page.total > page.rows.length
        ? [
            eventOverview(page.rows),
            h('p', { class: 'muted' }, `Chart and map show the newest ${page.rows.length} of ${page.total}.`),
          ]
        : eventOverview(page.rows),
  );
  void fill(
    list,
    () => api.events({ ...query, limit: LIMIT, offset }, ctx.signal),
    (page: Page<EventRow>) =>
      page.rows.length === 0
        ? empty('No events match.')
        : [
            eventTable(page.rows),
            pager(page.total, page.offset, page.rows.length, LIMIT, (o) =>
              link.events({ ...query, offset: o }),
            ),
          ],
  );
  const el = h(
    'div',
    {},
    h('h1', {}, 'Events'),
    section('Filter', 'event-filters', filterForm(query)),
    overview,
    section('Events', 'event-list', list),
  );
  return { el, title: 'Events · dateline' };
}
