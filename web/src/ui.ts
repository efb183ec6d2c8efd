/** Small widgets the views share: sections, loading and error boxes, pagers, form fields. */
import { ApiError } from './api.js';
import type { Child } from './dom.js';
import { h, replaceChildren } from './dom.js';

export function section(title: string, testid: string, ...children: readonly Child[]): HTMLElement {
  return h('section', { class: 'card', 'data-testid': testid }, h('h2', {}, title), ...children);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, 'Loading…');
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

export function errorBox(error: unknown): HTMLElement {
  const [code, message] =
    error instanceof ApiError
      ? [error.code, error.message]
      : ['E_CLIENT', error instanceof Error ? error.message : String(error)];
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-testid': 'error' },
    h('strong', {}, code),
    ' ',
    message,
  );
}

/** True for the error a fetch throws when its view was left before it answered. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Fills `slot` with a loading note, then with what `render` makes of the data, or an error box.
 * A load cancelled because the view was left leaves the slot alone.
 */
export async function fill<T>(
  slot: HTMLElement,
  load: () => Promise<T>,
  render: (data: T) => Child,
): Promise<void> {
  replaceChildren(slot, loading());
  try {
    const data = await load();
    replaceChildren(slot, render(data));
  } catch (error) {
    if (!isAbort(error)) replaceChildren(slot, errorBox(error));
  }
}

/** "21–40 of 93" with previous/next links built by `href(offset)`. */
export function pager(
  total: number,
  offset: number,
  count: number,
  limit: number,
  href: (offset: number) => string,
): HTMLElement {
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + count;
  const prev = offset > 0 ? h('a', { href: href(Math.max(0, offset - limit)) }, '← Previous') : null;
  const next = last < total ? h('a', { href: href(offset + limit), rel: 'next' }, 'Next →') : null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    prev,
    h('span', {}, `${first}–${last} of ${total}`),
    next,
  );
}

/** A labelled input. */
export function field(
  label: string,
  name: string,
  value: string,
  attrs: Readonly<Record<string, string>> = {},
): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', {}, label),
    h('input', { name, value, type: 'text', ...attrs }),
  );
}

/** A labelled select; the first option is "any". */
export function choice(label: string, name: string, value: string, options: readonly string[]): HTMLElement {
  const select = h(
    'select',
    { name },
    h('option', { value: '' }, 'any'),
    options.map((o) => h('option', { value: o, selected: o === value }, o.toLowerCase())),
  );
  return h('label', { class: 'field' }, h('span', {}, label), select);
}

/** The non-empty values of a form, for a route query. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

/** Text cut to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/** "1 quote", "2 quotes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A small labelled number. */
export function stat(label: string, value: number | string, testid?: string): HTMLElement {
  return h(
    'div',
    { class: 'stat', 'data-testid': testid },
    h('span', { class: 'stat-value' }, value),
    h('span', { class: 'stat-label' }, label),
  );
}

/**
 * A table; with the `stack` layout each row becomes a card on narrow screens, the column names
 * beside the values (`data-label`, see styles/tables.css). Anything still too wide scrolls inside its box.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
  testid: string,
  layout: 'stack' | 'grid' = 'stack',
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { 'data-testid': testid, class: layout === 'stack' ? 'stack' : undefined },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((cells) =>
          h(
            'tr',
            {},
            cells.map((c, i) =>
              h(
                'td',
                { 'data-label': headers[i] ?? '', class: c === '' || c === undefined ? 'blank' : undefined },
                h('span', { class: 'cell' }, c),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
