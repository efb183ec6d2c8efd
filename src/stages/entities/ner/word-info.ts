/**
 * What the NER features need to know about one word form, independent of its context:
 * normalized form, lower case, shape, affix-ready strings, cluster path prefixes and token-list
 * categories. Computed once per distinct word and kept in a bounded cache per feature resources,
 * since news text repeats its words and recomputing regexes per token dominated tagging time.
 */
import type { CompiledGazetteers } from './gazetteer.js';

/** What word facts are looked up in (a model's gazetteers and clusters). */
export interface WordResources {
  gazetteer: CompiledGazetteers;
  /** word (lower case) → cluster path `a/b/c`, coarse to fine. */
  clusters: ReadonlyMap<string, string>;
  /** word (lower case) → cluster path from pre-trained word vectors (absent in older models). */
  vectorClusters?: ReadonlyMap<string, string>;
  /** word (lower case) → entity type its vector suggests, with a confidence band (`LOC2`). */
  vectorTypes?: ReadonlyMap<string, string>;
}

/** Facts about one word form that do not depend on its sentence. */
export interface WordInfo {
  /** The word as the features see it (see `normalizeWord`). */
  norm: string;
  lower: string;
  /** `lower` with every digit replaced by 0. */
  digitless: string;
  shape: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Starts with a lower-case letter. */
  startsLower: boolean;
  /** Has a letter; has a lower-case letter (for all-caps headline detection). */
  lettered: boolean;
  hasLower: boolean;
  /**
   * Cluster path prefixes, coarse to fine (`a`, `a/b`, `a/b/c`), then those of the vector clusters
   * marked `v` (`v3`, `v3/1`, …), then the vector type guess marked `e` (`eLOC2`); empty when
   * none is known.
   */
  clusterPrefixes: readonly string[];
  /** `tok:*` and `in:name:*` categories of the lower-case word. */
  tokenCategories: readonly string[];
}

const MAX_WORD = 40;
const NEEDS_NORMALIZING = /[‘’‚‛`´“”„‟—–‐‑\s]/;

/** A runtime token in the form the features see: straight quotes, bounded length, no newlines. */
export function normalizeWord(word: string): string {
  const w = word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
  if (!NEEDS_NORMALIZING.test(w)) return w;
  return w
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/—/g, '--')
    .replace(/[–‐‑]/g, '-')
    .replace(/\s/g, '_');
}

function charClass(ch: string): string {
  // ASCII by code (the same answers as the regexes give), the rest by Unicode class.
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
}

/** Collapsed character-class shape: `McDonald's` → `XxXx'x`. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
    if (out.length >= 12) break;
  }
  return out;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function prefixes(path: string | undefined, mark = ''): string[] {
  if (path === undefined) return [];
  const out: string[] = [];
  let prefix = mark;
  path.split('/').forEach((part, level) => {
    prefix = level === 0 ? `${mark}${part}` : `${prefix}/${part}`;
    out.push(prefix);
  });
  return out;
}

function clusterPrefixes(lower: string, resources: WordResources): string[] {
  const own = prefixes(resources.clusters.get(lower));
  const vector = resources.vectorClusters?.get(lower);
  const type = resources.vectorTypes?.get(lower);
  if (vector === undefined && type === undefined) return own;
  const [first, second] = type?.split(' ') ?? [];
  return [
    ...own,
    ...prefixes(vector, 'v'),
    ...(first === undefined ? [] : [`e${first}`]),
    ...(second === undefined ? [] : [`e2${second}`]),
  ];
}

const NO_CATEGORIES: readonly string[] = [];

/**
 * Word facts, uncached.
 * @example describeWord('Putin', resources).shape // 'Xx'
 */
export function describeWord(raw: string, resources: WordResources): WordInfo {
  const norm = normalizeWord(raw);
  const lower = norm.toLowerCase();
  return {
    norm,
    lower,
    digitless: lower.replace(/\d/g, '0'),
    shape: wordShape(norm),
    cap: isCapitalised(norm),
    startsLower: /^\p{Ll}/u.test(norm),
    lettered: /\p{L}/u.test(norm),
    hasLower: /\p{Ll}/u.test(norm),
    clusterPrefixes: clusterPrefixes(lower, resources),
    tokenCategories: resources.gazetteer.tokens.get(lower) ?? NO_CATEGORIES,
  };
}

/** Distinct words kept per resources before the cache starts over (bounds memory on long runs). */
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<WordResources, Map<string, WordInfo>>();

/**
 * Word facts for a raw token, cached per resources.
 * @example wordInfo('Putin', model.resources).lower // 'putin'
 */
export function wordInfo(raw: string, resources: WordResources): WordInfo {
  let cache = caches.get(resources);
  if (!cache) {
    cache = new Map();
    caches.set(resources, cache);
  }
  const known = cache.get(raw);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const info = describeWord(raw, resources);
  cache.set(raw, info);
  return info;
}
