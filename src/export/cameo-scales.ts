/**
 * Scales derived from an event's category: GDELT's QuadClass from the CAMEO root, PLOVER's quad
 * code from the PLOVER category (they differ: PLOVER files SANCTION as verbal conflict, CAMEO 16 is
 * material), and the Goldstein (1992) weight of a CAMEO code.
 */
import type { EventType } from '../document/document.js';

export type QuadClass = 1 | 2 | 3 | 4;

/** CAMEO root → quad: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
export function cameoQuadClass(cameo: string | undefined): QuadClass | undefined {
  const root = Number(cameo?.slice(0, 2));
  if (!cameo || !Number.isInteger(root) || root < 1 || root > 20) return undefined;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  return root <= 13 ? 3 : 4;
}

/** PLOVER's quad categories (manual draft 0.7, "Quad categories in PLOVER"); our two extensions have none. */
const PLOVER_QUAD: Readonly<Partial<Record<EventType, QuadClass>>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** The PLOVER quad code of a category; for STATEMENT and CEREMONY the CAMEO root's, when there is a code. */
export function ploverQuadCode(type: EventType, cameo: string | undefined): QuadClass | undefined {
  return PLOVER_QUAD[type] ?? cameoQuadClass(cameo);
}

/**
 * Goldstein weights from the CAMEO–Goldstein table GDELT and TABARI distribute, for the root
 * codes (`x0`) and the codes dateline's triggers assign. Any other code gets no weight rather than
 * a guessed one: weights differ inside a root (040 consult 1.0, 046 negotiate 7.0).
 */
const GOLDSTEIN: Readonly<Record<string, number>> = {
  '010': 0,
  '020': 3,
  '030': 4,
  '040': 1,
  '041': 1,
  '042': 1.9,
  '043': 2.8,
  '046': 7,
  '050': 3.5,
  '057': 8,
  '060': 6,
  '070': 7,
  '080': 5,
  '090': -2,
  '100': -5,
  '110': -2,
  '112': -2,
  '120': -4,
  '130': -4.4,
  '140': -6.5,
  '150': -7.2,
  '160': -4,
  '163': -8,
  '170': -7,
  '180': -9,
  '190': -10,
  '200': -10,
};

/** The Goldstein weight of a CAMEO code, when the table has it. Example: `goldsteinScale('040')` → `1`. */
export function goldsteinScale(cameo: string | undefined): number | undefined {
  return cameo === undefined ? undefined : GOLDSTEIN[cameo];
}
