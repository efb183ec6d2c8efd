/** The actor list (`#/actors?name=&type=`): everyone the corpus names, most documents first. */
import type { ActorSummary, Page } from '../api.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { link, pick } from '../route.js';
import { choice, empty, field, fill, formValues, pager, section, table } from '../ui.js';
import type { View, ViewContext } from '../view.js';

const LIMIT = 50;
/** The types the API filters actors by. */
const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY'] as const;

function actorTable(page: Page<ActorSummary>, query: Record<string, string>): HTMLElement {
  if (page.rows.length === 0) return empty('No actors match.');
  return h(
    'div',
    {},
    table(
      ['Name', 'Type', 'Articles', 'Quotes', 'Events'],
      page.rows.map((a) => [
        h('a', { href: link.actor(a.id), 'data-testid': 'actor-link' }, a.name),
        [a.type, a.code && h('span', { class: 'code muted' }, a.code)],
        a.documents,
        a.quotes,
        a.events,
      ]),
      'actor-table',
      'grid',
    ),
    pager(page.total, page.offset, page.rows.length, LIMIT, (offset) => link.actors({ ...query, offset })),
  );
}

export function actorsView(params: URLSearchParams, ctx: ViewContext): View {
  const query = pick(params, ['name', 'type']);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = h('div', {});
  void fill(
    list,
    () => api.actors({ ...query, limit: LIMIT, offset }, ctx.signal),
    (page) => actorTable(page, query),
  );
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = link.actors(formValues(event.currentTarget as HTMLFormElement));
      },
    },
    field('Name', 'name', query.name ?? '', { placeholder: 'Putin' }),
    choice('Type', 'type', query.type ?? '', TYPES),
    h('button', { type: 'submit' }, 'Find'),
  );
  const el = h(
    'div',
    {},
    h('h1', {}, 'Actors'),
    section('Find actors', 'actor-search', form),
    section('Actors', 'actors', list),
  );
  return { el, title: 'Actors · dateline' };
}
