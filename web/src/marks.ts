/**
 * Renders a text with overlapping `[start, end)` marks as properly nested elements. The text is
 * cut at every mark boundary; each piece is wrapped in the marks that cover it, outermost first.
 * Marks are ordered by rank (lower wraps higher: a highlight wraps a quote, which wraps a
 * mention), then by start, then longer first, so a low-rank mark stays one element and the marks
 * it crosses are split into pieces. Text always goes in as text nodes.
 */

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Lower ranks wrap higher ones. */
  readonly rank: number;
  /** Makes the element for one piece of the mark; `piece` is 0 for the first. */
  readonly make: (piece: number) => HTMLElement;
}

interface Open {
  readonly mark: Mark;
  readonly el: HTMLElement;
}

function compare(a: Mark, b: Mark): number {
  return a.rank - b.rank || a.start - b.start || b.end - a.end;
}

/** Every offset where some mark starts or ends, with 0 and the text's end, sorted. */
function boundaries(length: number, marks: readonly Mark[]): number[] {
  const set = new Set<number>([0, length]);
  for (const mark of marks) {
    set.add(mark.start);
    set.add(mark.end);
  }
  return [...set].sort((a, b) => a - b);
}

/** The marks within the text, non-empty, in nesting order. */
function usable(length: number, marks: readonly Mark[]): Mark[] {
  return marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end))
    .filter((m) => m.start >= 0 && m.end <= length && m.start < m.end)
    .sort(compare);
}

/**
 * The text as a fragment of nested elements. Example:
 * `renderMarked('Putin said', [{ start: 0, end: 5, rank: 1, make: () => h('span') }])`.
 */
export function renderMarked(text: string, marks: readonly Mark[]): DocumentFragment {
  const root = document.createDocumentFragment();
  const sorted = usable(text.length, marks);
  const cuts = boundaries(text.length, sorted);
  const pieces = new Map<Mark, number>();
  let stack: Open[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    // `sorted` is already in nesting order, so the covering marks come out outermost first.
    const wanted = sorted.filter((m) => m.start <= from && m.end >= to);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep]?.mark === wanted[keep]) {
      keep += 1;
    }
    stack = stack.slice(0, keep);
    for (const mark of wanted.slice(keep)) {
      const piece = pieces.get(mark) ?? 0;
      pieces.set(mark, piece + 1);
      const el = mark.make(piece);
      (stack.at(-1)?.el ?? root).appendChild(el);
      stack.push({ mark, el });
    }
    (stack.at(-1)?.el ?? root).appendChild(document.createTextNode(text.slice(from, to)));
  }
  return root;
}
