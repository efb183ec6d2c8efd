/**
 * CAMEO-style actor codes from what the document says: country (alpha-3) + sector of the role
 * ("U.S. Secretary of State" → USAGOV), an organization standing for a government ("the Kremlin" →
 * RUSGOV), a place or nationality → its country.
 */
import type { ActorBase } from '../../actors/actor-base.js';
import { createActorBase } from '../../actors/actor-base.js';
import { learnRole } from '../../actors/learn-role.js';
import { lookupActor } from '../../actors/lookup-actor.js';
import type { Document, Entity, Role } from '../../document/document.js';
import type { StageContext } from '../../pipeline/stage.js';
import { countryByIso, findCountry } from '../../geo/countries.js';
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
    if (e.type === 'PERSON' && !e.country && e.roles.length > 0) inferRoleCountry(base, doc, e, date);
    e.roles = dropContradicted(e.roles);
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

/**
 * A title without a country ("Senator Bob Corker", "President Donald Trump"): the country the actor
 * base knows for the person, else the dateline's country (a Washington story's senators are U.S.
 * senators). Marked inferred, with where the country came from.
 */
function inferRoleCountry(base: ActorBase, doc: Document, e: Entity, date: string | undefined): void {
  const known = lookupActor(base, e.name, date).find((r) => r.country);
  // Legislators, judges and local officials are nearly always the dateline country's own.
  const domestic = e.roles.some(
    (r) => r.sector === 'LEG' || r.sector === 'JUD' || /\b(?:state|governor|mayor)\b/iu.test(r.title),
  );
  const country = known?.country ?? storyCountry(doc, domestic);
  if (!country) return;
  const countryFrom = known?.country ? ('actor-base' as const) : ('dateline' as const);
  e.roles = e.roles.map((r) => (r.country ? r : { ...r, country, inferred: true, countryFrom }));
  e.country = country;
}

/**
 * The dateline's country when the story itself names that country (not just a city in it) outside
 * the dateline — for a legislator or judge at all, for others more often than any other country:
 * "WASHINGTON (Reuters) - … U.S. senators …" yes; a Brussels story about U.S. envoys that mentions
 * Belgium twice, no.
 */
function storyCountry(doc: Document, domestic: boolean): string | undefined {
  const dateline = doc.meta.dateline;
  const iso3 = dateline?.country ? countryByIso(dateline.country)?.iso3 : undefined;
  if (!dateline || !iso3) return undefined;
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  const outside = (id: string): boolean => {
    const m = mentions.get(id);
    return m !== undefined && (m.start >= dateline.span.end || m.end <= dateline.span.start);
  };
  const counts = new Map<string, number>();
  for (const e of doc.layers.entities ?? []) {
    if (!e.country || !((e.type === 'GPE' && findCountry(e.name)) || e.type === 'NORP')) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.filter(outside).length);
  }
  const own = counts.get(iso3) ?? 0;
  return own > 0 && (domestic || own >= Math.max(...counts.values())) ? iso3 : undefined;
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

/** An inferred country for a title the text elsewhere gives another country is dropped from that role. */
function dropContradicted(roles: readonly Role[]): Role[] {
  return roles.map((r) => {
    if (countryRank(r) === 0 || !r.country) return r;
    const stated = roles.find(
      (o) =>
        countryRank(o) === 0 &&
        o.country &&
        o.country !== r.country &&
        o.title.toLowerCase() === r.title.toLowerCase(),
    );
    if (!stated?.country) return r;
    return {
      title: r.title,
      country: stated.country,
      span: r.span,
      rule: r.rule,
      inferred: true,
      ...(r.org === undefined ? {} : { org: r.org }),
      ...(r.sector === undefined ? {} : { sector: r.sector }),
    };
  });
}

const COUNTRY_RANK: Readonly<Record<string, number>> = { coordination: 1, 'actor-base': 2, dateline: 3 };

function countryRank(role: Role): number {
  return role.countryFrom === undefined ? (role.inferred ? 1 : 0) : (COUNTRY_RANK[role.countryFrom] ?? 3);
}

/** The actor code for an entity, or undefined when nothing in the document ties it to a country. */
export function actorCode(entity: Entity): string | undefined {
  if (entity.type === 'PERSON') {
    // A country the text states beats one inferred from a coordinated title, the actor base or the
    // dateline ("Russian President Putin and President Trump" must not make Trump Russian when
    // the story calls him "U.S. President" elsewhere).
    const roles = [...entity.roles].sort((a, b) => countryRank(a) - countryRank(b));
    const role = roles.find((r) => r.country && r.sector) ?? roles.find((r) => r.country);
    if (role?.country) return `${role.country}${role.sector ?? ''}`;
    return entity.country;
  }
  if (entity.type === 'ORG') {
    const aff = findAffiliation(entity.name);
    return aff?.org ? `${aff.country}${aff.sector ?? ''}` : entity.country;
  }
  return entity.type === 'GPE' || entity.type === 'NORP' ? entity.country : undefined;
}
