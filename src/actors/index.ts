/**
 * The actor base: who is who in CAMEO terms (country + sector codes such as USAGOV, RUSGOV,
 * IGOUNO). Seeded from the PETRARCH Phoenix dictionaries shipped in `data/actors/` (MIT, see
 * `data/actors/LICENSE-PETRARCH.txt`), extended by a user's own dictionaries (PETRARCH, JSON or
 * CSV), and kept current by roles learned from the news with their evidence.
 *
 *     const base = createActorBase();
 *     lookupActor(base, 'Vladimir Putin', '2005-06-01')[0]?.code; // 'RUSGOV'
 *     learnRole(base, { name: 'Donald Trump', title: 'President', country: 'USA', date: '2025-08-16', docId, span });
 *     actorCode(base, 'Trump', '2025-08-16'); // 'USAGOV'
 */
export type {
  ActorEntry,
  ActorRecord,
  ActorRole,
  ActorSource,
  AgentEntry,
  DictionaryProblem,
  ParseResult,
  RoleEvidence,
} from './actor-types.js';
export type { ActorBase, ActorBaseOptions } from './actor-base.js';
export { addAgents, addEntries, createActorBase, loadDictionaryFile, parseDictionary } from './actor-base.js';
export {
  actorsFromTsv,
  actorsToTsv,
  agentsFromTsv,
  agentsToTsv,
  readShippedActors,
  SHIPPED_DIR,
} from './actor-data.js';
export type { ShippedActors } from './actor-data.js';
export { agentCode, countryCode, findAgent, splitCode } from './agent-code.js';
export { learnedFromJSON, learnedToJSON, learnRole } from './learn-role.js';
export type { RoleObservation } from './learn-role.js';
export type { LearnedJson, LearnedRole } from './learned-roles.js';
export { listActors } from './list-actors.js';
export type { ActorList, ActorListOptions } from './list-actors.js';
export { actorCode, lookupActor, NEAR_DAYS } from './lookup-actor.js';
export { displayName, normalizeName } from './normalize-name.js';
export { parsePetrarchActors } from './parse-petrarch-actors.js';
export type { ActorParseOptions } from './parse-petrarch-actors.js';
export { parsePetrarchAgents } from './parse-petrarch-agents.js';
export { petrarchDate } from './petrarch-dates.js';
export { parseUserCsv, parseUserJson } from './user-dictionary.js';
export type { UserActorRow } from './user-dictionary.js';
