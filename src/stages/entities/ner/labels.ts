/**
 * Label sets for the NER tagger: the public BIO scheme, the IOB1 scheme of CoNLL-2003 files, and
 * the conversion from a label sequence to token spans. Spans are half-open `[start, end)`.
 */

/** Entity types the tagger predicts. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A typed entity span over token indices, `end` exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** BIO labels in a fixed order; the order is the index used by the weight tables. */
export const BIO_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

function typeOf(label: string): EntityType | undefined {
  const type = label.slice(2);
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : undefined;
}

/**
 * Token spans from BIO (or IOB1) labels; an `I-X` after `O` or after another type opens a span,
 * so malformed sequences still give valid spans.
 * @example labelsToSpans(['B-PER', 'I-PER', 'O']) // [{ start: 0, end: 2, type: 'PER' }]
 */
export function labelsToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  labels.forEach((label, i) => {
    const type = typeOf(label);
    const continues = open !== undefined && type === open.type && label.startsWith('I-');
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open =
      type && (label.startsWith('B-') || label.startsWith('I-')) ? { start: i, end: i + 1, type } : undefined;
  });
  if (open) spans.push(open);
  return spans;
}

/**
 * IOB1 (CoNLL-2003: `B-` only between two adjacent entities of one type) to BIO (every span
 * starts with `B-`).
 * @example iob1ToBio(['I-PER', 'I-PER', 'B-PER']) // ['B-PER', 'I-PER', 'B-PER']
 */
export function iob1ToBio(labels: readonly string[]): string[] {
  const out: string[] = labels.map(() => 'O');
  for (const span of labelsToSpans(labels)) {
    for (let i = span.start; i < span.end; i++) out[i] = `${i === span.start ? 'B' : 'I'}-${span.type}`;
  }
  return out;
}

/** BILOU labels (Begin, Inside, Last, Unit), which the tagger may use internally. */
export const BILOU_LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

/**
 * Whether `next` may follow `prev` (`O` before the start) in a well-formed BIO sequence, or in a
 * BILOU one, where an entity opened by B or I must be continued by I or closed by L of its type.
 * @example allowedAfter('O', 'I-PER') // false
 */
export function allowedAfter(prev: string, next: string, bilou = false): boolean {
  const sameType = prev.slice(2) === next.slice(2);
  const prevOpen = prev.startsWith('B-') || prev.startsWith('I-');
  const nextInside = next.startsWith('I-') || next.startsWith('L-');
  if (bilou && prevOpen) return nextInside && sameType;
  if (nextInside) return prevOpen && sameType;
  return true;
}

/** BIO → BILOU for one sentence. */
export function bioToBilou(labels: readonly string[]): string[] {
  const out: string[] = labels.map(() => 'O');
  for (const span of labelsToSpans(labels)) {
    if (span.end - span.start === 1) out[span.start] = `U-${span.type}`;
    else
      for (let i = span.start; i < span.end; i++)
        out[i] = `${i === span.start ? 'B' : i === span.end - 1 ? 'L' : 'I'}-${span.type}`;
  }
  return out;
}

/** BILOU (or BIO) → BIO: L reads as I, U as B. */
export function toBio(labels: readonly string[]): string[] {
  return labels.map((l) =>
    l.startsWith('L-') ? `I-${l.slice(2)}` : l.startsWith('U-') ? `B-${l.slice(2)}` : l,
  );
}
