/**
 * CAMEO-style actor codes from what the document says: country (alpha-3) + sector of the role
 * ("U.S. Secretary of State" → USAGOV), an organization standing for a government ("the Kremlin" →
 * RUSGOV), a place or nationality → its country.
 */
import type { Entity } from '../../document/document.js';
import { findAffiliation } from './data/affiliations.js';

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
