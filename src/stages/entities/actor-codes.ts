/**
 * CAMEO-style actor codes from what the document says: country (alpha-3) + sector of the role
 * ("U.S. Secretary of State" → USAGOV), an organization standing for a government ("the Kremlin" →
 * RUSGOV), a place or nationality → its country.
 */
import type { ActorBase } from '../../actors/actor-base.js';
import { createActorBase } from '../../actors/actor-base.js';
import { learnRole } from '../../actors/learn-role.js';
import { lookupActor } from '../../actors/lookup-actor.js';
import type { Document, Entity } from '../../document/document.js';
import type { StageContext } from '../../pipeline/stage.js';
import { findAffiliation } from './data/affiliations.js';

let shipped: ActorBase | undefined;

/** The actor base a stage uses: the caller's, else the shipped PETRARCH base (loaded once). */
export function actorBaseFor(context: StageContext): ActorBase {
  return context.actors ?? (shipped ??= createActorBase());
}

/**
 * Sets `actor` on each entity: from the document's own words first, else from the actor base at the
 * story's date. With `learnRoles`, each role the document states is recorded in the base.
 */
export function assignActors(doc: Document, entities: readonly Entity[], context: StageContext): void {
  const base = actorBaseFor(context);
  const date = doc.meta.dateline?.date ?? doc.meta.published;
  for (const e of entities) {
    const own = actorCode(e);
    if (own) {
      e.actor = own;
      e.actorSource = 'document';
    } else if ((e.type === 'PERSON' || e.type === 'ORG') && e.name.length < 200) {
      const record = lookupActor(base, e.name, date)[0];
      if (record && record.code !== '---') {
        e.actor = record.code;
        e.actorSource = record.source;
      }
    }
    if (context.learnRoles && date && e.type === 'PERSON') learnRoles(base, doc, e, date);
  }
}

function learnRoles(base: ActorBase, doc: Document, e: Entity, date: string): void {
  for (const role of e.roles) {
    if (!role.country) continue;
    learnRole(base, {
      name: e.name,
      title: role.title,
      country: role.country,
      ...(role.sector ? { sector: role.sector } : {}),
      date,
      docId: doc.id,
      span: role.span,
    });
  }
}

/** The actor code for an entity, or undefined when nothing in the document ties it to a country. */
export function actorCode(entity: Entity): string | undefined {
  if (entity.type === 'PERSON') {
    const role = entity.roles.find((r) => r.country && r.sector) ?? entity.roles.find((r) => r.country);
    if (role?.country) return `${role.country}${role.sector ?? ''}`;
    return entity.country;
  }
  if (entity.type === 'ORG') {
    const aff = findAffiliation(entity.name);
    return aff?.org ? `${aff.country}${aff.sector ?? ''}` : entity.country;
  }
  return entity.type === 'GPE' || entity.type === 'NORP' ? entity.country : undefined;
}
