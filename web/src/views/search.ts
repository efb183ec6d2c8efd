/** Article search (`#/search?q=`) and the article list (`#/articles?story=`), with paging. */
import type { ArticleHit, DocumentSummary, Page } from '../api.js';
import { api } from '../api.js';
import type { Child } from '../dom.js';
import { h } from '../dom.js';
import { link } from '../route.js';
import { empty, fill, pager, plural, section } from '../ui.js';
import type { View, ViewContext } from '../view.js';

const LIMIT = 20;

/** The search box; submitting goes to `#/search?q=`. */
export function searchForm(q: string): HTMLFormElement {
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'words in articles, e.g. ceasefire',
    'aria-label': 'Search articles',
    'data-testid': 'search-input',
  });
  return h(
    'form',
    {
      class: 'search-form',
      role: 'search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (input.value.trim() !== '') location.hash = link.search(input.value.trim());
      },
    },
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
}

/** A search snippet: the words the store put in `[brackets]` become <mark>s, the rest text. */
export function snippet(text: string): HTMLElement {
  const out: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^\]\n]{1,200})\]/gu)) {
    out.push(text.slice(last, match.index), h('mark', {}, match[1] ?? ''));
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return h('p', { class: 'snippet' }, out);
}

/** An article's title, else its dateline place and day, else its id. */
export function summaryTitle(d: DocumentSummary): string {
  if (d.title) return d.title;
  const made = [d.place, d.date].filter(Boolean).join(', ');
  return made || `Article ${d.id.slice(0, 8)}`;
}

function summaryLine(d: DocumentSummary): Child {
  const source = d.publisher ?? (d.agencies.length > 0 ? d.agencies.join(' ← ') : undefined);
  const where = [d.title ? d.place : undefined, d.title ? d.date : undefined, source];
  const counts = `${plural(d.quotes, 'quote')} · ${plural(d.events, 'event')}`;
  return [
    h('a', { href: link.doc(d.id), class: 'doc-title', 'data-testid': 'article-link' }, summaryTitle(d)),
    h('span', { class: 'muted' }, ` · ${[...where.filter(Boolean), counts].join(' · ')}`),
    d.canonical ? h('span', { class: 'badge' }, 'copy') : '',
  ];
}

export function articleList(rows: readonly DocumentSummary[]): HTMLElement {
  if (rows.length === 0) return empty('No articles.');
  return h(
    'ul',
    { class: 'records' },
    rows.map((d) => h('li', {}, summaryLine(d))),
  );
}

function hits(page: Page<ArticleHit>, q: string): Child {
  if (page.rows.length === 0) return empty(`No article contains “${q}”.`);
  return [
    h(
      'ul',
      { class: 'records', 'data-testid': 'search-results' },
      page.rows.map((hit) =>
        h('li', { 'data-testid': 'search-hit' }, summaryLine(hit), snippet(hit.snippet)),
      ),
    ),
    pager(page.total, page.offset, page.rows.length, LIMIT, (offset) => link.search(q, offset)),
  ];
}

export function searchView(query: URLSearchParams, ctx: ViewContext): View {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const results = h('div', {});
  if (q.trim() !== '') {
    void fill(
      results,
      () => api.search({ q, limit: LIMIT, offset }, ctx.signal),
      (page) => hits(page, q),
    );
  }
  const el = h(
    'div',
    {},
    h('h1', {}, 'Search articles'),
    section('Search', 'search', searchForm(q), results),
  );
  return { el, title: q ? `“${q}” · dateline` : 'Search · dateline' };
}

export function articlesView(query: URLSearchParams, ctx: ViewContext): View {
  const story = query.get('story') ?? undefined;
  const offset = Number(query.get('offset') ?? 0) || 0;
  const list = h('div', {});
  void fill(
    list,
    () => api.documents({ story, limit: LIMIT, offset }, ctx.signal),
    (page) => [
      articleList(page.rows),
      pager(page.total, page.offset, page.rows.length, LIMIT, (o) => link.articles({ story, offset: o })),
    ],
  );
  const title = story ? `Articles of story ${story}` : 'Articles';
  const el = h('div', {}, h('h1', {}, title), section('Newest first', 'articles', list));
  return { el, title: `${title} · dateline` };
}
