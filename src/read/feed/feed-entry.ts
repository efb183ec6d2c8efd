/** What the feed parsers agree on: a feed's own details and its items, before they become Articles. */
import type { Message } from '../../document/messages.js';
import type { FeedContent } from './feed-text.js';

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedEntry {
  readonly title?: string;
  /** Absolute when the feed gives enough to resolve it. */
  readonly link?: string;
  /** guid, Atom id, JSON Feed id. */
  readonly id?: string;
  /** The date as written. */
  readonly date?: string;
  readonly authors: readonly string[];
  readonly content?: FeedContent;
  readonly language?: string;
}

export interface ParsedFeed {
  readonly kind: FeedKind;
  readonly title?: string;
  readonly language?: string;
  readonly entries: readonly FeedEntry[];
  /** Problems with the feed as a whole (an encoding fallback); every item carries them. */
  readonly messages: readonly Message[];
}

/** Resolves a possibly relative link against `base`; kept as written when it cannot be. */
export function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
