/**
 * Speakers resolved to entities through the mentions layer: a name inside the speaker words first
 * ("Kremlin Spokesman, Dmitry Peskov" → Peskov), then a pronoun, title or group resolved by
 * coreference (inferred, with its evidence), then an organization or place ("the Kremlin said").
 * A floating quote takes the speaker of the quote it continues, inferred.
 */
import type { Document, Mention, QuoteSpeaker } from '../../document/document.js';
import type { Span } from '../../document/span.js';

const RANK: Record<string, number> = { PERSON: 0, ORG: 2, GPE: 3, NORP: 4, FACILITY: 5, LOC: 5, MISC: 6 };

function rank(m: Mention): number {
  const base = RANK[m.type] ?? 6;
  return m.kind === 'name' ? base : base + 1;
}

/** The speaker for the words `span`, with the mention and entity they resolve to when known. */
export function resolveSpeaker(doc: Document, span: Span): QuoteSpeaker {
  const inside = (doc.layers.mentions ?? []).filter(
    (m) => m.start >= span.start && m.end <= span.end && m.entities.length > 0,
  );
  let best: Mention | undefined;
  for (const m of inside) if (!best || rank(m) < rank(best)) best = m;
  if (!best) return { start: span.start, end: span.end };
  const entity = best.entities.length === 1 ? best.entities[0] : undefined;
  return {
    start: span.start,
    end: span.end,
    mention: best.id,
    ...(entity ? { entity } : {}),
    ...(best.inferred ? { inferred: true } : {}),
    ...(best.inferred && best.evidence ? { evidence: best.evidence } : {}),
  };
}

/** The speaker of a floating quote at `at`: the earlier quote's, inferred, with its words as evidence. */
export function continuedSpeaker(at: number, earlier: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  if (!earlier) return undefined;
  const evidence =
    earlier.end > earlier.start ? { start: earlier.start, end: earlier.end } : earlier.evidence;
  return {
    start: at,
    end: at,
    ...(earlier.mention ? { mention: earlier.mention } : {}),
    ...(earlier.entity ? { entity: earlier.entity } : {}),
    inferred: true,
    ...(evidence ? { evidence } : {}),
  };
}
