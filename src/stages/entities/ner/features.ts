/**
 * Feature extraction for the NER tagger. Features use only the token strings (no POS or chunk
 * columns, which the runtime does not have): word identity, shape, affixes, a context window,
 * gazetteer matches, word clusters and document-level statistics. Features that depend on earlier
 * predictions live in `history.ts` and `decode.ts`.
 */
import { matchGazetteer } from './gazetteer.js';
import type { CompiledGazetteers } from './gazetteer.js';

/** What the static features look words up in. */
export interface FeatureResources {
  gazetteer: CompiledGazetteers;
  /** word (lower case) → cluster path `a/b/c`, coarse to fine. */
  clusters: ReadonlyMap<string, string>;
}

/** Document-level facts about word forms, gathered before tagging. */
export interface DocumentStats {
  /** Words seen capitalised somewhere other than at the start of a sentence. */
  capitalisedInside: ReadonlySet<string>;
  /** Words (lower case) seen written in lower case. */
  seenLower: ReadonlySet<string>;
}

const MAX_WORD = 40;

/** A runtime token in the form the features see: straight quotes, bounded length, no newlines. */
export function normalizeWord(word: string): string {
  const w = word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
  return w
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/—/g, '--')
    .replace(/[–‐‑]/g, '-')
    .replace(/\s/g, '_');
}

/** Collapsed character-class shape: `McDonald's` → `XxXx'x`. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
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

function digitless(lower: string): string {
  return lower.replace(/\d/g, '0');
}

function isAllCapsSentence(words: readonly string[]): boolean {
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  return lettered.length >= 3 && lettered.every((w) => !/\p{Ll}/u.test(w));
}

interface SentenceView {
  words: string[];
  lower: string[];
  shapes: string[];
  gaz: string[][];
  names: string[][];
  clusters: (string | undefined)[];
  headline: boolean;
}

function view(words: readonly string[], resources: FeatureResources): SentenceView {
  const norm = words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  return {
    words: norm,
    lower,
    shapes: norm.map(wordShape),
    gaz: matchGazetteer(resources.gazetteer.places, lower),
    names: matchGazetteer(resources.gazetteer.names, lower),
    clusters: lower.map((w) => resources.clusters.get(w)),
    headline: isAllCapsSentence(norm),
  };
}

function wordFeatures(v: SentenceView, i: number, out: string[]): void {
  const w = v.words[i] ?? '';
  const lw = v.lower[i] ?? '';
  const sh = v.shapes[i] ?? '';
  out.push('b', `w=${digitless(lw)}`, `W=${w}`, `sh=${sh}`, `shh=${sh}|${v.headline ? 1 : 0}`);
  for (let k = 1; k <= 5 && k < lw.length; k++) out.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
  if (i === 0) out.push(`first|${sh}`);
  if (w.includes('-')) out.push('hyph');
  if (/^\p{Lu}+$/u.test(w) && w.length <= 5) out.push('acr');
  if (/\p{Lu}.*\./u.test(w) && w.length <= 6) out.push('init');
}

function windowFeatures(v: SentenceView, i: number, out: string[]): void {
  const at = (k: number): string =>
    k < 0 ? '<s>' : k >= v.words.length ? '</s>' : digitless(v.lower[k] ?? '');
  const shapeAt = (k: number): string => (k < 0 ? '<s>' : k >= v.words.length ? '</s>' : (v.shapes[k] ?? ''));
  out.push(`w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`);
  out.push(`sh-1=${shapeAt(i - 1)}`, `sh+1=${shapeAt(i + 1)}`);
  out.push(`sh-1|0|+1=${shapeAt(i - 1)}|${shapeAt(i)}|${shapeAt(i + 1)}`);
  out.push(`w-1|0=${at(i - 1)}|${at(i)}`, `w0|+1=${at(i)}|${at(i + 1)}`);
  out.push(`w-1|sh0=${at(i - 1)}|${shapeAt(i)}`, `sh0|w+1=${shapeAt(i)}|${at(i + 1)}`);
  out.push(`W-1=${v.words[i - 1] ?? '<s>'}`, `W+1=${v.words[i + 1] ?? '</s>'}`);
  out.push(`s3-1=${(v.lower[i - 1] ?? '<s>').slice(-3)}`, `s3+1=${(v.lower[i + 1] ?? '</s>').slice(-3)}`);
}

function gazetteerFeatures(v: SentenceView, i: number, out: string[]): void {
  const cap = isCapitalised(v.words[i] ?? '') ? 'C' : 'c';
  for (const g of v.gaz[i] ?? []) out.push(`g=${g}`, `gc=${g}|${cap}`);
  for (const g of v.gaz[i - 1] ?? []) out.push(`g-1=${g}`);
  for (const g of v.gaz[i + 1] ?? []) out.push(`g+1=${g}`);
}

function nameFeatures(
  v: SentenceView,
  i: number,
  tokens: ReadonlyMap<string, string[]>,
  out: string[],
): void {
  const cap = isCapitalised(v.words[i] ?? '') ? 'C' : 'c';
  for (const g of v.names[i] ?? []) out.push(`n=${g}|${cap}`);
  for (const g of v.names[i - 1] ?? []) out.push(`n-1=${g}`);
  for (const g of v.names[i + 1] ?? []) out.push(`n+1=${g}`);
  for (const t of tokens.get(v.lower[i] ?? '') ?? []) out.push(`t=${t}|${cap}`);
}

function clusterFeatures(v: SentenceView, i: number, out: string[]): void {
  for (const [offset, name] of [
    [0, 'c'],
    [-1, 'c-1'],
    [1, 'c+1'],
  ] as const) {
    const path = v.clusters[i + offset];
    if (path === undefined) continue;
    let prefix = '';
    path.split('/').forEach((part, level) => {
      prefix = level === 0 ? part : `${prefix}/${part}`;
      out.push(`${name}:${level}=${prefix}`);
    });
  }
}

function documentFeatures(v: SentenceView, i: number, stats: DocumentStats, out: string[]): void {
  const w = v.words[i] ?? '';
  if (!isCapitalised(w)) return;
  const lw = v.lower[i] ?? '';
  if (stats.capitalisedInside.has(w)) out.push(i === 0 || v.headline ? 'dcap0' : 'dcap');
  if (stats.seenLower.has(lw)) out.push(i === 0 || v.headline ? 'dlow0' : 'dlow');
}

/**
 * Static features for every token of a sentence (everything that does not depend on predictions).
 * @example sentenceFeatures(['Putin', 'spoke'], resources)[0] // ['b', 'w=putin', 'W=Putin', …]
 */
export function sentenceFeatures(
  words: readonly string[],
  resources: FeatureResources,
  stats?: DocumentStats,
): string[][] {
  const v = view(words, resources);
  return v.words.map((_, i) => {
    const out: string[] = [];
    wordFeatures(v, i, out);
    windowFeatures(v, i, out);
    gazetteerFeatures(v, i, out);
    nameFeatures(v, i, resources.gazetteer.tokens, out);
    clusterFeatures(v, i, out);
    if (stats) documentFeatures(v, i, stats, out);
    return out;
  });
}

/** Document statistics over all sentences of one document. */
export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const capitalisedInside = new Set<string>();
  const seenLower = new Set<string>();
  for (const raw of sentences) {
    const words = raw.map(normalizeWord);
    const headline = isAllCapsSentence(words);
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) seenLower.add(w);
      else if (i > 0 && !headline && isCapitalised(w)) capitalisedInside.add(w);
    });
  }
  return { capitalisedInside, seenLower };
}
