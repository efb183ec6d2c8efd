/**
 * Sector codes for titles and common nouns (agents dictionary: "president" → GOV), and country
 * codes for country names, demonyms and the cities the country dictionary lists.
 */
import type { ActorBase } from './actor-base.js';
import type { AgentEntry } from './actor-types.js';
import { normalizeName } from './normalize-name.js';
import { isDated, windowCovers } from './petrarch-dates.js';

const MAX_TITLE_WORDS = 12;
const ALPHA3 = /^[A-Z]{3}$/u;

/**
 * The agent a title names: the whole title, else its longest ending ("U.S. Secretary of State" →
 * "secretary of state"), else its longest beginning ("minister of X" → "minister").
 */
export function findAgent(base: Pick<ActorBase, 'agents'>, title: string): AgentEntry | undefined {
  const words = normalizeName(title).split(' ').slice(0, MAX_TITLE_WORDS);
  if (words[0] === '') return undefined;
  for (let from = 0; from < words.length; from++) {
    const agent = base.agents.get(words.slice(from).join(' '));
    if (agent) return agent;
  }
  for (let to = words.length - 1; to > 0; to--) {
    const agent = base.agents.get(words.slice(0, to).join(' '));
    if (agent) return agent;
  }
  return undefined;
}

/** Sector code of a title or common noun: `agentCode(base, 'President')` → `GOV`. */
export function agentCode(base: Pick<ActorBase, 'agents'>, titleOrNoun: string): string | undefined {
  return findAgent(base, titleOrNoun)?.code;
}

/** ISO alpha-3 code for a country name, demonym or listed city: `countryCode(base, 'Afghan')` → `AFG`. */
export function countryCode(base: ActorBase, name: string, date?: string): string | undefined {
  for (const index of base.byName.get(normalizeName(name)) ?? []) {
    const entry = base.entries[index];
    if (entry?.kind !== 'country') continue;
    // Countries carry their history too: UKRAINE is [USRUKR <910824] … [UKR >911221].
    const roles = entry.roles.filter((r) => ALPHA3.test(r.code));
    const role =
      date === undefined
        ? (roles.find((r) => !isDated(r)) ?? roles.find((r) => r.end === undefined) ?? roles[0])
        : (roles.find((r) => isDated(r) && windowCovers(r, date)) ?? roles.find((r) => !isDated(r)));
    if (role) return role.code;
  }
  return undefined;
}

/** Splits `RUSGOV` into country `RUS` and sector `GOV` when it starts with a known country code. */
export function splitCode(
  base: Pick<ActorBase, 'countryCodes'>,
  code: string,
): { country?: string; sector?: string } {
  const head = code.slice(0, 3);
  if (!base.countryCodes.has(head)) return {};
  const sector = code.slice(3);
  return sector === '' ? { country: head } : { country: head, sector };
}
