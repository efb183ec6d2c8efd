/**
 * An offset map ties a normalized copy of a text back to the original. Normalization (inserting a
 * space between a glued quote and a word, say) is recorded as edits; the map turns any offset in the
 * normalized text into the offset of the same place in the original.
 */

interface Edit {
  /** Offset in the normalized text where the edit's output starts. */
  readonly at: number;
  /** Length of the edit's output in the normalized text. */
  readonly outLength: number;
  /** Offset in the original text where the replaced input starts. */
  readonly from: number;
  /** Length of the replaced input in the original text. */
  readonly inLength: number;
}

export class OffsetMap {
  private readonly edits: Edit[];

  private constructor(edits: Edit[]) {
    this.edits = edits;
  }

  /** The identity map: normalized text equals the original. */
  static identity(): OffsetMap {
    return new OffsetMap([]);
  }

  /**
   * Builds a normalized text by applying replacements, each `[start, end) → replacement` in the
   * original, non-overlapping and sorted by start.
   * Example: `OffsetMap.apply('said,“x', [{start: 5, end: 5, replacement: ' '}])`.
   */
  static apply(
    original: string,
    replacements: ReadonlyArray<{ start: number; end: number; replacement: string }>,
  ): { text: string; map: OffsetMap } {
    const parts: string[] = [];
    const edits: Edit[] = [];
    let cursor = 0;
    let outLength = 0;
    for (const r of replacements) {
      if (r.start < cursor || r.end < r.start || r.end > original.length) {
        throw new RangeError(`replacement [${r.start}, ${r.end}) overlaps or is out of range`);
      }
      const kept = original.slice(cursor, r.start);
      parts.push(kept, r.replacement);
      outLength += kept.length;
      edits.push({
        at: outLength,
        outLength: r.replacement.length,
        from: r.start,
        inLength: r.end - r.start,
      });
      outLength += r.replacement.length;
      cursor = r.end;
    }
    parts.push(original.slice(cursor));
    return { text: parts.join(''), map: new OffsetMap(edits) };
  }

  /**
   * The original offset of normalized offset `i`. Offsets inside an inserted or replaced stretch map
   * to its start (for a span start) or its end (for a span end), so spans never grow past the source.
   */
  toOriginal(i: number, side: 'start' | 'end' = 'start'): number {
    const edit = this.lastEditAtOrBefore(i);
    if (!edit) return i;
    const shift = edit.from + edit.inLength - (edit.at + edit.outLength);
    if (i >= edit.at + edit.outLength) return i + shift;
    // Inside the edit's output.
    if (i === edit.at) return edit.from;
    return side === 'start' ? edit.from + edit.inLength : edit.from;
  }

  private lastEditAtOrBefore(i: number): Edit | undefined {
    let lo = 0;
    let hi = this.edits.length - 1;
    let found: Edit | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const edit = this.edits[mid];
      if (edit === undefined) break;
      if (edit.at <= i) {
        found = edit;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
