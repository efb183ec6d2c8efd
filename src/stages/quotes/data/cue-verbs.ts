/**
 * Reporting cues as data. Each verb lists its base form; inflections are generated (irregular ones
 * given). `needs` says what must follow or precede for the verb to report speech rather than do
 * something else: `any` (say, tell: always reporting), `clause` (a that-clause, a clause with its
 * own subject, or quote marks: "suggested that …" but not "suggested a plan"), `quote` (quote marks
 * next to it: "he continued, “…”"). `object` verbs take the addressee first: "told reporters …".
 * The list grew from the Gender Gap Tracker's quote verb list (MIT) and PolNeAR's training cues.
 */

export type CueNeeds = 'any' | 'clause' | 'quote';

export interface CueVerb {
  readonly lemma: string;
  readonly needs: CueNeeds;
  /** Takes the addressee as object before the content: tell, ask, inform, warn, assure, remind. */
  readonly object?: boolean;
  /** Inflected forms when they are not regular (said, told, wrote). */
  readonly forms?: readonly string[];
  /** Particles the cue needs, one of them: "point out", "point to" (a bare "point" is no cue). */
  readonly particles?: readonly string[];
  /** Words after the verb that make it something else: "added to her lead". */
  readonly notBefore?: readonly string[];
  /** A verb of opinion (think, believe): with I, we or you as subject it is not an attribution. */
  readonly opinion?: boolean;
}

const any = (lemma: string, extra: Partial<CueVerb> = {}): CueVerb => ({ lemma, needs: 'any', ...extra });
const clause = (lemma: string, extra: Partial<CueVerb> = {}): CueVerb => ({
  lemma,
  needs: 'clause',
  ...extra,
});
const quote = (lemma: string, extra: Partial<CueVerb> = {}): CueVerb => ({ lemma, needs: 'quote', ...extra });

export const CUE_VERBS: readonly CueVerb[] = [
  any('say', { forms: ['say', 'says', 'said', 'saying'] }),
  any('tell', { forms: ['tell', 'tells', 'told', 'telling'], object: true }),
  any('add', { notBefore: ['to', 'up'] }),
  any('note'),
  any('explain'),
  any('announce'),
  any('claim'),
  any('insist'),
  any('argue'),
  any('assert'),
  any('acknowledge'),
  any('admit', { forms: ['admit', 'admits', 'admitted', 'admitting'] }),
  any('declare'),
  any('stress'),
  any('emphasize'),
  any('emphasise'),
  any('reiterate'),
  any('recall'),
  any('reply', { forms: ['reply', 'replies', 'replied', 'replying'] }),
  any('respond'),
  any('remark'),
  any('comment'),
  any('complain'),
  any('concede'),
  any('contend'),
  any('predict'),
  any('vow'),
  any('pledge'),
  any('tweet'),
  any('write', { forms: ['write', 'writes', 'wrote', 'writing', 'written'] }),
  any('testify', { forms: ['testify', 'testifies', 'testified', 'testifying'] }),
  any('quip', { forms: ['quip', 'quips', 'quipped', 'quipping'] }),
  any('exclaim'),
  any('proclaim'),
  any('allege'),
  any('lament'),
  any('caution'),
  any('boast'),
  any('confirm'),
  any('deny', { forms: ['deny', 'denies', 'denied', 'denying'] }),
  any('warn', { object: true }),
  any('assure', { object: true }),
  any('reassure', { object: true }),
  any('remind', { object: true }),
  any('inform', { object: true }),
  any('notify', { forms: ['notify', 'notifies', 'notified', 'notifying'], object: true }),
  any('ask', { object: true }),
  any('urge', { object: true }),
  any('point', { particles: ['out', 'to'] }),
  // "The poll finds Clinton ahead": a study or survey reporting; "finds himself" has no clause.
  clause('find', { forms: ['find', 'finds', 'found'] }),
  clause('state'),
  clause('suggest'),
  clause('maintain'),
  clause('report'),
  clause('estimate'),
  clause('mention'),
  clause('reveal'),
  clause('disclose'),
  clause('indicate'),
  clause('signal'),
  clause('underscore'),
  clause('highlight'),
  clause('observe'),
  clause('conclude'),
  clause('agree'),
  clause('believe', { opinion: true }),
  clause('think', { forms: ['think', 'thinks', 'thought', 'thinking'], opinion: true }),
  clause('promise'),
  clause('hint'),
  clause('speculate'),
  clause('joke'),
  clause('worry', { forms: ['worry', 'worries', 'worried', 'worrying'], opinion: true }),
  clause('fear', { opinion: true }),
  clause('hope', { opinion: true }),
  clause('post'),
  clause('describe'),
  // Reported with a noun phrase as often as with a clause: "denounced the plan" (see NP_CONTENT).
  clause('praise'),
  clause('decry', { forms: ['decry', 'decries', 'decried', 'decrying'] }),
  clause('denounce'),
  clause('criticize'),
  clause('criticise'),
  clause('charge'),
  clause('accuse'),
  clause('blame'),
  clause('call', { forms: ['call', 'calls', 'called', 'calling'] }),
  quote('continue'),
  quote('begin', { forms: ['begin', 'begins', 'began', 'beginning'] }),
  quote('shout'),
  quote('yell'),
  quote('scream'),
  quote('cry', { forms: ['cry', 'cries', 'cried', 'crying'] }),
  quote('chant'),
  quote('sing', { forms: ['sing', 'sings', 'sang', 'sung', 'singing'] }),
  quote('read'),
];

/**
 * Cue phrases of a verb and a noun: "expressed hope", "made clear". The verb lemma, then the words
 * that must follow it.
 */
export const CUE_PHRASES: readonly {
  readonly lemma: string;
  readonly verb: string;
  readonly then: readonly string[];
}[] = [
  { lemma: 'express hope', verb: 'express', then: ['hope'] },
  { lemma: 'express concern', verb: 'express', then: ['concern'] },
  { lemma: 'express confidence', verb: 'express', then: ['confidence'] },
  { lemma: 'make clear', verb: 'make', then: ['clear'] },
  { lemma: 'make clear', verb: 'make', then: ['it', 'clear'] },
  { lemma: 'go on', verb: 'go', then: ['on'] },
];

/** Irregular inflections of the phrase verbs above. */
export const PHRASE_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  express: ['express', 'expresses', 'expressed', 'expressing'],
  make: ['make', 'makes', 'made', 'making'],
  go: ['go', 'goes', 'went', 'going'],
};
