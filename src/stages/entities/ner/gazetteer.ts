/**
 * Gazetteer features: phrase lists by category (countries, demonyms, cities, titles, organization
 * words), matched longest-first over a sentence. The lists are built once at training time and
 * stored inside the model, so the features at run time match the ones the weights were trained on.
 * Categories named `name:*` (person/organization/place names) form a second gazetteer matched
 * on its own, so long name matches do not hide the geographic ones; their tokens, and the
 * single-word lists named `tok:*` (first names, last names), also give token-in-list features.
 */

/** Phrases (space-separated tokens, lower case) by category name. */
export type GazetteerLists = Record<string, readonly string[]>;

/** A compiled gazetteer: phrase → categories, and the longest phrase length in tokens. */
export interface Gazetteer {
  phrases: Map<string, string[]>;
  maxTokens: number;
  /** The first 1…n-1 tokens of every phrase of n tokens, so matching stops where no phrase goes on. */
  prefixes: Set<string>;
  /** `B:category` and `I:category` of each category, made once. */
  tags: Map<string, readonly [string, string]>;
}

const MAX_PHRASE_TOKENS = 6;

/** The compiled lists a model's features look words up in. */
export interface CompiledGazetteers {
  places: Gazetteer;
  names: Gazetteer;
  /** lower-case token → `tok:*` categories and `name:*` categories it occurs in. */
  tokens: Map<string, string[]>;
}

function addCategory(map: Map<string, string[]>, key: string, category: string): void {
  const cats = map.get(key) ?? [];
  if (!cats.includes(category)) cats.push(category);
  map.set(key, cats);
}

function tokenLists(lists: GazetteerLists): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  for (const [category, entries] of Object.entries(lists)) {
    const isName = category.startsWith('name:');
    if (!isName && !category.startsWith('tok:')) continue;
    for (const entry of entries) {
      for (const t of entry.split(' '))
        if (t.length > 1) addCategory(tokens, t, isName ? `in:${category}` : category);
    }
  }
  return tokens;
}

/**
 * Compiles all lists of a model: place/word lists, name lists and token lists.
 * @example compileGazetteers({ country: ['france'], 'name:per': ['jacques chirac'] }).tokens.get('chirac') // ['in:name:per']
 */
export function compileGazetteers(lists: GazetteerLists): CompiledGazetteers {
  const pick = (names: boolean): GazetteerLists =>
    Object.fromEntries(
      Object.entries(lists).filter(([c]) => c.startsWith('name:') === names && !c.startsWith('tok:')),
    );
  return {
    places: compileGazetteer(pick(false)),
    names: compileGazetteer(pick(true)),
    tokens: tokenLists(lists),
  };
}

/** Compiles phrase lists into a lookup table. */
export function compileGazetteer(lists: GazetteerLists): Gazetteer {
  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [category, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      const tokens = entry.split(' ').filter((t) => t !== '');
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) continue;
      addCategory(phrases, tokens.join(' '), category);
      let prefix = tokens[0] ?? '';
      for (let n = 1; n < tokens.length; n++) {
        prefixes.add(prefix);
        prefix = `${prefix} ${tokens[n] ?? ''}`;
      }
      maxTokens = Math.max(maxTokens, tokens.length);
    }
  }
  const tags = new Map<string, readonly [string, string]>();
  for (const category of Object.keys(lists)) tags.set(category, [`B:${category}`, `I:${category}`]);
  return { phrases, maxTokens, prefixes, tags };
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
      if (!slot) continue;
      for (const cat of found.categories) {
        const tags = gazetteer.tags.get(cat);
        slot.push(tags ? tags[k === i ? 0 : 1] : `${k === i ? 'B' : 'I'}:${cat}`);
      }
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
    if (!gazetteer.prefixes.has(key)) break;
  }
  return best;
}
