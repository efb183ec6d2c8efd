/**
 * What the two word-cluster builders share: the tree of k-means splits that gives each word a
 * path `a/b/c`, and unit-length centroid rows.
 */

/**
 * Splits items `0…count-1` into `branching[0]` groups with `kmeans`, each group again into
 * `branching[1]`, and so on; returns each item's path (`3/1/0`, coarse to fine).
 */
export function clusterTree(
  count: number,
  branching: readonly number[],
  kmeans: (members: readonly number[], k: number) => Int32Array,
): string[] {
  const paths: string[] = Array.from({ length: count }, () => '');
  const split = (members: readonly number[], prefix: string, level: number): void => {
    const k = branching[level];
    if (k === undefined) return;
    const assign = kmeans(members, k);
    const groups = Array.from({ length: k }, () => [] as number[]);
    members.forEach((m, i) => groups[assign[i] ?? 0]?.push(m));
    groups.forEach((group, q) => {
      const path = prefix === '' ? String(q) : `${prefix}/${q}`;
      for (const m of group) paths[m] = path;
      if (group.length > 1) split(group, path, level + 1);
    });
  };
  split(
    Array.from({ length: count }, (_, i) => i),
    '',
    0,
  );
  return paths;
}

/** Scales each of the `k` rows of `dims` values in `c` to unit length (a zero row stays zero). */
export function normalizeRows(c: Float32Array | Float64Array, k: number, dims: number): void {
  for (let q = 0; q < k; q++) {
    let n = 0;
    for (let d = 0; d < dims; d++) n += (c[q * dims + d] ?? 0) ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dims; d++) c[q * dims + d] = (c[q * dims + d] ?? 0) / n;
  }
}
