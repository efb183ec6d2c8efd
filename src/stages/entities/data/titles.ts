/**
 * Titles as data: the head words of a role ("president", "secretary of state", "envoy") with the
 * sector they put their holder in (CAMEO-style: GOV, MIL, LEG, JUD, BUS, MED, OPP, IGO, REL, EDU),
 * whether they lead a state or government, and the modifiers that may stand before them.
 */

export type Sector =
  'GOV' | 'MIL' | 'LEG' | 'JUD' | 'BUS' | 'MED' | 'OPP' | 'IGO' | 'REL' | 'EDU' | 'PTY' | 'COP';

export interface TitleHead {
  /** Lower-case words, e.g. ['secretary', 'of', 'state']. */
  readonly words: readonly string[];
  readonly sector: Sector;
  /** Heads of state or government: the "leaders" of "the two leaders". */
  readonly leader?: boolean;
}

const t = (form: string, sector: Sector, leader = false): TitleHead => ({
  words: form.split(' '),
  sector,
  ...(leader ? { leader } : {}),
});

export const TITLE_HEADS: readonly TitleHead[] = [
  t('president', 'GOV', true),
  t('prime minister', 'GOV', true),
  t('premier', 'GOV', true),
  t('chancellor', 'GOV', true),
  t('king', 'GOV', true),
  t('queen', 'GOV', true),
  t('emir', 'GOV', true),
  t('sultan', 'GOV', true),
  t('crown prince', 'GOV'),
  t('head of state', 'GOV', true),
  t('head of government', 'GOV', true),
  t('supreme leader', 'GOV', true),
  t('leader', 'GOV'),
  t('vice president', 'GOV'),
  t('vice-president', 'GOV'),
  t('deputy prime minister', 'GOV'),
  t('minister', 'GOV'),
  t('foreign minister', 'GOV'),
  t('defense minister', 'GOV'),
  t('defence minister', 'GOV'),
  t('finance minister', 'GOV'),
  t('secretary of state', 'GOV'),
  t('secretary', 'GOV'),
  t('foreign secretary', 'GOV'),
  t('home secretary', 'GOV'),
  t('attorney general', 'JUD'),
  t('press secretary', 'GOV'),
  t('chief of staff', 'GOV'),
  t('national security adviser', 'GOV'),
  t('national security advisor', 'GOV'),
  t('adviser', 'GOV'),
  t('advisor', 'GOV'),
  t('aide', 'GOV'),
  t('envoy', 'GOV'),
  t('ambassador', 'GOV'),
  t('spokesman', 'GOV'),
  t('spokeswoman', 'GOV'),
  t('spokesperson', 'GOV'),
  t('official', 'GOV'),
  t('diplomat', 'GOV'),
  t('negotiator', 'GOV'),
  t('governor', 'GOV'),
  t('mayor', 'GOV'),
  t('commissioner', 'GOV'),
  t('senator', 'LEG'),
  t('sen.', 'LEG'),
  t('representative', 'LEG'),
  t('rep.', 'LEG'),
  t('congressman', 'LEG'),
  t('congresswoman', 'LEG'),
  t('lawmaker', 'LEG'),
  t('speaker', 'LEG'),
  t('legislator', 'LEG'),
  t('mp', 'LEG'),
  t('majority leader', 'LEG'),
  t('minority leader', 'LEG'),
  t('general', 'MIL'),
  t('gen.', 'MIL'),
  t('admiral', 'MIL'),
  t('adm.', 'MIL'),
  t('colonel', 'MIL'),
  t('col.', 'MIL'),
  t('commander', 'MIL'),
  t('chief of general staff', 'MIL'),
  t('marshal', 'MIL'),
  t('judge', 'JUD'),
  t('justice', 'JUD'),
  t('chief justice', 'JUD'),
  t('prosecutor', 'JUD'),
  t('special counsel', 'JUD'),
  t('ceo', 'BUS'),
  t('chief executive', 'BUS'),
  t('chief executive officer', 'BUS'),
  t('chairman', 'BUS'),
  t('chairwoman', 'BUS'),
  t('founder', 'BUS'),
  t('executive', 'BUS'),
  t('economist', 'BUS'),
  t('analyst', 'BUS'),
  t('secretary-general', 'IGO'),
  t('secretary general', 'IGO'),
  t('director-general', 'IGO'),
  t('director general', 'IGO'),
  t('inspector general', 'GOV'),
  t('director', 'GOV'),
  t('chief', 'GOV'),
  t('head', 'GOV'),
  t('pope', 'REL', true),
  t('cardinal', 'REL'),
  t('archbishop', 'REL'),
  t('bishop', 'REL'),
  t('imam', 'REL'),
  t('opposition leader', 'OPP'),
  t('activist', 'OPP'),
  t('dissident', 'OPP'),
  t('correspondent', 'MED'),
  t('journalist', 'MED'),
  t('editor', 'MED'),
  t('reporter', 'MED'),
  t('anchor', 'MED'),
  t('professor', 'EDU'),
  t('prof.', 'EDU'),
  t('police chief', 'COP'),
];

/** Words that may qualify a title without being one: "presidential envoy", "top economic envoy". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'top',
  'senior',
  'chief',
  'deputy',
  'vice',
  'first',
  'special',
  'presidential',
  'former',
  'acting',
  'interim',
  'new',
  'foreign',
  'defense',
  'defence',
  'finance',
  'economic',
  'economy',
  'trade',
  'energy',
  'interior',
  'justice',
  'health',
  'security',
  'national',
  'state',
  'press',
  'military',
  'foreign-policy',
  'climate',
  'commerce',
  'treasury',
  'home',
  'executive',
  'assistant',
  'associate',
  'principal',
  'lead',
  'regional',
  'federal',
  'prime',
  'powerful',
  'longtime',
  'veteran',
  'outgoing',
  'incoming',
  'elected',
  'de',
  'facto',
  'permanent',
  'of',
]);

const byFirstWord = new Map<string, TitleHead[]>();
for (const head of TITLE_HEADS) {
  const first = head.words[0] ?? '';
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), head]);
}

/** The longest title head that starts at `words[i]` (lower case), with its length in words. */
export function titleHeadAt(
  words: readonly string[],
  i: number,
): { head: TitleHead; length: number } | undefined {
  let best: { head: TitleHead; length: number } | undefined;
  for (const head of byFirstWord.get(words[i] ?? '') ?? []) {
    const fits = head.words.every((w, k) => words[i + k] === w);
    if (fits && (!best || head.words.length > best.length)) best = { head, length: head.words.length };
  }
  return best;
}
