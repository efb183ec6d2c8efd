/**
 * Gazetteer features: phrase lists by category (countries, demonyms, cities, titles, organization
 * words), matched longest-first over a sentence. The lists are built once at training time and
 * stored inside the model, so the features at run time match the ones the weights were trained on.
 */

/** Phrases (space-separated tokens, lower case) by category name. */
export type GazetteerLists = Record<string, readonly string[]>;

/** A compiled gazetteer: phrase → categories, and the longest phrase length in tokens. */
export interface Gazetteer {
  phrases: Map<string, string[]>;
  maxTokens: number;
}

const MAX_PHRASE_TOKENS = 6;

/** Compiles phrase lists into a lookup table. */
export function compileGazetteer(lists: GazetteerLists): Gazetteer {
  const phrases = new Map<string, string[]>();
  let maxTokens = 1;
  for (const [category, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      const tokens = entry.split(' ').filter((t) => t !== '');
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) continue;
      const key = tokens.join(' ');
      const cats = phrases.get(key) ?? [];
      if (!cats.includes(category)) cats.push(category);
      phrases.set(key, cats);
      maxTokens = Math.max(maxTokens, tokens.length);
    }
  }
  return { phrases, maxTokens };
}

/**
 * Per-token gazetteer tags: for each token, `B:cat`/`I:cat` for every category of the longest
 * phrase that covers it (leftmost-longest, non-overlapping).
 * @example matchGazetteer(g, ['in', 'new', 'york']) // [[], ['B:city'], ['I:city']]
 */
export function matchGazetteer(gazetteer: Gazetteer, lowerWords: readonly string[]): string[][] {
  const out: string[][] = lowerWords.map(() => []);
  let i = 0;
  while (i < lowerWords.length) {
    const found = longestAt(gazetteer, lowerWords, i);
    if (!found) {
      i++;
      continue;
    }
    for (let k = i; k < i + found.length; k++) {
      const slot = out[k];
      if (slot) for (const cat of found.categories) slot.push(`${k === i ? 'B' : 'I'}:${cat}`);
    }
    i += found.length;
  }
  return out;
}

function longestAt(
  gazetteer: Gazetteer,
  words: readonly string[],
  start: number,
): { length: number; categories: string[] } | undefined {
  const limit = Math.min(gazetteer.maxTokens, words.length - start);
  let key = '';
  let best: { length: number; categories: string[] } | undefined;
  for (let n = 1; n <= limit; n++) {
    key = n === 1 ? (words[start] ?? '') : `${key} ${words[start + n - 1] ?? ''}`;
    const cats = gazetteer.phrases.get(key);
    if (cats) best = { length: n, categories: cats };
  }
  return best;
}
