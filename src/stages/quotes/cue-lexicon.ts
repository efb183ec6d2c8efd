/**
 * The reporting-cue lexicon: every inflected form of the verbs in `data/cue-verbs.ts`, looked up by
 * lower-case word.
 */
import type { CueVerb } from './data/cue-verbs.js';
import { CUE_PHRASES, CUE_VERBS, PHRASE_VERB_FORMS } from './data/cue-verbs.js';

/** Regular English inflections of a verb: base, -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  if (/e$/u.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/u.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  if (/(?:s|sh|ch|x|z)$/u.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

const byForm = new Map<string, CueVerb>();
for (const verb of CUE_VERBS) {
  for (const form of verb.forms ?? inflect(verb.lemma)) if (!byForm.has(form)) byForm.set(form, verb);
}

/** The cue verb a word is a form of: `said` → say. */
export function cueVerb(word: string): CueVerb | undefined {
  return byForm.get(word.toLowerCase());
}

/** A two- or three-word cue phrase starting at a verb form: "expressed hope" → `express hope`. */
export function cuePhrase(words: readonly string[]): { lemma: string; length: number } | undefined {
  const first = words[0]?.toLowerCase();
  if (first === undefined) return undefined;
  for (const phrase of CUE_PHRASES) {
    if (!(PHRASE_VERB_FORMS[phrase.verb] ?? []).includes(first)) continue;
    if (phrase.then.every((w, k) => words[k + 1]?.toLowerCase() === w)) {
      return { lemma: phrase.lemma, length: 1 + phrase.then.length };
    }
  }
  return undefined;
}

/** Whether a word is an -ing form of a cue verb ("adding", "noting"), which starts a new attributed clause. */
export function isCueParticiple(word: string): boolean {
  return /ing$/u.test(word) && cueVerb(word) !== undefined;
}
