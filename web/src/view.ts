/** What a page of the explorer is: its element, and optionally how it takes a new route in place. */
import type { Route } from './route.js';

export interface View {
  readonly el: HTMLElement;
  /** The page's title, for `document.title`. */
  readonly title: string;
  /** Takes a new route without re-rendering (the article view moving its highlight); true if taken. */
  readonly update?: (route: Route) => boolean;
  /** Called when the page is left (charts release their resources). */
  readonly destroy?: () => void;
}

/** Everything a view gets: the route and a signal aborted when the page is left. */
export interface ViewContext {
  readonly signal: AbortSignal;
}
