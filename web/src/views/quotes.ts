/** Quote search: by speaker (name or actor id), words and dates; each result links to its words. */
import type { Page, QuoteRow } from '../api.js';
import { api } from '../api.js';
import type { Child } from '../dom.js';
import { h } from '../dom.js';
import { link, pick } from '../route.js';
import { empty, field, fill, formValues, pager, section } from '../ui.js';
import type { View, ViewContext } from '../view.js';

const LIMIT = 25;
const KEYS = ['speaker', 'text', 'since', 'until'] as const;

/** One quote: who, in what role, when, from where, and a link to the words in the article. */
export function quoteCard(q: QuoteRow): HTMLElement {
  const speaker = q.speaker ?? 'unknown speaker';
  const role = [q.role, q.country].filter(Boolean).join(', ');
  const source = q.title ?? q.publisher ?? q.source ?? `article ${q.doc.slice(0, 8)}`;
  const setting = [q.setting, q.outlet].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'quote-card', 'data-testid': 'quote-result', 'data-speaker': speaker },
    h(
      'div',
      { class: 'quote-head' },
      q.actor !== undefined
        ? h('a', { href: link.actor(q.actor), class: 'speaker' }, speaker)
        : h('span', { class: 'speaker' }, speaker),
      role && h('span', { class: 'muted' }, ` · ${role}`),
      h('span', { class: 'date' }, q.date ?? 'undated'),
    ),
    h('blockquote', {}, q.text),
    h(
      'div',
      { class: 'quote-foot muted' },
      `${q.kind} · ${q.cue ?? 'no cue'}${setting ? ` · ${setting}` : ''} · `,
      h('a', { href: link.doc(q.doc, q), 'data-testid': 'quote-source' }, `in ${source}`),
      q.canonical ? h('span', { class: 'badge' }, 'copy') : '',
    ),
  );
}

function results(page: Page<QuoteRow>, query: Record<string, string>): Child {
  if (page.rows.length === 0) return empty('No quotes match.');
  return [
    h('ol', { class: 'quote-list', 'data-testid': 'quote-results' }, page.rows.map(quoteCard)),
    pager(page.total, page.offset, page.rows.length, LIMIT, (offset) => link.quotes({ ...query, offset })),
  ];
}

function quoteForm(query: Record<string, string>): HTMLFormElement {
  return h(
    'form',
    {
      class: 'filters',
      'data-testid': 'quote-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = link.quotes(formValues(event.currentTarget as HTMLFormElement));
      },
    },
    field('Speaker', 'speaker', query.speaker ?? '', { placeholder: 'Putin, or an actor id' }),
    field('Words', 'text', query.text ?? '', { placeholder: 'wrench', 'data-testid': 'quote-text' }),
    field('Since', 'since', query.since ?? '', { type: 'date' }),
    field('Until', 'until', query.until ?? '', { type: 'date' }),
    h('button', { type: 'submit' }, 'Find quotes'),
  );
}

export function quotesView(params: URLSearchParams, ctx: ViewContext): View {
  const query = pick(params, KEYS);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = h('div', {});
  void fill(
    list,
    () => api.quotes({ ...query, limit: LIMIT, offset }, ctx.signal),
    (page) => results(page, query),
  );
  const el = h(
    'div',
    {},
    h('h1', {}, 'Quotes'),
    section('Find quotes', 'quote-search', quoteForm(query)),
    section('Results', 'quote-results-card', list),
  );
  return { el, title: 'Quotes · dateline' };
}
