/**
 * An actor's page: roles over time, a timeline of events and quotes, who they met (network and
 * list), where their events happened (map), their quotes and their events.
 */
import type { ActorDetail } from '../api.js';
import { api } from '../api.js';
import type { Child } from '../dom.js';
import { h, replaceChildren } from '../dom.js';
import { network } from '../charts/network.js';
import { timelineChart } from '../charts/timeline.js';
import { worldMap } from '../charts/world-map.js';
import { link } from '../route.js';
import { empty, errorBox, fill, isAbort, loading, plural, section, stat, table } from '../ui.js';
import type { View, ViewContext } from '../view.js';
import { eventTable } from './events.js';
import { quoteCard } from './quotes.js';

function header(a: ActorDetail): Child {
  const aka = a.names.filter((n) => n !== a.name);
  return [
    h('p', { class: 'muted' }, [a.type, a.code, a.country].filter(Boolean).join(' · ')),
    aka.length > 0 && h('p', { class: 'muted' }, `Also named: ${aka.join(', ')}`),
    h(
      'div',
      { class: 'stats' },
      stat('articles', a.documents),
      stat('quotes', a.quotes),
      stat('events', a.events),
      stat('counterparts', a.counterparts.length),
    ),
  ];
}

function roles(a: ActorDetail): Child {
  if (a.roles.length === 0) return empty('No roles stated.');
  return table(
    ['Role', 'Country', 'From', 'To', 'Times', 'Words'],
    a.roles.map((r) => [
      r.title,
      r.country ?? '',
      h('span', { class: 'date' }, r.first),
      h('span', { class: 'date' }, r.last),
      r.count,
      h('a', { href: link.doc(r.doc, r), 'data-testid': 'role-source' }, 'where stated'),
    ]),
    'roles',
  );
}

function counterparts(a: ActorDetail): HTMLElement {
  if (a.counterparts.length === 0) return empty('No counterparts yet.');
  return h(
    'ul',
    { class: 'counterparts', 'data-testid': 'counterparts' },
    a.counterparts.map((c) =>
      h(
        'li',
        { 'data-testid': 'counterpart', 'data-actor': c.actor },
        h('a', { href: link.actor(c.actor) }, c.name),
        h('span', { class: 'muted' }, ` · ${plural(c.events, 'shared event')}`),
        c.code ? h('span', { class: 'muted' }, ` · ${c.code}`) : '',
      ),
    ),
  );
}

function body(a: ActorDetail, ctx: ViewContext, release: (f: () => void) => void): Child {
  const net = network(
    { id: a.id, name: a.name, events: a.events },
    a.counterparts.map((c) => ({ id: c.actor, name: c.name, events: c.events })),
    (actor) => (location.hash = link.actor(actor)),
  );
  release(net.destroy);
  const points = a.timeline.map((t) => ({ date: t.date, counts: { events: t.events, quotes: t.quotes } }));
  const places = a.places.map((p) => ({
    name: p.place,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    count: p.events,
  }));
  const quotes = h('div', {});
  const events = h('div', {});
  void fill(
    quotes,
    () => api.quotes({ speaker: String(a.id), limit: 10 }, ctx.signal),
    (page) =>
      page.rows.length === 0
        ? empty('No quotes.')
        : [
            h('ol', { class: 'quote-list' }, page.rows.map(quoteCard)),
            h('a', { href: link.quotes({ speaker: String(a.id) }) }, `All ${page.total} quotes →`),
          ],
  );
  void fill(
    events,
    () => api.events({ actor: String(a.id), limit: 20 }, ctx.signal),
    (page) =>
      page.rows.length === 0
        ? empty('No events.')
        : [
            eventTable(page.rows),
            h('a', { href: link.events({ actor: String(a.id) }) }, `All ${page.total} events →`),
          ],
  );
  const series = [
    { key: 'events', label: 'events' },
    { key: 'quotes', label: 'quotes' },
  ];
  return [
    header(a),
    h(
      'div',
      { class: 'columns' },
      section('Roles over time', 'actor-roles', roles(a)),
      section(
        'Timeline',
        'actor-timeline',
        timelineChart(points, series, `Events and quotes of ${a.name} per day`),
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      section('Who they met', 'actor-network', net.el, counterparts(a)),
      section('Where', 'actor-map', worldMap(places)),
    ),
    section('Quotes', 'actor-quotes', quotes),
    section('Events', 'actor-events', events),
  ];
}

export function actorView(id: number, ctx: ViewContext): View {
  const heading = h('h1', {}, `Actor ${id}`);
  const content = h('div', {}, loading());
  const cleanups: (() => void)[] = [];
  api.actor(id, ctx.signal).then(
    (detail) => {
      replaceChildren(heading, detail.name);
      document.title = `${detail.name} · dateline`;
      replaceChildren(
        content,
        body(detail, ctx, (f) => cleanups.push(f)),
      );
    },
    (error: unknown) => {
      if (!isAbort(error)) replaceChildren(content, errorBox(error));
    },
  );
  return {
    el: h('div', { class: 'actor', 'data-testid': 'actor-page' }, heading, content),
    title: 'Actor · dateline',
    destroy: () => cleanups.forEach((f) => f()),
  };
}
