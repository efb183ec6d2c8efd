/**
 * Byline strings → author names: `By Jane Roe and John Doe, Reuters` → ["Jane Roe", "John Doe"].
 * Author fields also hold profile URLs, e-mail addresses and dates; those are not names.
 */
import type { HtmlDocument } from './dom.js';

const LEAD =
  /^(?:(?:written|posted|reported|story|text|words)\s+)?(?:by|from|von|par|por|di|door|av)\s*[:\s]\s*/iu;
const NOT_A_NAME =
  /^(?:https?:|www\.)|@|^\d|^(?:staff|admin|editor|reporter|correspondent|undefined|null)$/iu;
const MAX_NAME_CHARS = 80;

/** Author names in one byline string, cleaned and split; order kept, duplicates dropped. */
export function splitByline(raw: string): string[] {
  const s = raw.replace(/\s+/gu, ' ').trim().replace(LEAD, '');
  const parts = s.split(/\s*(?:,|;|\||\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u).map((p) =>
    p
      .replace(LEAD, '')
      .replace(/^[\s\-–—:·•]+|[\s\-–—:·•.]+$/gu, '')
      .trim(),
  );
  return unique(parts.filter((p) => p.length > 1 && p.length <= MAX_NAME_CHARS && !NOT_A_NAME.test(p)));
}

/** Names from several byline strings, merged without duplicates (case-insensitive). */
export function mergeBylines(raws: readonly string[]): string[] {
  return unique(raws.flatMap(splitByline));
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], [class~="byline"], [class~="author"], [class~="author-name"], [class~="byline-name"]';
const MAX_BYLINE_CHARS = 100;

/** The byline the page shows in its markup (an author link, a `.byline`), read before clean-up removes it. */
export function domByline(doc: HtmlDocument): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 20)) {
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length > 1 && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return undefined;
}
