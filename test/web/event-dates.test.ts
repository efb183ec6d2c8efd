/**
 * The explorer's event dates without a browser: labels as much of a date as the text gave, and a
 * chart of events per day that leaves out events dated only to a month or a year, over rows from a
 * real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { eventDateLabel, eventsPerDay } from '../../web/src/event-dates.js';
import { MONTH_ONLY } from '../store/contract.js';

describe('event dates in the explorer', () => {
  const store = openSqliteStore(':memory:');
  beforeAll(async () => {
    await store.put([
      analyze({ text: MONTH_ONLY, meta: { published: '2017-11-01' } }),
      analyze({
        text: 'LONDON, Nov. 2 (Reuters) - Boris Johnson met Emmanuel Macron last year. Joe Biden met Olaf Scholz on Monday.',
        meta: { published: '2017-11-02' },
      }),
    ]);
  });
  afterAll(() => store.close());
  const rows = async () => (await store.events({})).rows;

  it('labels a date with as much as the text gave, and an undated event as asked', async () => {
    const labels = (await rows()).map((e) => [e.trigger, eventDateLabel(e, 'undated')]).sort();
    expect(labels).toEqual([
      ['met', '2016'],
      ['met', '2016-03'],
      ['met', '2017-10-30'],
    ]);
    expect(eventDateLabel({}, 'undated')).toBe('undated');
    expect(eventDateLabel({})).toBe('');
  });

  it('charts per day only the events dated to a day, and counts the others', async () => {
    const { points, notByDay } = eventsPerDay(await rows());
    expect(points).toEqual([{ date: '2017-10-30', counts: { events: 1 } }]);
    expect(notByDay).toBe(2);
    expect(eventsPerDay([{}, { date: '2016-01-01', datePrecision: 'year' }])).toEqual({
      points: [],
      notByDay: 1,
    });
  });
});
