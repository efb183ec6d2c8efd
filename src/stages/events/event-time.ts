/**
 * Event dates from the words of the sentence, read by chrono-node against the story's own day
 * (the dateline's, else the publication date): "yesterday" in an Aug 16 story is Aug 15.
 */
import * as chrono from 'chrono-node';
import type { EventTime } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { formatIsoDate, parseIsoDate } from '../../time/iso-date.js';

/** The time expression in `sentence` nearest to the trigger, as an ISO day; undefined when none. */
export function timeIn(
  text: string,
  sentence: Span,
  trigger: Span,
  reference: string | undefined,
): EventTime | undefined {
  const ref = reference ? parseIsoDate(reference) : undefined;
  if (!ref) return undefined;
  const refDate = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const slice = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2_000));
  let best: { time: EventTime; distance: number } | undefined;
  for (const r of chrono.parse(slice, refDate)) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const d = r.start.date();
    const date = formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    if (!date) continue;
    const span = { start: sentence.start + r.index, end: sentence.start + r.index + r.text.length };
    const distance = Math.abs(span.start - trigger.start);
    if (!best || distance < best.distance) best = { time: { date, span }, distance };
  }
  return best?.time;
}
