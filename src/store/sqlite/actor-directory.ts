/** The actor directory cross-document merging needs (merge-actors.ts), over the actors tables. */
import type { ActorDirectory, ActorRecord } from '../merge-actors.js';
import type { Row, Sql } from './rows.js';

export function sqliteActorDirectory(db: Sql): ActorDirectory {
  const toRecord = (r: Row): ActorRecord => ({
    id: r.id as number,
    type: r.type as string,
    name: r.name as string,
    key: r.key as string,
    ...(r.code ? { code: r.code as string } : {}),
    ...(r.country ? { country: r.country as string } : {}),
  });
  return {
    byKey(type, key) {
      const row = db
        .prepare(
          'SELECT a.* FROM actor_names n JOIN actors a ON a.id = n.actor WHERE n.type = ? AND n.key = ?',
        )
        .get(type, key) as Row | undefined;
      return row ? toRecord(row) : undefined;
    },
    bySurname(surname) {
      return (
        db
          .prepare(
            `SELECT * FROM actors WHERE surname = ? AND type = 'PERSON' ORDER BY documents DESC, id LIMIT 20`,
          )
          .all(surname) as Row[]
      ).map(toRecord);
    },
    create(actor, surname, first) {
      const info = db
        .prepare(
          'INSERT INTO actors (type, name, key, surname, first, code, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          actor.type,
          actor.name,
          actor.key,
          surname ?? null,
          first ?? null,
          actor.code ?? null,
          actor.country ?? null,
        );
      const id = Number(info.lastInsertRowid);
      db.prepare('INSERT OR IGNORE INTO actor_names (type, key, actor) VALUES (?, ?, ?)').run(
        actor.type,
        actor.key,
        id,
      );
      return { ...actor, id };
    },
    addName(actor, type, key, rename) {
      db.prepare('INSERT OR IGNORE INTO actor_names (type, key, actor) VALUES (?, ?, ?)').run(
        type,
        key,
        actor.id,
      );
      if (rename) {
        db.prepare('UPDATE actors SET name = ?, key = ?, first = ? WHERE id = ?').run(
          rename.name,
          key,
          rename.first ?? null,
          actor.id,
        );
      }
    },
  };
}
