/** Stable document ids: the same article text, however it was spaced or encoded, gets the same id. */
import { createHash } from 'node:crypto';

/** Normalization used for identity: Unicode NFC, white space runs folded to one space, trimmed. */
export function normalizeForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A 32-hex-digit id (the first 128 bits of SHA-256 of the normalized text). */
export function documentId(text: string): string {
  return createHash('sha256').update(normalizeForId(text), 'utf8').digest('hex').slice(0, 32);
}
