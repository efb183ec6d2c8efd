/**
 * Wire-text quirks that trip a general tokenizer, fixed by inserting a space in a normalized copy
 * (the offset map keeps every token's offsets in the original): curly quotes glued to words
 * (`said,“many points”`), dashes glued to quotes (`”– NNN`), and a hyphen gluing a word to an
 * abbreviation (`Russia-U.S.`, which would otherwise end a sentence after "U.").
 */

export interface QuirkRule {
  readonly id: string;
  readonly reason: string;
  /** Matches the empty position where a space is inserted. */
  readonly at: RegExp;
}

export const QUIRK_RULES: readonly QuirkRule[] = [
  {
    id: 'quirk/glued-open-quote',
    reason: 'An opening quote glued to the word or comma before it: said,“many',
    at: /(?<=[\p{L}\p{N},;:.!?)\]])(?=[“«‘„])/gu,
  },
  {
    id: 'quirk/glued-straight-open-quote',
    reason: 'A straight quote glued to a comma or colon before a word: said,"many',
    at: /(?<=[,:])(?="\p{L})/gu,
  },
  {
    id: 'quirk/glued-close-quote',
    reason: 'A closing quote glued to the word after it: ”had',
    at: /(?<=[”»])(?=[\p{L}\p{N}])/gu,
  },
  {
    id: 'quirk/glued-dash',
    reason: 'A dash glued to closing punctuation: resistance.”– NNN',
    at: /(?<=[”"’.!?])(?=[–—])/gu,
  },
  {
    id: 'quirk/hyphen-before-initialism',
    reason: 'A hyphen joining a word to an initialism: Russia-U.S. (split around the hyphen)',
    at: /(?<=\p{L})(?=-(?:\p{Lu}\.){2,})|(?<=\p{L}-)(?=(?:\p{Lu}\.){2,})/gu,
  },
];

/** Positions (sorted, unique) where the quirk rules insert a space. */
export function quirkInsertions(text: string): number[] {
  const positions = new Set<number>();
  for (const rule of QUIRK_RULES) {
    rule.at.lastIndex = 0;
    for (const m of text.matchAll(rule.at)) positions.add(m.index);
  }
  return [...positions].sort((a, b) => a - b);
}
