/**
 * The article view: the text with its marks, and the side panel. A new `span=` in the route moves
 * the highlight in place (no reload) and scrolls to it.
 */
import type { Document } from '../../../src/document/document.js';
import type { DocumentAnswer } from '../api.js';
import { api } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { renderMarked } from '../marks.js';
import type { Route, SpanRef } from '../route.js';
import { errorBox, isAbort, loading } from '../ui.js';
import type { View, ViewContext } from '../view.js';
import { documentMarks } from './article-marks.js';
import { articlePanel } from './article-panel.js';

function titleOf(doc: Document): string {
  const { meta } = doc;
  if (meta.title) return meta.title;
  const dl = meta.dateline;
  if (dl) return `${dl.place}${dl.date ? `, ${dl.date}` : ''}`;
  return `Article ${doc.id.slice(0, 8)}`;
}

function sameSpan(a: SpanRef | undefined, b: SpanRef | undefined): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

/** Marks the panel records that point at the highlighted span. */
function markCurrent(panel: HTMLElement, doc: Document, span: SpanRef | undefined): void {
  const current = span ? `#/doc/${encodeURIComponent(doc.id)}?span=${span.start}-${span.end}` : '';
  for (const a of panel.querySelectorAll<HTMLAnchorElement>('a.record')) {
    if (a.getAttribute('href') === current) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

export function articleView(id: string, initial: SpanRef | undefined, ctx: ViewContext): View {
  const heading = h('h1', {}, 'Article');
  const notice = h('div', { class: 'notice-slot' });
  const text = h('div', { class: 'article-text', 'data-testid': 'article-text' }, loading());
  const side = h('div', { class: 'article-side' });
  // On a phone the panel comes after the text; this takes the reader there (a link would change the route).
  const jump = h(
    'button',
    { type: 'button', class: 'jump', onclick: () => side.scrollIntoView({ block: 'start' }) },
    'People, quotes and events ↓',
  );
  const el = h(
    'div',
    { class: 'article-layout' },
    h('article', { class: 'article-main card' }, heading, jump, notice, text),
    side,
  );
  let answer: DocumentAnswer | undefined;
  let span = initial;

  const draw = (scroll: boolean): void => {
    if (!answer) return;
    const doc = answer.document;
    replaceChildren(text, renderMarked(doc.text, documentMarks(doc, span)));
    const outside = span !== undefined && span.end > doc.text.length;
    replaceChildren(
      notice,
      outside && h('p', { class: 'error' }, `The span ${span?.start}–${span?.end} is outside this article.`),
    );
    const panel = side.firstElementChild;
    if (panel instanceof HTMLElement) markCurrent(panel, doc, span);
    const target = text.querySelector<HTMLElement>('#highlight');
    if (scroll && target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  };

  // Choosing the record already highlighted changes no hash, so no route: scroll back to it here.
  side.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.record') : null;
    if (target && target.getAttribute('href') === location.hash) {
      event.preventDefault();
      draw(true);
    }
  });

  api.document(id, ctx.signal).then(
    (loaded) => {
      answer = loaded;
      replaceChildren(heading, titleOf(loaded.document));
      replaceChildren(side, articlePanel(loaded));
      document.title = `${titleOf(loaded.document)} · dateline`;
      draw(true);
    },
    (error: unknown) => {
      if (!isAbort(error)) replaceChildren(text, errorBox(error));
    },
  );

  return {
    el,
    title: 'Article',
    update: (route: Route) => {
      if (route.name !== 'doc' || route.id !== id) return false;
      if (!sameSpan(route.span, span)) {
        span = route.span;
        draw(true);
      }
      return true;
    },
  };
}
