/**
 * Averaged multi-class perceptron over string features. Training keeps running totals so the
 * averaged weights come out in one pass at the end (Daumé's trick: avg = w - u / c).
 */

/** Read-only weights: feature → row, and a row of one weight per label. */
export interface WeightTable {
  index: ReadonlyMap<string, number>;
  weights: Float32Array;
  nLabels: number;
  /** Still being trained: rows are added and weights move, so nothing may be cached from it. */
  live?: boolean;
  /** Feature name of each row, kept by a live table so that indexes can follow its growth. */
  names?: readonly string[];
}

/** Adds each label's score for `features` into `out` (length nLabels). */
export function addScores(table: WeightTable, features: readonly string[], out: Float64Array): void {
  const { index, weights, nLabels } = table;
  for (const f of features) {
    const row = index.get(f);
    if (row === undefined) continue;
    const base = row * nLabels;
    for (let k = 0; k < nLabels; k++) out[k] = (out[k] ?? 0) + (weights[base + k] ?? 0);
  }
}

/** A perceptron being trained; `table` is usable for prediction at any time. */
export class PerceptronTrainer {
  readonly table: {
    index: Map<string, number>;
    names: string[];
    weights: Float32Array;
    nLabels: number;
    live: true;
  };
  private totals: Float64Array;
  private step = 1;

  constructor(nLabels: number, capacity = 1 << 18) {
    this.table = {
      index: new Map(),
      names: [],
      weights: new Float32Array(capacity * nLabels),
      nLabels,
      live: true,
    };
    this.totals = new Float64Array(capacity * nLabels);
  }

  /** Advances the clock that weights the running averages; call once per training example. */
  tick(): void {
    this.step++;
  }

  /** Moves the weights of `features` for `label` by `delta`. */
  update(features: readonly string[], label: number, delta: number): void {
    for (const f of features) {
      const at = this.row(f) * this.table.nLabels + label;
      this.table.weights[at] = (this.table.weights[at] ?? 0) + delta;
      this.totals[at] = (this.totals[at] ?? 0) + this.step * delta;
    }
  }

  /** The averaged weights as a new table (training state is left untouched). */
  averaged(): WeightTable {
    const n = this.table.index.size * this.table.nLabels;
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = (this.table.weights[i] ?? 0) - (this.totals[i] ?? 0) / this.step;
    return { index: new Map(this.table.index), weights, nLabels: this.table.nLabels };
  }

  private row(feature: string): number {
    const known = this.table.index.get(feature);
    if (known !== undefined) return known;
    const row = this.table.index.size;
    if ((row + 1) * this.table.nLabels > this.table.weights.length) this.grow();
    this.table.index.set(feature, row);
    this.table.names.push(feature);
    return row;
  }

  private grow(): void {
    const weights = new Float32Array(this.table.weights.length * 2);
    weights.set(this.table.weights);
    const totals = new Float64Array(this.totals.length * 2);
    totals.set(this.totals);
    this.table.weights = weights;
    this.totals = totals;
  }
}
