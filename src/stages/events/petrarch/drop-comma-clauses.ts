/**
 * PETRARCH's (after TABARI) comma-delimited clause elimination: before coding, a short clause set
 * off by commas is dropped — an aside ("Osgiliath, the state's fiercest foe, agreed"), a trailing
 * attribution ("…, a senior official said on Saturday.") — so that its verbs and actors neither
 * code events nor stand between a verb and its actors. Lengths are in words; a maximum of 0 turns
 * that kind off. The options are PETRARCH's `comma_min`, `comma_max` (internal clauses),
 * `comma_bmin`, `comma_bmax` (initial) and `comma_emin`, `comma_emax` (terminal).
 */
import type { ActorUnit } from './find-actors.js';
import type { CoderWord } from './sentence-words.js';

export interface CommaOptions {
  readonly min: number;
  readonly max: number;
  readonly bmin: number;
  readonly bmax: number;
  readonly emin: number;
  readonly emax: number;
}

/** PETRARCH's defaults: internal 2–8 words, initial off, terminal 2–8 words. */
export const DEFAULT_COMMA_OPTIONS: CommaOptions = { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 };

const OPTION_NAMES: Readonly<Record<string, keyof CommaOptions>> = {
  comma_min: 'min',
  comma_max: 'max',
  comma_bmin: 'bmin',
  comma_bmax: 'bmax',
  comma_emin: 'emin',
  comma_emax: 'emax',
};

/**
 * Comma options from PETRARCH `<Config option value>` settings, defaults for the rest. Example:
 * `commaOptions({ comma_emax: '0' }).emax === 0`.
 */
export function commaOptions(config: Readonly<Record<string, string>>): CommaOptions {
  const out: Record<keyof CommaOptions, number> = { ...DEFAULT_COMMA_OPTIONS };
  for (const [option, value] of Object.entries(config)) {
    const key = OPTION_NAMES[option.toLowerCase()];
    const n = Number.parseInt(value, 10);
    if (key !== undefined && Number.isFinite(n)) out[key] = n;
  }
  return out;
}

/**
 * Indices of the words to keep. A clause is dropped with the comma that opens it (the initial
 * clause with the comma that closes it); a comma inside a list of actors does not delimit a clause
 * ("Evil Mordor, the awful Arnor, and good Gondor", "with Mordor, Rohan, Arnor and Bree after…").
 */
export function keptWords(
  words: readonly CoderWord[],
  actors: readonly ActorUnit[],
  options: CommaOptions,
): number[] {
  let end = words.length;
  while (end > 0 && /^[.!?"'”’]$/u.test(words[end - 1]?.text ?? '')) end--;
  const commas = words.flatMap((w, i) => (w.text === ',' && i < end ? [i] : []));
  const drop = new Set<number>();
  // A clause holding the sentence's only verbs is its main clause ("Arnor, the old kingdom, attacked Gondor").
  const dropRange = (from: number, to: number): void => {
    const rest = words.some((w, i) => w.pos === 'VERB' && !drop.has(i) && (i < from || i >= to));
    if (!rest) return;
    for (let i = from; i < to; i++) drop.add(i);
  };
  // TABARI's bounds as its validation records show them: at least min words, fewer than max.
  const fits = (from: number, to: number, min: number, max: number): boolean =>
    max > 0 &&
    to - from >= min &&
    to - from < max &&
    !(inList(actors, from - 1, to) && !hasVerb(words, from, to));
  const first = commas[0];
  const last = commas[commas.length - 1];
  if (first === undefined || last === undefined) return words.map((_, i) => i);
  for (let k = 0; k + 1 < commas.length; k++) {
    const a = commas[k] ?? 0;
    const b = commas[k + 1] ?? 0;
    if (fits(a + 1, b, options.min, options.max)) dropRange(a, b);
  }
  if (fits(0, first, options.bmin, options.bmax)) dropRange(0, first + 1);
  if (fits(last + 1, end, options.emin, options.emax)) dropRange(last, end);
  return words.flatMap((_, i) => (drop.has(i) ? [] : [i]));
}

function hasVerb(words: readonly CoderWord[], from: number, to: number): boolean {
  return words.slice(from, to).some((w) => w.pos === 'VERB');
}

/** An actor group spans the comma at `a` or the comma at `b`. */
function inList(actors: readonly ActorUnit[], a: number, b: number): boolean {
  const spans = (comma: number): boolean => {
    const before = actors.find(
      (u) => u.last < comma && !actors.some((v) => v.last < comma && v.last > u.last),
    );
    const after = actors.find((u) => u.first > comma);
    return before !== undefined && after !== undefined && before.group === after.group;
  };
  return (a >= 0 && spans(a)) || spans(b);
}
