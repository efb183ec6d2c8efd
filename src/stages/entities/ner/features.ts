/**
 * Feature extraction for the NER tagger. Features use only the token strings (no POS or chunk
 * columns, which the runtime does not have): word identity, shape, affixes, a context window,
 * gazetteer matches, word clusters and document-level statistics. Features that depend on earlier
 * predictions live in `history.ts` and `decode.ts`.
 *
 * The features of a token come in groups: the word's own (`ownFeatures`), its position
 * (`placedFeatures`), what a neighbour contributes (`neighbourFeatures`), and the rest, which
 * depends on the whole sentence (`contextFeatures`). `sentenceFeatures` lists them all as strings
 * (for training); `compiled-table.ts` keeps the scores of the first three per word form and looks
 * the rest up by their parts (`FeatureSink`), which is how tagging stays fast while computing
 * exactly the same scores.
 */
import { contextGuesses, sentenceKey } from './context-net.js';
import type { ContextNet } from './context-net.js';
import { compileGazetteers, matchGazetteer } from './gazetteer.js';
import { wordInfo } from './word-info.js';
import type { WordInfo, WordResources } from './word-info.js';

export { normalizeWord, wordShape, isCapitalised } from './word-info.js';

/** What the static features look words up in. */
export interface FeatureResources extends WordResources {
  /** The window network whose guesses are features (absent in older models). */
  contextNet?: ContextNet;
  /**
   * Guesses to use instead of the network's for known sentences (by `sentenceKey`): in training,
   * those of a network that did not see the sentence.
   */
  contextGuesses?: ReadonlyMap<string, readonly string[]>;
}

/** Document-level facts about word forms, gathered before tagging. */
export interface DocumentStats {
  /** Words seen capitalised somewhere other than at the start of a sentence. */
  capitalisedInside: ReadonlySet<string>;
  /** Words (lower case) seen written in lower case. */
  seenLower: ReadonlySet<string>;
  /**
   * What kind of text the document is: `sport` (a sports story: a sports name in its first lines),
   * `table` (mostly rows of names and numbers), both (`sport+table`), or `news`. Where teams are
   * named after their cities ("Charleroi beat Ljubljana"), a place name is often an organization.
   */
  genre?: string;
}

/** A sentence as the features see it: word facts, gazetteer matches, all-caps headline or not. */
export interface SentenceView {
  words: WordInfo[];
  gaz: string[][];
  names: string[][];
  headline: boolean;
  /** The window network's guess per token (see `contextGuess`), when the model has a network. */
  guesses?: readonly string[];
}

/** The feature every token has. */
export const BIAS_FEATURE = 'b';

/** Window offsets whose features depend on one neighbouring word only. */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

function isAllCapsSentence(words: readonly WordInfo[]): boolean {
  let lettered = 0;
  for (const w of words) {
    if (!w.lettered) continue;
    if (w.hasLower) return false;
    lettered++;
  }
  return lettered >= 3;
}

/**
 * Word facts and gazetteer matches of one sentence.
 * @example sentenceView(['Putin', 'spoke'], resources).words[0]?.shape // 'Xx'
 */
export function sentenceView(words: readonly string[], resources: FeatureResources): SentenceView {
  const infos = words.map((w) => wordInfo(w, resources));
  const lower = infos.map((x) => x.lower);
  const net = resources.contextNet;
  const guesses =
    resources.contextGuesses?.get(sentenceKey(words)) ?? (net ? contextGuesses(net, infos) : undefined);
  return {
    words: infos,
    gaz: matchGazetteer(resources.gazetteer.places, lower),
    names: matchGazetteer(resources.gazetteer.names, lower),
    headline: isAllCapsSentence(infos),
    ...(guesses ? { guesses } : {}),
  };
}

/**
 * Receives a feature as a template and up to three parts; its name is the template followed by the
 * parts joined with `|` (`feature('w-1|0=', 'the', 'bank')` is `w-1|0=the|bank`). Giving the parts
 * apart lets the tagger look them up without building the name.
 */
export interface FeatureSink {
  feature(template: string, a?: string, b?: string, c?: string): void;
}

/**
 * The name of a feature given as template and parts (see `FeatureSink`).
 * @example featureName('w-1|0=', 'the', 'bank') // 'w-1|0=the|bank'
 */
export function featureName(template: string, a?: string, b?: string, c?: string): string {
  if (a === undefined) return template;
  if (b === undefined) return `${template}${a}`;
  return c === undefined ? `${template}${a}|${b}` : `${template}${a}|${b}|${c}`;
}

const PREFIX_TEMPLATES = ['p1=', 'p2=', 'p3=', 'p4=', 'p5='];
const SUFFIX_TEMPLATES = ['s1=', 's2=', 's3=', 's4=', 's5='];

// Cluster feature templates by window position and level (`c:0=`, `c-1:2=`, …), made once each.
const clusterTemplates = new Map<string, string[]>();

function clusterTemplate(position: string, level: number): string {
  let known = clusterTemplates.get(position);
  if (!known) {
    known = [];
    clusterTemplates.set(position, known);
  }
  return (known[level] ??= `c${position}:${level}=`);
}

/**
 * Features of the word itself, wherever it stands.
 * @example ownFeatures(wordInfo('Putin', res), sink) // w=putin, W=Putin, sh=Xx, p1=p, s1=n, …
 */
export function ownFeatures(x: WordInfo, sink: FeatureSink): void {
  const { norm: w, lower: lw } = x;
  sink.feature('w=', x.digitless);
  sink.feature('W=', w);
  sink.feature('sh=', x.shape);
  for (let k = 1; k <= 5 && k < lw.length; k++) {
    sink.feature(PREFIX_TEMPLATES[k - 1] ?? '', lw.slice(0, k));
    sink.feature(SUFFIX_TEMPLATES[k - 1] ?? '', lw.slice(-k));
  }
  if (w.includes('-')) sink.feature('hyph');
  if (/^\p{Lu}+$/u.test(w) && w.length <= 5) sink.feature('acr');
  if (/\p{Lu}.*\./u.test(w) && w.length <= 6) sink.feature('init');
  const cap = x.cap ? 'C' : 'c';
  for (const t of x.tokenCategories) sink.feature('t=', t, cap);
  x.clusterPrefixes.forEach((prefix, level) => sink.feature(clusterTemplate('', level), prefix));
}

/**
 * Features of the word's shape at the start of a sentence and in an all-caps headline.
 * @example placedFeatures(wordInfo('Putin', res), true, false, sink) // shh=Xx|0, first|Xx
 */
export function placedFeatures(x: WordInfo, first: boolean, headline: boolean, sink: FeatureSink): void {
  sink.feature('shh=', x.shape, headline ? '1' : '0');
  if (first) sink.feature('first|', x.shape);
}

/** Feature templates of the neighbour at each window offset. */
const NEIGHBOUR_TEMPLATES = new Map(
  NEIGHBOUR_OFFSETS.map((offset) => {
    const name = offset < 0 ? String(offset) : `+${offset}`;
    const t = { name, w: `w${name}=`, sh: `sh${name}=`, W: `W${name}=`, s3: `s3${name}=` };
    return [offset, t] as const;
  }),
);

/**
 * Features a token gets from the word `offset` places away (`undefined`: beyond the sentence).
 * @example neighbourFeatures(undefined, -2, sink) // w-2=<s>
 */
export function neighbourFeatures(x: WordInfo | undefined, offset: NeighbourOffset, sink: FeatureSink): void {
  const t = NEIGHBOUR_TEMPLATES.get(offset);
  if (!t) return;
  const edge = offset < 0 ? '<s>' : '</s>';
  sink.feature(t.w, x ? x.digitless : edge);
  if (offset === -2 || offset === 2) return;
  sink.feature(t.sh, x ? x.shape : edge);
  sink.feature(t.W, x ? x.norm : edge);
  sink.feature(t.s3, (x ? x.lower : edge).slice(-3));
  x?.clusterPrefixes.forEach((prefix, level) => sink.feature(clusterTemplate(t.name, level), prefix));
}

function digitlessAt(v: SentenceView, k: number): string {
  return k < 0 ? '<s>' : k >= v.words.length ? '</s>' : (v.words[k]?.digitless ?? '');
}

function shapeAt(v: SentenceView, k: number): string {
  return k < 0 ? '<s>' : k >= v.words.length ? '</s>' : (v.words[k]?.shape ?? '');
}

function pairFeatures(v: SentenceView, i: number, sink: FeatureSink): void {
  const w0 = digitlessAt(v, i - 1);
  const w1 = digitlessAt(v, i);
  const w2 = digitlessAt(v, i + 1);
  const s0 = shapeAt(v, i - 1);
  const s1 = shapeAt(v, i);
  const s2 = shapeAt(v, i + 1);
  sink.feature('sh-1|0|+1=', s0, s1, s2);
  sink.feature('w-1|0=', w0, w1);
  sink.feature('w0|+1=', w1, w2);
  sink.feature('w-1|sh0=', w0, s1);
  sink.feature('sh0|w+1=', s1, w2);
}

function gazetteerFeatures(v: SentenceView, i: number, cap: string, sink: FeatureSink): void {
  for (const g of v.gaz[i] ?? []) {
    sink.feature('g=', g);
    sink.feature('gc=', g, cap);
  }
  for (const g of v.gaz[i - 1] ?? []) sink.feature('g-1=', g);
  for (const g of v.gaz[i + 1] ?? []) sink.feature('g+1=', g);
  for (const g of v.names[i] ?? []) sink.feature('n=', g, cap);
  for (const g of v.names[i - 1] ?? []) sink.feature('n-1=', g);
  for (const g of v.names[i + 1] ?? []) sink.feature('n+1=', g);
}

/**
 * The window network's guess for the token, as a type with its confidence band and the runner-up
 * type (`PER2`, `ORG1 LOC`). Its B-/I- parts and its guesses for the neighbours made the tagger
 * join names across "and" and lose more names on recent news, for a smaller gain on CoNLL.
 */
function networkFeatures(v: SentenceView, i: number, sink: FeatureSink): void {
  const g = v.guesses;
  if (!g) return;
  const [best, second] = (g[i] ?? '').split(' ');
  sink.feature('nn=', typeOnly(best));
  if (second !== undefined) sink.feature('nn2=', typeOnly(second));
}

/** A guess without its B-/I- part (`B-PER2` → `PER2`). */
function typeOnly(label: string | undefined): string {
  return (label ?? '').replace(/^[BI]-/u, '');
}

function documentFeatures(v: SentenceView, i: number, stats: DocumentStats, sink: FeatureSink): void {
  const x = v.words[i];
  if (!x?.cap) return;
  const genre = stats.genre ?? 'news';
  sink.feature('dg|sh=', genre, x.shape);
  for (const g of v.gaz[i] ?? []) sink.feature('dg|g=', genre, g);
  for (const p of x.clusterPrefixes) if (p.startsWith('e')) sink.feature('dg|e=', genre, p);
  if (stats.capitalisedInside.has(x.norm)) sink.feature(i === 0 || v.headline ? 'dcap0' : 'dcap');
  if (stats.seenLower.has(x.lower)) sink.feature(i === 0 || v.headline ? 'dlow0' : 'dlow');
}

/**
 * Features of token `i` that depend on more than one word: window pairs, gazetteers, document.
 * @example contextFeatures(view, 0, stats, { feature: (t, a, b, c) => out.push(featureName(t, a, b, c)) })
 */
export function contextFeatures(
  v: SentenceView,
  i: number,
  stats: DocumentStats | undefined,
  sink: FeatureSink,
): void {
  pairFeatures(v, i, sink);
  gazetteerFeatures(v, i, v.words[i]?.cap ? 'C' : 'c', sink);
  networkFeatures(v, i, sink);
  if (stats) documentFeatures(v, i, stats, sink);
}

/**
 * Every static feature of token `i` of a sentence view.
 * @example tokenFeatures(sentenceView(['Putin'], res), 0)[0] // 'b'
 */
export function tokenFeatures(v: SentenceView, i: number, stats?: DocumentStats): string[] {
  const x = v.words[i];
  if (!x) return [];
  const out = [BIAS_FEATURE];
  const sink: FeatureSink = { feature: (t, a, b, c) => out.push(featureName(t, a, b, c)) };
  ownFeatures(x, sink);
  placedFeatures(x, i === 0, v.headline, sink);
  for (const offset of NEIGHBOUR_OFFSETS) neighbourFeatures(v.words[i + offset], offset, sink);
  contextFeatures(v, i, stats, sink);
  return out;
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
  const v = sentenceView(words, resources);
  return v.words.map((_, i) => tokenFeatures(v, i, stats));
}

/**
 * Previous-label features of a token (first-order transitions), `<s>` before the first token.
 * @example transitionFeatures('B-PER', 'putin', 'Xx') // ['p1=B-PER', 'p1w=B-PER|putin', 'p1sh=B-PER|Xx']
 */
export function transitionFeatures(prev: string, lower: string, shape: string): string[] {
  return [`p1=${prev}`, `p1w=${prev}|${lower}`, `p1sh=${prev}|${shape}`];
}

// Document statistics need no gazetteer or clusters; their words are cached here when no model is given.
const NO_RESOURCES: FeatureResources = { gazetteer: compileGazetteers({}), clusters: new Map() };

/** Document statistics over all sentences of one document. */
export function documentStats(
  sentences: readonly (readonly string[])[],
  resources?: FeatureResources,
): DocumentStats {
  const capitalisedInside = new Set<string>();
  const seenLower = new Set<string>();
  let rows = 0;
  for (const raw of sentences) {
    const words = raw.map((w) => wordInfo(w, resources ?? NO_RESOURCES));
    const headline = isAllCapsSentence(words);
    words.forEach((w, i) => {
      if (w.startsLower) seenLower.add(w.norm);
      else if (i > 0 && !headline && w.cap) capitalisedInside.add(w.norm);
    });
    if (isTableRow(words)) rows++;
  }
  const sport = sentences.slice(0, 3).some((s) => s.some((w) => SPORT_WORDS.has(w.toLowerCase())));
  const table = sentences.length >= 4 && rows / sentences.length >= 0.4;
  const genre = sport ? (table ? 'sport+table' : 'sport') : table ? 'table' : 'news';
  return { capitalisedInside, seenLower, genre };
}

const SPORT_WORDS = new Set(
  'soccer football cricket tennis golf rugby basketball baseball hockey cycling athletics boxing motor-racing motorcycling skiing swimming squash badminton volleyball handball snooker rowing sailing nfl nba nhl mlb fifa uefa olympic olympics league cup championship'.split(
    ' ',
  ),
);

/** A sentence of names and numbers without running text: a results table row ("Ajax 3 PSV 1"). */
function isTableRow(words: readonly WordInfo[]): boolean {
  let numbers = 0;
  let lower = 0;
  for (const w of words) {
    if (/^[\d.,:/-]+$/u.test(w.norm) && /\d/u.test(w.norm)) numbers++;
    else if (w.startsLower) lower++;
  }
  return numbers >= 2 && lower <= 1;
}
