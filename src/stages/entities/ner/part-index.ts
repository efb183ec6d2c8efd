/**
 * Finds the row of a feature given as template and parts (see `FeatureSink` in `features.ts`)
 * without building its name: the names of a table that start with a template are filed under
 * every way of cutting the rest at `|` into one to three parts, one map level per part. A lookup
 * of parts a, b, c then finds exactly the row of `template + [a, b, c].join('|')`, since that
 * name, if it exists, was filed under that cut, and anything filed under it is that name.
 */
import type { WeightTable } from './perceptron.js';

interface PartNode {
  /** Row of the feature whose parts end here, or -1. */
  row: number;
  next: Map<string, PartNode> | undefined;
}

function child(node: PartNode, part: string): PartNode {
  node.next ??= new Map();
  let found = node.next.get(part);
  if (!found) {
    found = { row: -1, next: undefined };
    node.next.set(part, found);
  }
  return found;
}

/** Files `rest` (a feature name less its template) under every cut into one to three parts. */
function fileParts(root: PartNode, rest: string, row: number): void {
  const bars: number[] = [];
  for (let i = rest.indexOf('|'); i >= 0; i = rest.indexOf('|', i + 1)) bars.push(i);
  child(root, rest).row = row;
  bars.forEach((b, j) => {
    const head = child(root, rest.slice(0, b));
    child(head, rest.slice(b + 1)).row = row;
    for (const b2 of bars.slice(j + 1))
      child(child(head, rest.slice(b + 1, b2)), rest.slice(b2 + 1)).row = row;
  });
}

/** Feature rows of one frozen table by template and parts; each template is indexed on first use. */
export class PartIndex {
  private readonly templates = new Map<string, PartNode>();
  /** Names grouped by their text up to the first `=`, so indexing a template need not scan all. */
  private byHead: Map<string, [string, number][]> | undefined;

  constructor(private readonly table: WeightTable) {}

  /**
   * Row of the feature `featureName(template, a, b, c)`, or -1.
   * @example new PartIndex(table).row('w-1|0=', 'the', 'bank') // row of `w-1|0=the|bank`
   */
  row(template: string, a?: string, b?: string, c?: string): number {
    if (a === undefined) return this.table.index.get(template) ?? -1;
    let node = (this.templates.get(template) ?? this.indexTemplate(template)).next?.get(a);
    if (b !== undefined) node = node?.next?.get(b);
    if (c !== undefined) node = node?.next?.get(c);
    return node?.row ?? -1;
  }

  private indexTemplate(template: string): PartNode {
    const root: PartNode = { row: -1, next: undefined };
    // A template whose only '=' ends it heads exactly the names that start with it.
    const simple = template.indexOf('=') === template.length - 1;
    const names = simple ? (this.heads().get(template) ?? []) : this.table.index;
    for (const [name, row] of names) {
      if (name.startsWith(template)) fileParts(root, name.slice(template.length), row);
    }
    this.templates.set(template, root);
    return root;
  }

  private heads(): Map<string, [string, number][]> {
    if (this.byHead) return this.byHead;
    const groups = new Map<string, [string, number][]>();
    for (const [name, row] of this.table.index) {
      const head = name.slice(0, name.indexOf('=') + 1);
      const group = groups.get(head);
      if (group) group.push([name, row]);
      else groups.set(head, [[name, row]]);
    }
    this.byHead = groups;
    return groups;
  }
}
