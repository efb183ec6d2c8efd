/** One actor in full: names, roles over time with evidence, counterparts, places, timeline. Copies are not counted. */
import type { ActorDetail } from '../store.js';
import { toActorSummary } from './rows.js';
import type { Row, Sql } from './rows.js';

export function actorPage(db: Sql, id: number): ActorDetail | undefined {
  const row = db
    .prepare(
      `SELECT a.*,
         (SELECT COUNT(*) FROM quotes q WHERE q.actor = a.id AND q.copy = 0) AS quotes,
         (SELECT COUNT(DISTINCT ea.event) FROM event_actors ea JOIN events e ON e.rowid = ea.event
           WHERE ea.actor = a.id AND e.copy = 0) AS events
       FROM actors a WHERE a.id = ?`,
    )
    .get(id) as Row | undefined;
  if (!row) return undefined;
  const names = db
    .prepare('SELECT DISTINCT name FROM entities WHERE actor = ? ORDER BY name LIMIT 50')
    .pluck()
    .all(id) as string[];
  const roles = (
    db
      .prepare(
        `SELECT title, country, MIN(date) AS first, MAX(date) AS last, COUNT(*) AS count, MIN(doc) AS doc,
           MIN(start) AS start, MIN("end") AS "end"
         FROM roles WHERE actor = ? AND copy = 0 AND date IS NOT NULL
         GROUP BY title, country ORDER BY count DESC LIMIT 50`,
      )
      .all(id) as Row[]
  ).map((r) => ({
    title: r.title as string,
    ...(r.country ? { country: r.country as string } : {}),
    first: r.first as string,
    last: r.last as string,
    count: r.count as number,
    doc: r.doc as string,
    start: r.start as number,
    end: r.end as number,
  }));
  // One place a role is stated: the evidence span of that document, taken consistently.
  for (const role of roles) {
    const evidence = db
      .prepare(
        `SELECT doc, start, "end" FROM roles WHERE actor = ? AND title = ? AND copy = 0 ORDER BY date DESC LIMIT 1`,
      )
      .get(id, role.title) as Row | undefined;
    if (evidence) Object.assign(role, { doc: evidence.doc, start: evidence.start, end: evidence.end });
  }
  const counterparts = (
    db
      .prepare(
        `SELECT other.actor AS actor, a.name AS name, a.code AS code, COUNT(DISTINCT other.event) AS events
         FROM event_actors mine
         JOIN event_actors other ON other.event = mine.event AND other.actor IS NOT NULL AND other.actor != mine.actor
         JOIN events e ON e.rowid = mine.event AND e.copy = 0
         JOIN actors a ON a.id = other.actor
         WHERE mine.actor = ? GROUP BY other.actor ORDER BY events DESC, a.name LIMIT 50`,
      )
      .all(id) as Row[]
  ).map((r) => ({
    actor: r.actor as number,
    name: r.name as string,
    ...(r.code ? { code: r.code as string } : {}),
    events: r.events as number,
  }));
  const places = (
    db
      .prepare(
        `SELECT e.place, e.country, AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(DISTINCT e.rowid) AS events
         FROM event_actors ea JOIN events e ON e.rowid = ea.event
         WHERE ea.actor = ? AND e.copy = 0 AND e.place IS NOT NULL
         GROUP BY e.place, e.country ORDER BY events DESC LIMIT 100`,
      )
      .all(id) as Row[]
  ).map((r) => ({
    place: r.place as string,
    ...(r.country ? { country: r.country as string } : {}),
    ...(typeof r.lat === 'number' ? { lat: r.lat } : {}),
    ...(typeof r.lon === 'number' ? { lon: r.lon } : {}),
    events: r.events as number,
  }));
  // Per day: an event dated only to a month or a year has no day to count on.
  const timeline = (
    db
      .prepare(
        `SELECT date, SUM(ev) AS events, SUM(qu) AS quotes FROM (
           SELECT e.date AS date, 1 AS ev, 0 AS qu FROM event_actors ea JOIN events e ON e.rowid = ea.event
             WHERE ea.actor = @id AND e.copy = 0 AND e.date IS NOT NULL AND e.date_precision IS NULL
           UNION ALL
           SELECT date, 0, 1 FROM quotes WHERE actor = @id AND copy = 0 AND date IS NOT NULL)
         GROUP BY date ORDER BY date`,
      )
      .all({ id }) as Row[]
  ).map((r) => ({ date: r.date as string, events: r.events as number, quotes: r.quotes as number }));
  return { ...toActorSummary(row), names, roles, counterparts, places, timeline };
}
