import type { Message } from '../document/messages.js';
import type { Decoded } from './decode.js';

/** The message a document carries when its bytes needed a fallback encoding. */
export function decodeNote(decoded: Decoded): Message[] {
  if (!decoded.note) return [];
  return [{ severity: 'warning', reason: decoded.note, rule: 'read/encoding-fallback', stage: 'read' }];
}
