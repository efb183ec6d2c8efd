/**
 * Event triggers as data: verbs (inflected by the quotes stage's rules unless forms are given) and
 * nouns, each with its PLOVER type, mode and CAMEO code (CAMEO→PLOVER after the 2021 conversion
 * table by Philip Schrodt). `then` lists words that must follow ("hold talks", "laid flowers").
 * `roles` says how the clause's actors divide: `symmetric` (meet, talks: everyone takes part),
 * `directed` (call, visit: the subject acts on the object), `joins` (join, accompany: the subject
 * joins the object's most recent meeting as a participant).
 */
import type { EventType } from '../../../document/document.js';

export type TriggerRoles = 'symmetric' | 'directed' | 'joins';

export interface Trigger {
  readonly id: string;
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  /** Word forms when not regular: nouns list singular and plural. */
  readonly forms?: readonly string[];
  /** Words that must follow the trigger word, in order. */
  readonly then?: readonly string[];
  readonly type: EventType;
  readonly mode?: string;
  readonly cameo: string;
  readonly roles: TriggerRoles;
  /** Words that, right before the trigger, make it no event: "so-called". */
  readonly notAfter?: readonly string[];
  /**
   * For a noun that names a thing as often as an event ("a bad deal", "U.S. sanctions on Russia"):
   * it is an event only with a verb that makes it happen within a few words before it ("reached a
   * deal", "imposed new sanctions") or after it ("no deal was reached").
   */
  readonly governedBy?: { readonly before: RegExp; readonly after: RegExp };
  /**
   * A verb that, followed by "to" and a verb, only says the next event is intended: "agreed to
   * meet" is a planned meeting, not an agreement.
   */
  readonly beforeInfinitive?: 'intends';
  /** Words that, within three words either side, make it no event: a law "signed into law". */
  readonly notNear?: readonly string[];
}

export const TRIGGERS: readonly Trigger[] = [
  {
    id: 'event/meet',
    lemma: 'meet',
    pos: 'verb',
    forms: ['meet', 'meets', 'met', 'meeting'],
    type: 'CONSULT',
    cameo: '040',
    roles: 'symmetric',
  },
  {
    id: 'event/meeting',
    lemma: 'meeting',
    pos: 'noun',
    forms: ['meeting', 'meetings'],
    type: 'CONSULT',
    cameo: '040',
    roles: 'symmetric',
  },
  {
    id: 'event/summit',
    lemma: 'summit',
    pos: 'noun',
    forms: ['summit', 'summits'],
    type: 'CONSULT',
    cameo: '040',
    roles: 'symmetric',
  },
  {
    id: 'event/talks',
    lemma: 'talks',
    pos: 'noun',
    forms: ['talks'],
    type: 'CONSULT',
    cameo: '046',
    roles: 'symmetric',
  },
  {
    id: 'event/negotiate',
    lemma: 'negotiate',
    pos: 'verb',
    type: 'CONSULT',
    cameo: '046',
    roles: 'symmetric',
  },
  {
    id: 'event/visit',
    lemma: 'visit',
    pos: 'verb',
    type: 'CONSULT',
    mode: 'visit',
    cameo: '042',
    roles: 'directed',
  },
  {
    id: 'event/host',
    lemma: 'host',
    pos: 'verb',
    type: 'CONSULT',
    mode: 'visit',
    cameo: '043',
    roles: 'directed',
  },
  // "call on X to resign", "called for his firing": a demand, not a phone call (listed first: the
  // longest match is tried before the bare verb).
  {
    id: 'event/call-on',
    lemma: 'call on',
    pos: 'verb',
    forms: ['call', 'calls', 'called', 'calling'],
    then: ['on'],
    type: 'REQUEST',
    cameo: '020',
    roles: 'directed',
  },
  {
    id: 'event/call-for',
    lemma: 'call for',
    pos: 'verb',
    forms: ['call', 'calls', 'called', 'calling'],
    then: ['for'],
    type: 'REQUEST',
    cameo: '020',
    roles: 'directed',
  },
  {
    id: 'event/call',
    lemma: 'call',
    pos: 'verb',
    forms: ['call', 'calls', 'called', 'calling'],
    type: 'CONSULT',
    mode: 'phone',
    cameo: '041',
    roles: 'directed',
    notAfter: ['so', 'so-', '-'],
  },
  {
    id: 'event/phone-call',
    lemma: 'phone call',
    pos: 'noun',
    forms: ['phone', 'telephone'],
    then: ['call'],
    type: 'CONSULT',
    mode: 'phone',
    cameo: '041',
    roles: 'symmetric',
  },
  { id: 'event/join', lemma: 'join', pos: 'verb', type: 'CONSULT', cameo: '040', roles: 'joins' },
  {
    id: 'event/accompany',
    lemma: 'accompany',
    pos: 'verb',
    forms: ['accompany', 'accompanies', 'accompanied', 'accompanying'],
    type: 'CONSULT',
    cameo: '040',
    roles: 'joins',
  },
  {
    id: 'event/agree',
    lemma: 'agree',
    pos: 'verb',
    type: 'AGREE',
    cameo: '030',
    roles: 'symmetric',
    beforeInfinitive: 'intends',
  },
  {
    id: 'event/deal',
    lemma: 'deal',
    pos: 'noun',
    forms: ['deal', 'deals', 'agreement', 'agreements', 'accord'],
    type: 'AGREE',
    cameo: '030',
    roles: 'symmetric',
    governedBy: {
      before:
        /^(?:reach|reaches|reached|reaching|sign|signs|signed|signing|strike|strikes|struck|striking|seal|seals|sealed|conclude|concludes|concluded|clinch|clinched|broker|brokered|negotiate|negotiated|negotiating|agree|agreed|announce|announced|finalize|finalized|secure|secured|hammer|hammered)$/u,
      after:
        /^(?:reached|signed|struck|sealed|concluded|clinched|brokered|agreed|announced|finalized|secured)$/u,
    },
  },
  {
    id: 'event/sign',
    lemma: 'sign',
    pos: 'verb',
    type: 'SUPPORT',
    cameo: '057',
    roles: 'symmetric',
    // Signing legislation, orders or letters is not an agreement between actors.
    notNear: [
      'law',
      'laws',
      'bill',
      'bills',
      'legislation',
      'order',
      'orders',
      'measure',
      'letter',
      'petition',
    ],
  },
  {
    id: 'event/press-conference',
    lemma: 'press conference',
    pos: 'noun',
    forms: ['press', 'news'],
    then: ['conference'],
    type: 'STATEMENT',
    cameo: '010',
    roles: 'symmetric',
  },
  {
    id: 'event/lay-flowers',
    lemma: 'lay flowers',
    pos: 'verb',
    forms: ['lay', 'lays', 'laid', 'laying'],
    then: ['flowers'],
    type: 'CEREMONY',
    roles: 'directed',
    cameo: '',
  },
  {
    id: 'event/lay-wreath',
    lemma: 'lay a wreath',
    pos: 'verb',
    forms: ['lay', 'lays', 'laid', 'laying'],
    then: ['a', 'wreath'],
    type: 'CEREMONY',
    roles: 'directed',
    cameo: '',
  },
  { id: 'event/accuse', lemma: 'accuse', pos: 'verb', type: 'ACCUSE', cameo: '112', roles: 'directed' },
  { id: 'event/reject', lemma: 'reject', pos: 'verb', type: 'REJECT', cameo: '120', roles: 'directed' },
  { id: 'event/threaten', lemma: 'threaten', pos: 'verb', type: 'THREATEN', cameo: '130', roles: 'directed' },
  {
    id: 'event/sanction',
    lemma: 'sanctions',
    pos: 'noun',
    forms: ['sanctions'],
    type: 'SANCTION',
    cameo: '163',
    roles: 'directed',
    governedBy: {
      before:
        /^(?:impose|imposes|imposed|imposing|slap|slapped|levy|levied|announce|announced|extend|extended|expand|expanded|approve|approved|tighten|tightened|order|ordered|new|fresh|additional|more)$/u,
      after: /^(?:imposed|announced|extended|approved|levied|ordered)$/u,
    },
  },
  { id: 'event/attack', lemma: 'attack', pos: 'verb', type: 'ASSAULT', cameo: '190', roles: 'directed' },
  { id: 'event/protest', lemma: 'protest', pos: 'verb', type: 'PROTEST', cameo: '140', roles: 'directed' },
  {
    id: 'event/aid',
    lemma: 'aid',
    pos: 'noun',
    forms: ['aid'],
    type: 'AID',
    cameo: '070',
    roles: 'directed',
  },
];

/**
 * Verbs that may stand between a status word and its trigger without taking the status for
 * themselves: "failed to reach a deal", "could arrange a meeting", "will seek to meet". Any other
 * verb between them owns the status word: "does not recall a meeting" negates the recalling.
 */
export const SUPPORT_VERBS =
  /^(?:be|is|are|was|were|been|being|do|does|did|have|has|had|having|hold|holds|held|holding|reach|reaches|reached|reaching|make|makes|made|making|sign|signs|signed|strike|strikes|struck|arrange|arranges|arranged|schedule|schedules|scheduled|set|seal|sealed|conclude|concluded|seek|seeks|sought|try|tries|tried|want|wants|wanted|hope|hopes|hoped|plan|plans|planned|expect|expects|expected|intend|intends|intended|agree|agrees|agreed|continue|continues|continued|begin|begins|began|start|starts|started|get|gets|got|go|going|help|helps|helped|able|likely)$/u;

/**
 * Words before a trigger that set its status, nearest first wins. Rules with ids. A word that belongs
 * to a name is none of them ("Theresa May met"): see `status-cue.ts`.
 */
export const STATUS_CUES: readonly {
  readonly id: string;
  readonly status: 'negated' | 'planned' | 'hypothetical';
  readonly words: RegExp;
}[] = [
  {
    id: 'status/negation',
    status: 'negated',
    words: /^(?:no|not|n't|never|without|failed|refused|declined)$/u,
  },
  {
    id: 'status/future',
    status: 'planned',
    words:
      /^(?:will|would|'ll|’ll|shall|soon|plans?|planned|planning|set|expected|going|intends?|upcoming|next|agreed|agrees?|promised|promises?|vowed|vows?|pledged|pledges?|offered|offers?)$/u,
  },
  { id: 'status/condition', status: 'hypothetical', words: /^(?:if|could|might|may|unless|whether)$/u },
];
