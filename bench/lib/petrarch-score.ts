/**
 * Scoring as UD-PETRARCH's `validation.py` does it, per record: Correct = produced events that
 * equal an expected (event, source, target) triple; Uncoded = expected − correct; Extra =
 * produced − correct (events with the null event code `---` are not counted as produced). A
 * `noevents` record that produces nothing counts one correct. Recall = correct / (correct +
 * uncoded); extra per record = extra / records.
 */
import type { ExpectedEvent, ValidationRecord } from './petrarch-records.js';

export interface RecordScore {
  readonly correct: number;
  readonly uncoded: number;
  readonly extra: number;
}

export interface Totals extends RecordScore {
  readonly records: number;
  /** Percent. */
  readonly recall: number;
  /** Extra events per record, percent. */
  readonly extraPerRecord: number;
}

/** Scores one record's produced triples. */
export function scoreRecord(record: ValidationRecord, produced: readonly ExpectedEvent[]): RecordScore {
  const coded = produced.filter((e) => e.code !== '---');
  if (record.expected.length === 0) {
    return coded.length === 0
      ? { correct: 1, uncoded: 0, extra: 0 }
      : { correct: 0, uncoded: 1, extra: coded.length };
  }
  const found = coded.filter((e) =>
    record.expected.some((x) => x.code === e.code && x.source === e.source && x.target === e.target),
  ).length;
  return { correct: found, uncoded: record.expected.length - found, extra: coded.length - found };
}

/** Sums record scores. */
export function totals(scores: readonly RecordScore[]): Totals {
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  const uncoded = scores.reduce((n, s) => n + s.uncoded, 0);
  const extra = scores.reduce((n, s) => n + s.extra, 0);
  const records = scores.length;
  return {
    records,
    correct,
    uncoded,
    extra,
    recall: correct + uncoded === 0 ? 0 : (100 * correct) / (correct + uncoded),
    extraPerRecord: records === 0 ? 0 : (100 * extra) / records,
  };
}
