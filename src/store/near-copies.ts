/**
 * Syndication detection for a store: a new document's MinHash band keys find candidate articles
 * already stored (through the store's band index); each candidate is confirmed on exact shingle
 * overlap (src/corpus). Backend-neutral.
 */
import type { Document } from '../document/document.js';
import { dedupBody } from '../corpus/dedup-body.js';
import { bandKeys } from '../corpus/lsh.js';
import { minhashSignature } from '../corpus/minhash.js';
import { shingleSet } from '../corpus/shingles.js';
import { compareShingles, isNearCopy } from '../corpus/similarity.js';

export interface NearCopyProbe {
  /** LSH band keys to look candidates up by, and to index the document under. */
  readonly keys: string[];
  readonly shingles: Uint32Array;
}

/** The probe of a document, or undefined when its body is empty (an empty body copies nothing). */
export function probeNearCopy(doc: Pick<Document, 'text' | 'layers'>): NearCopyProbe | undefined {
  const shingles = shingleSet(dedupBody(doc));
  if (shingles.length === 0) return undefined;
  return { keys: bandKeys(minhashSignature(shingles)), shingles };
}

/** The similarity (containment) when `candidate` and the probed document are near-copies, else undefined. */
export function confirmNearCopy(
  probe: NearCopyProbe,
  candidate: Pick<Document, 'text' | 'layers'>,
): number | undefined {
  const overlap = compareShingles(probe.shingles, shingleSet(dedupBody(candidate)));
  return isNearCopy(overlap) ? Math.round(overlap.containment * 1000) / 1000 : undefined;
}
