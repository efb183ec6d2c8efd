/**
 * corpus/ — what is learned across articles rather than inside one. This part finds syndicated
 * near-duplicates: `dedupBody` (text without wire and page furniture) → `shingleSet` (hashed word
 * 5-grams) → `minhashSignature` (128 seeded permutations, storable) → `bandKeys` (LSH candidates)
 * → `compareShingles` + `isNearCopy` (exact confirmation). `NearDuplicateIndex` ties them together
 * in memory; a store does the same with an index table of band keys.
 */
export type { DedupBodyDetail, RemovedStretch } from './dedup-body.js';
export { DEDUP_WIRE_KINDS, dedupBody, explainDedupBody, normalizeBody } from './dedup-body.js';
export type { FurnitureRule } from './furniture-rules.js';
export { FURNITURE_RULES, furnitureRuleFor, MAX_FURNITURE_CHARS } from './furniture-rules.js';
export { DEFAULT_SHINGLE_SIZE, shingleSet } from './shingles.js';
export type { MinHasher, MinHashOptions } from './minhash.js';
export {
  createMinHasher,
  DEFAULT_MINHASH_SEED,
  DEFAULT_PERMUTATIONS,
  deserializeSignature,
  EMPTY_SLOT,
  estimateJaccard,
  isEmptySignature,
  minhashSignature,
  serializeSignature,
} from './minhash.js';
export { bandKeys, candidateProbability, DEFAULT_BANDS } from './lsh.js';
export type { NearCopyRule, ShingleOverlap } from './similarity.js';
export {
  compareShingles,
  containment,
  isNearCopy,
  jaccard,
  MIN_CONTAINED_SHINGLES,
  NEAR_COPY_CONTAINMENT,
  NEAR_COPY_JACCARD,
  nearCopyRule,
} from './similarity.js';
export type { NearDuplicateMatch, NearDuplicateOptions } from './near-duplicate-index.js';
export { NearDuplicateIndex } from './near-duplicate-index.js';
