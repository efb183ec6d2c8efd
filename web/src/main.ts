/**
 * The web explorer's entry: reads the hash route, shows its view in `<main>`, and on a new route
 * either lets the current view take it in place or replaces the view. Talks only to the HTTP API.
 */
import './styles/base.css';
import './styles/tables.css';
import './styles/results.css';
import './styles/article.css';
import './styles/charts.css';
import { h, replaceChildren } from './dom.js';
import type { Route } from './route.js';
import { link, parseRoute } from './route.js';
import type { View, ViewContext } from './view.js';
import { actorView } from './views/actor.js';
import { actorsView } from './views/actors.js';
import { articleView } from './views/article.js';
import { eventsView } from './views/events.js';
import { homeView } from './views/home.js';
import { quotesView } from './views/quotes.js';
import { articlesView, searchView } from './views/search.js';

function notFound(path: string): View {
  const el = h(
    'div',
    { 'data-testid': 'not-found' },
    h('h1', {}, 'Nothing here'),
    h('p', {}, `No page at ${path}. `, h('a', { href: link.home() }, 'Go home')),
  );
  return { el, title: 'Not found · dateline' };
}

function viewFor(route: Route, ctx: ViewContext): View {
  switch (route.name) {
    case 'home':
      return homeView(ctx);
    case 'search':
      return searchView(route.query, ctx);
    case 'articles':
      return articlesView(route.query, ctx);
    case 'doc':
      return articleView(route.id, route.span, ctx);
    case 'quotes':
      return quotesView(route.query, ctx);
    case 'events':
      return eventsView(route.query, ctx);
    case 'actors':
      return actorsView(route.query, ctx);
    case 'actor':
      return actorView(route.id, ctx);
    case 'not-found':
      return notFound(route.path);
  }
}

/** The nav link of the section a route belongs to. */
function section(route: Route): string {
  if (route.name === 'doc' || route.name === 'search') return 'articles';
  if (route.name === 'actor') return 'actors';
  return route.name;
}

function start(): void {
  const main = document.getElementById('app');
  if (!main) throw new Error('index.html has no #app');
  let current: { view: View; abort: AbortController } | undefined;

  const show = (): void => {
    const route = parseRoute(location.hash);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
      if (a.dataset.nav === section(route)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    if (current?.view.update?.(route)) return;
    current?.abort.abort();
    current?.view.destroy?.();
    const abort = new AbortController();
    const view = viewFor(route, { signal: abort.signal });
    current = { view, abort };
    document.title = view.title;
    replaceChildren(main, view.el);
    if (route.name !== 'doc' || !route.span) window.scrollTo(0, 0);
  };

  window.addEventListener('hashchange', show);
  show();
}

start();
