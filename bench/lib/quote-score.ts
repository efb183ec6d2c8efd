/**
 * Quote attribution scoring, pure (no file I/O): word tokens, the speech-verb subset, content-token
 * P/R/F1, Gender Gap Tracker-style one-to-one matching (a prediction covers ≥ 30 % or ≥ 80 % of a
 * gold content's tokens) and speaker accuracy on matched pairs. Used by `bench/quotes.ts`.
 */
import type { Document, QuoteKind } from '../../src/document/document.js';
import type { Span } from '../../src/document/span.js';

/** A gold attribution: content pieces, and the source pieces and cue text when annotated. */
export interface GoldAttribution {
  readonly id: string;
  readonly content: readonly Span[];
  readonly source?: readonly Span[];
  readonly cue?: string;
}

/** A predicted quote reduced to what is scored. */
export interface PredictedQuote {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly rule: string;
  readonly content: readonly Span[];
  /** The text of the cue span; absent for a floating continuation of an earlier quote. */
  readonly cue?: string;
  readonly speaker?: Span;
  /** Mentions of the speaker's entity: any of them overlapping the gold source makes the speaker right. */
  readonly speakerMentions: readonly Span[];
}

export type SubsetName = 'speech-verb' | 'all';
export const SUBSETS: readonly SubsetName[] = ['speech-verb', 'all'];

export const LENIENT = 0.3;
export const STRICT = 0.8;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** Word tokens of a text (punctuation and quote marks excluded). Example: `tokenize('“Hi,” she said')` → 3 spans. */
export function tokenize(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Indices of the tokens lying wholly inside any of the spans. */
export function tokensIn(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i]?.end ?? Infinity) <= span.end; i++) out.add(i);
  }
  return out;
}

/** The verb list: one form a line, lower-cased; blank lines and `#` comments skipped. */
export function parseVerbList(text: string): Set<string> {
  const forms = text.split(/\r?\n/).map((line) => line.trim().toLowerCase());
  return new Set(forms.filter((f) => f !== '' && !f.startsWith('#')));
}

/** True when a cue has a speech verb as a whole word, or says "according to". Example: "said in a statement". */
export function isSpeechCue(cue: string, verbs: ReadonlySet<string>): boolean {
  const words = (cue.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
  return words.some((w, i) => verbs.has(w) || (w === 'according' && words[i + 1] === 'to'));
}

export function goldInSubset(gold: GoldAttribution, subset: SubsetName, verbs: ReadonlySet<string>): boolean {
  return subset === 'all' || (gold.cue !== undefined && isSpeechCue(gold.cue, verbs));
}

/** A prediction with no cue is a continuation of an earlier quote and counts as speech. */
export function predictionInSubset(
  pred: PredictedQuote,
  subset: SubsetName,
  verbs: ReadonlySet<string>,
): boolean {
  return subset === 'all' || pred.cue === undefined || isSpeechCue(pred.cue, verbs);
}

/**
 * The quotes layer of an analysed document as predictions; no layer means no predictions. A
 * floating quotation (`continues`) is merged into the quote it continues, as PolNeAR annotates a
 * speaker's quotation running over several sentences or paragraphs as one attribution.
 */
export function predictionsFromDocument(doc: Pick<Document, 'text' | 'layers'>): PredictedQuote[] {
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const quotes = doc.layers.quotes ?? [];
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const head = (id: string): string => {
    let at = byId.get(id);
    for (let hops = 0; at?.continues !== undefined && hops < quotes.length; hops++)
      at = byId.get(at.continues);
    return at?.id ?? id;
  };
  const extra = new Map<string, Span[]>();
  for (const q of quotes) {
    if (q.continues === undefined) continue;
    const root = head(q.id);
    extra.set(root, [...(extra.get(root) ?? []), ...(q.parts ?? [{ start: q.start, end: q.end }])]);
  }
  return quotes
    .filter((q) => q.continues === undefined)
    .map((q) => {
      const s = q.speaker;
      const entityIds =
        s?.entity !== undefined ? [s.entity] : (mentions.get(s?.mention ?? '')?.entities ?? []);
      const speakerMentions = entityIds
        .flatMap((id) => entities.get(id)?.mentions ?? [])
        .flatMap((id) => mentions.get(id) ?? []);
      return {
        id: q.id,
        kind: q.kind,
        rule: q.rule,
        content: [...(q.parts ?? [{ start: q.start, end: q.end }]), ...(extra.get(q.id) ?? [])],
        ...(q.cue ? { cue: doc.text.slice(q.cue.start, q.cue.end) } : {}),
        ...(s ? { speaker: { start: s.start, end: s.end } } : {}),
        speakerMentions,
      };
    });
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Right when the speaker span, or a mention of the speaker's entity, shares a character with the source. */
export function speakerCorrect(pred: PredictedQuote, source: readonly Span[]): boolean {
  const candidates = pred.speaker ? [pred.speaker, ...pred.speakerMentions] : pred.speakerMentions;
  return candidates.some((c) => source.some((s) => overlaps(c, s)));
}

export interface Pair {
  readonly pred: number;
  readonly gold: number;
  /** Gold content tokens the prediction covers. */
  readonly overlap: number;
}

/**
 * One-to-one matching: a pair qualifies when the prediction covers at least `threshold` of the gold
 * content's tokens; pairs are taken greedily, largest overlap first (ties: text order).
 */
export function matchQuotes(
  predTokens: readonly ReadonlySet<number>[],
  goldTokens: readonly ReadonlySet<number>[],
  threshold: number,
): Pair[] {
  const candidates: Pair[] = [];
  predTokens.forEach((p, pred) => {
    goldTokens.forEach((g, gold) => {
      let overlap = 0;
      for (const t of g) if (p.has(t)) overlap++;
      if (g.size > 0 && overlap > 0 && overlap >= threshold * g.size)
        candidates.push({ pred, gold, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    pairs.push(c);
  }
  return pairs;
}

/** Counts for one subset, summed over documents. */
export interface Counts {
  gold: number;
  pred: number;
  tokenGold: number;
  tokenPred: number;
  tokenBoth: number;
  lenientPred: number;
  lenientGold: number;
  strictPred: number;
  strictGold: number;
  speakerPairs: number;
  speakerRight: number;
  kinds: Record<QuoteKind, { pred: number; matched: number }>;
}

export function emptyCounts(): Counts {
  return {
    ...{ gold: 0, pred: 0, tokenGold: 0, tokenPred: 0, tokenBoth: 0 },
    ...{ lenientPred: 0, lenientGold: 0, strictPred: 0, strictGold: 0, speakerPairs: 0, speakerRight: 0 },
    kinds: {
      direct: { pred: 0, matched: 0 },
      mixed: { pred: 0, matched: 0 },
      indirect: { pred: 0, matched: 0 },
    },
  };
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(from) as (keyof Counts)[]) {
    if (key !== 'kinds') into[key] += from[key];
  }
  for (const kind of Object.keys(from.kinds) as QuoteKind[]) {
    into.kinds[kind].pred += from.kinds[kind].pred;
    into.kinds[kind].matched += from.kinds[kind].matched;
  }
}

/** One document's score: counts per subset, and the lenient pairs for error listings. */
export interface DocumentScore {
  readonly counts: Record<SubsetName, Counts>;
  readonly lenient: readonly Pair[];
  /** Golds kept (content with at least one word token), in input order. */
  readonly golds: readonly GoldAttribution[];
}

/** Scores one document's predictions against its gold attributions (those without word content are ignored). */
export function scoreDocument(
  text: string,
  allGolds: readonly GoldAttribution[],
  preds: readonly PredictedQuote[],
  verbs: ReadonlySet<string>,
): DocumentScore {
  const tokens = tokenize(text);
  const goldSets = allGolds.map((g) => tokensIn(tokens, g.content));
  const golds = allGolds.filter((_, i) => (goldSets[i]?.size ?? 0) > 0);
  const goldTokens = goldSets.filter((s) => s.size > 0);
  const predTokens = preds.map((p) => tokensIn(tokens, p.content));
  const lenient = matchQuotes(predTokens, goldTokens, LENIENT);
  const strict = matchQuotes(predTokens, goldTokens, STRICT);
  const scored: Scored = { golds, preds, goldTokens, predTokens, lenient, strict };
  const counts = {
    'speech-verb': subsetCounts(scored, 'speech-verb', verbs),
    all: subsetCounts(scored, 'all', verbs),
  };
  return { counts, lenient, golds };
}

interface Scored {
  readonly golds: readonly GoldAttribution[];
  readonly preds: readonly PredictedQuote[];
  readonly goldTokens: readonly ReadonlySet<number>[];
  readonly predTokens: readonly ReadonlySet<number>[];
  readonly lenient: readonly Pair[];
  readonly strict: readonly Pair[];
}

function subsetCounts(s: Scored, subset: SubsetName, verbs: ReadonlySet<string>): Counts {
  const inGold = s.golds.map((g) => goldInSubset(g, subset, verbs));
  const inPred = s.preds.map((p) => predictionInSubset(p, subset, verbs));
  const c = emptyCounts();
  c.gold = inGold.filter(Boolean).length;
  c.pred = inPred.filter(Boolean).length;
  addTokenCounts(c, union(s.predTokens, inPred), union(s.goldTokens, inGold));
  c.lenientPred = s.lenient.filter((p) => inPred[p.pred]).length;
  c.lenientGold = s.lenient.filter((p) => inGold[p.gold]).length;
  c.strictPred = s.strict.filter((p) => inPred[p.pred]).length;
  c.strictGold = s.strict.filter((p) => inGold[p.gold]).length;
  for (const p of s.lenient) {
    const source = s.golds[p.gold]?.source;
    const pred = s.preds[p.pred];
    if (!inGold[p.gold] || !source || !pred) continue;
    c.speakerPairs++;
    if (speakerCorrect(pred, source)) c.speakerRight++;
  }
  const matched = new Set(s.lenient.map((p) => p.pred));
  s.preds.forEach((p, i) => {
    if (!inPred[i]) return;
    c.kinds[p.kind].pred++;
    if (matched.has(i)) c.kinds[p.kind].matched++;
  });
  return c;
}

function union(sets: readonly ReadonlySet<number>[], keep: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  sets.forEach((s, i) => {
    if (keep[i]) for (const t of s) out.add(t);
  });
  return out;
}

function addTokenCounts(c: Counts, pred: ReadonlySet<number>, gold: ReadonlySet<number>): void {
  c.tokenPred += pred.size;
  c.tokenGold += gold.size;
  for (const t of pred) if (gold.has(t)) c.tokenBoth++;
}

export interface PRF {
  readonly P: number;
  readonly R: number;
  readonly F1: number;
}

/** Precision, recall and F1 in percent; 0 when a denominator is 0. */
export function prf(rightPred: number, pred: number, rightGold: number, gold: number): PRF {
  const P = pred === 0 ? 0 : (100 * rightPred) / pred;
  const R = gold === 0 ? 0 : (100 * rightGold) / gold;
  return { P, R, F1: P + R === 0 ? 0 : (2 * P * R) / (P + R) };
}

/** The headline figures of one subset. */
export function summarize(c: Counts): {
  token: PRF;
  lenient: PRF;
  strict: PRF;
  speaker: { right: number; pairs: number; accuracy: number };
} {
  return {
    token: prf(c.tokenBoth, c.tokenPred, c.tokenBoth, c.tokenGold),
    lenient: prf(c.lenientPred, c.pred, c.lenientGold, c.gold),
    strict: prf(c.strictPred, c.pred, c.strictGold, c.gold),
    speaker: {
      right: c.speakerRight,
      pairs: c.speakerPairs,
      accuracy: c.speakerPairs === 0 ? 0 : (100 * c.speakerRight) / c.speakerPairs,
    },
  };
}
