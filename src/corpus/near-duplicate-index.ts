/**
 * An in-memory, incremental near-duplicate index: each article added is looked up (LSH band keys →
 * candidates → exact shingle overlap → `nearCopyRule`) against those added before it, then indexed.
 * What a store does with tables, this does with maps, so tests and benchmarks need no database.
 */
import { DatelineError } from '../document/errors.js';
import { bandKeys, DEFAULT_BANDS } from './lsh.js';
import type { MinHasher, MinHashOptions } from './minhash.js';
import { createMinHasher } from './minhash.js';
import { DEFAULT_SHINGLE_SIZE, shingleSet } from './shingles.js';
import type { NearCopyRule, ShingleOverlap } from './similarity.js';
import { compareShingles, nearCopyRule } from './similarity.js';

export interface NearDuplicateOptions extends MinHashOptions {
  /** Words per shingle; default 5. */
  readonly shingleSize?: number;
  /** LSH bands; default 64 (2 rows each with 128 permutations). */
  readonly bands?: number;
}

/** What the index found for one article. */
export interface NearDuplicateMatch {
  /** The earliest-added article of the group this one copies; absent when it copies nothing. */
  readonly canonical?: string;
  /** The article it was matched to directly (its best near copy), which may itself be a copy. */
  readonly match?: string;
  readonly rule?: NearCopyRule;
  /** Overlap with `match`, or with the closest candidate when there is no match (0 when none). */
  readonly jaccard: number;
  readonly containment: number;
  /** How many earlier articles shared a band key (each confirmed on exact shingles). */
  readonly candidates: number;
}

interface Entry {
  readonly shingles: Uint32Array;
  readonly canonical: string;
}

export class NearDuplicateIndex {
  readonly #hasher: MinHasher;
  readonly #shingleSize: number;
  readonly #bands: number;
  readonly #entries = new Map<string, Entry>();
  readonly #order = new Map<string, number>();
  readonly #buckets = new Map<string, string[]>();

  constructor(options: NearDuplicateOptions = {}) {
    this.#hasher = createMinHasher(options);
    this.#shingleSize = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
    this.#bands = options.bands ?? DEFAULT_BANDS;
    shingleSet('', this.#shingleSize); // throws E_USAGE now for a bad size, not at the first add
    if (!Number.isInteger(this.#bands) || this.#bands < 1 || this.#bands > this.#hasher.permutations) {
      throw new DatelineError(
        'E_USAGE',
        `bands must be from 1 to ${this.#hasher.permutations}, got ${this.#bands}`,
      );
    }
  }

  /** Number of articles added. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Looks a dedup body up and adds it under `id` (ids are unique: `E_USAGE` for a repeat). Example:
   * `index.add('b', dedupBody(docB)).canonical` → `'a'` when b copies a.
   */
  add(id: string, body: string): NearDuplicateMatch {
    if (this.#entries.has(id)) throw new DatelineError('E_USAGE', `"${id}" is already in the index`);
    const { shingles, keys } = this.#prepare(body);
    const found = this.#lookup(shingles, keys);
    this.#order.set(id, this.#order.size);
    this.#entries.set(id, { shingles, canonical: found.canonical ?? id });
    for (const key of keys) {
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(id);
      else this.#buckets.set(key, [id]);
    }
    return found;
  }

  /** Looks a dedup body up without adding it. */
  find(body: string): NearDuplicateMatch {
    const { shingles, keys } = this.#prepare(body);
    return this.#lookup(shingles, keys);
  }

  /** The canonical article of an added one (itself when it copies nothing), or undefined when unknown. */
  canonicalOf(id: string): string | undefined {
    return this.#entries.get(id)?.canonical;
  }

  #prepare(body: string): { shingles: Uint32Array; keys: string[] } {
    const shingles = shingleSet(body, this.#shingleSize);
    const keys = shingles.length === 0 ? [] : bandKeys(this.#hasher.signature(shingles), this.#bands);
    return { shingles, keys };
  }

  #lookup(shingles: Uint32Array, keys: readonly string[]): NearDuplicateMatch {
    const candidates = new Set<string>();
    for (const key of keys) for (const id of this.#buckets.get(key) ?? []) candidates.add(id);
    let best: { id: string; overlap: ShingleOverlap; rule?: NearCopyRule } | undefined;
    for (const id of candidates) {
      const entry = this.#entries.get(id);
      if (!entry) continue;
      const overlap = compareShingles(shingles, entry.shingles);
      const rule = nearCopyRule(overlap);
      if (best === undefined || this.#better(id, overlap, rule, best)) {
        best = rule ? { id, overlap, rule } : { id, overlap };
      }
    }
    if (!best) return { jaccard: 0, containment: 0, candidates: 0 };
    const { jaccard, containment } = best.overlap;
    if (!best.rule) return { jaccard, containment, candidates: candidates.size };
    const canonical = this.#entries.get(best.id)?.canonical ?? best.id;
    return { canonical, match: best.id, rule: best.rule, jaccard, containment, candidates: candidates.size };
  }

  /** A confirmed copy beats an unconfirmed one; then higher Jaccard, then the earlier article. */
  #better(
    id: string,
    overlap: ShingleOverlap,
    rule: NearCopyRule | undefined,
    best: { id: string; overlap: ShingleOverlap; rule?: NearCopyRule },
  ): boolean {
    if ((rule !== undefined) !== (best.rule !== undefined)) return rule !== undefined;
    if (overlap.jaccard !== best.overlap.jaccard) return overlap.jaccard > best.overlap.jaccard;
    return (this.#order.get(id) ?? 0) < (this.#order.get(best.id) ?? 0);
  }
}
