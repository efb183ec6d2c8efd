/**
 * Writing one analysed document: its row and full-text entry, near-copy detection through the band
 * index, entities merged into corpus actors, roles, quotes, events with their actors, and the story
 * it joins. Runs inside the store's transaction; a copy's rows are marked `copy = 1`.
 */
import type { Document } from '../../document/document.js';
import { documentDate } from '../../document/document-date.js';
import { documentRows } from '../document-rows.js';
import type { DocumentRows } from '../document-rows.js';
import { mergeActor } from '../merge-actors.js';
import type { ActorDirectory } from '../merge-actors.js';
import { confirmNearCopy, probeNearCopy } from '../near-copies.js';
import { joinsStory, storyLabel, storySeed, STORY_WINDOW_DAYS } from '../stories.js';
import type { PutResult } from '../store.js';
import { getDocument, maxDate, minDate, packLayers, toStoryRecord } from './rows.js';
import type { Row, Sql } from './rows.js';

export function putDocument(db: Sql, directory: ActorDirectory, doc: Document): PutResult {
  if (db.prepare('SELECT 1 FROM documents WHERE id = ?').get(doc.id)) return { id: doc.id, status: 'exists' };
  const rows = documentRows(doc);
  const date = documentDate(doc);
  const copy = findCanonical(db, doc);
  const isCopy = copy.canonical === undefined ? 0 : 1;
  const d = rows.document;
  const info = db
    .prepare(
      `INSERT INTO documents (id, title, date, publisher, url, source, place, country, agencies, canonical,
         similarity, quotes, events, text, layers, ingested)
       VALUES (@id, @title, @date, @publisher, @url, @source, @place, @country, @agencies, @canonical,
         @similarity, @quotes, @events, @text, @layers, @ingested)`,
    )
    .run({
      id: d.id,
      title: d.title ?? null,
      date: date ?? null,
      publisher: d.publisher ?? null,
      url: d.url ?? null,
      source: d.source ?? null,
      place: d.place ?? null,
      country: d.country ?? null,
      agencies: JSON.stringify(d.agencies),
      canonical: copy.canonical ?? null,
      similarity: copy.similarity ?? null,
      quotes: rows.quotes.length,
      events: rows.events.length,
      text: d.text,
      layers: packLayers(doc),
      ingested: new Date().toISOString(),
    });
  const rowid = Number(info.lastInsertRowid);
  db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    rowid,
    d.title ?? '',
    d.text,
  );
  for (const key of copy.keys) db.prepare('INSERT INTO lsh (band, doc) VALUES (?, ?)').run(key, doc.id);

  const actorOf = putEntities(db, directory, doc.id, rows, date, isCopy);
  putQuotes(db, doc.id, rows, actorOf, date, isCopy);
  putEvents(db, doc.id, rows, actorOf, date, isCopy);
  const story = isCopy ? storyOf(db, copy.canonical) : assignStory(db, rows, actorOf, date);
  if (story !== undefined) db.prepare('UPDATE documents SET story = ? WHERE rowid = ?').run(story, rowid);
  return {
    id: doc.id,
    status: 'stored',
    ...(copy.canonical === undefined ? {} : { canonical: copy.canonical }),
    ...(story === undefined ? {} : { story }),
  };
}

/** Band keys for the index, and the canonical article when this one is a near-copy. */
function findCanonical(db: Sql, doc: Document): { keys: string[]; canonical?: string; similarity?: number } {
  const probe = probeNearCopy(doc);
  if (!probe) return { keys: [] };
  const candidates = new Set<string>();
  const stmt = db.prepare('SELECT doc FROM lsh WHERE band = ?').pluck();
  for (const key of probe.keys) for (const c of stmt.all(key) as string[]) candidates.add(c);
  let best: { canonical: string; similarity: number } | undefined;
  for (const id of candidates) {
    const other = getDocument(db, id);
    if (!other) continue;
    const similarity = confirmNearCopy(probe, other);
    if (similarity !== undefined && (!best || similarity > best.similarity)) {
      const canonical =
        (db.prepare('SELECT canonical FROM documents WHERE id = ?').pluck().get(id) as string | null) ?? id;
      best = { canonical, similarity };
    }
  }
  return best ? { keys: probe.keys, ...best } : { keys: probe.keys };
}

function putEntities(
  db: Sql,
  directory: ActorDirectory,
  doc: string,
  rows: DocumentRows,
  date: string | undefined,
  copy: number,
): Map<string, { id: number; name: string; type: string; code?: string }> {
  const actorOf = new Map<string, { id: number; name: string; type: string; code?: string }>();
  const insert = db.prepare(
    `INSERT INTO entities (doc, entity, type, name, country, code, actor, start, "end", mentions, copy)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counted = new Set<number>();
  for (const e of rows.entities) {
    const actor = mergeActor(directory, e);
    if (actor) {
      actorOf.set(e.entity, {
        id: actor.id,
        name: actor.name,
        type: actor.type,
        ...(e.code ? { code: e.code } : {}),
      });
      if (!copy && !counted.has(actor.id)) {
        counted.add(actor.id);
        db.prepare('UPDATE actors SET documents = documents + 1 WHERE id = ?').run(actor.id);
      }
    }
    insert.run(
      doc,
      e.entity,
      e.type,
      e.name,
      e.country ?? null,
      e.code ?? null,
      actor?.id ?? null,
      e.start,
      e.end,
      e.mentions,
      copy,
    );
  }
  const role = db.prepare(
    `INSERT INTO roles (doc, entity, actor, title, country, sector, start, "end", date, copy)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows.roles) {
    role.run(
      doc,
      r.entity,
      actorOf.get(r.entity)?.id ?? null,
      r.title,
      r.country ?? null,
      r.sector ?? null,
      r.start,
      r.end,
      date ?? null,
      copy,
    );
  }
  return actorOf;
}

function putQuotes(
  db: Sql,
  doc: string,
  rows: DocumentRows,
  actorOf: ReadonlyMap<string, { id: number }>,
  date: string | undefined,
  copy: number,
): void {
  const insert = db.prepare(
    `INSERT INTO quotes (doc, id, kind, entity, speaker, actor, role, country, cue, setting, outlet, text, start, "end", date, copy)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fts = db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)');
  for (const q of rows.quotes) {
    const actor = q.entity === undefined ? undefined : actorOf.get(q.entity)?.id;
    const info = insert.run(
      doc,
      q.id,
      q.kind,
      q.entity ?? null,
      q.speaker ?? null,
      actor ?? null,
      q.role ?? null,
      q.country ?? null,
      q.cue ?? null,
      q.setting ?? null,
      q.outlet ?? null,
      q.text,
      q.start,
      q.end,
      date ?? null,
      copy,
    );
    fts.run(info.lastInsertRowid, q.text, q.speaker ?? '');
  }
}

function putEvents(
  db: Sql,
  doc: string,
  rows: DocumentRows,
  actorOf: ReadonlyMap<string, { id: number; name: string; code?: string }>,
  date: string | undefined,
  copy: number,
): void {
  const insert = db.prepare(
    `INSERT INTO events (doc, id, type, mode, cameo, status, date, date_precision, place, facility, country, lat, lon,
       trigger, lemma, start, "end", quote, copy)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const participant = db.prepare(
    'INSERT INTO event_actors (event, role, entity, name, code, actor) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const names = new Map(rows.entities.map((e) => [e.entity, e]));
  for (const e of rows.events) {
    const info = insert.run(
      doc,
      e.id,
      e.type,
      e.mode ?? null,
      e.cameo ?? null,
      e.status,
      e.date ?? date ?? null,
      e.datePrecision ?? null,
      e.place ?? null,
      e.facility ?? null,
      e.country ?? null,
      e.lat ?? null,
      e.lon ?? null,
      e.trigger,
      e.lemma,
      e.start,
      e.end,
      e.quote ?? null,
      copy,
    );
    for (const a of e.actors) {
      const entity = names.get(a.entity);
      const actor = actorOf.get(a.entity);
      participant.run(
        info.lastInsertRowid,
        a.role,
        a.entity,
        actor?.name ?? entity?.name ?? a.entity,
        entity?.code ?? null,
        actor?.id ?? null,
      );
    }
  }
}

function storyOf(db: Sql, canonical: string | undefined): number | undefined {
  if (canonical === undefined) return undefined;
  const story = db.prepare('SELECT story FROM documents WHERE id = ?').pluck().get(canonical) as
    number | null | undefined;
  return story ?? undefined;
}

/** Joins the document to a story about the same event, or starts one. */
function assignStory(
  db: Sql,
  rows: DocumentRows,
  actorOf: ReadonlyMap<string, { id: number; name: string; type: string }>,
  date: string | undefined,
): number | undefined {
  const seed = storySeed(rows, actorOf, date);
  if (!seed) return undefined;
  const candidates = (
    seed.date === undefined
      ? db.prepare('SELECT * FROM stories WHERE type = ? ORDER BY id DESC LIMIT 200').all(seed.type)
      : db
          .prepare(
            `SELECT * FROM stories WHERE type = ? AND (last IS NULL OR (last >= date(?, '-${STORY_WINDOW_DAYS} days')
               AND first <= date(?, '+${STORY_WINDOW_DAYS} days'))) ORDER BY id DESC LIMIT 200`,
          )
          .all(seed.type, seed.date, seed.date)
  ) as Row[];
  const match = candidates.map(toStoryRecord).find((s) => joinsStory(seed, s));
  if (match) {
    const first = minDate(match.first, seed.date);
    const last = maxDate(match.last, seed.date);
    const actors = [...new Set([...match.actors, ...seed.actors])];
    db.prepare(
      'UPDATE stories SET first = ?, last = ?, actors = ?, place = COALESCE(place, ?), documents = documents + 1 WHERE id = ?',
    ).run(first ?? null, last ?? null, JSON.stringify(actors), seed.place ?? null, match.id);
    return match.id;
  }
  const info = db
    .prepare(
      'INSERT INTO stories (label, type, place, first, last, actors, documents) VALUES (?, ?, ?, ?, ?, ?, 1)',
    )
    .run(
      storyLabel(seed),
      seed.type,
      seed.place ?? null,
      seed.date ?? null,
      seed.date ?? null,
      JSON.stringify(seed.actors),
    );
  return Number(info.lastInsertRowid);
}
