import { describe, expect, it } from 'vitest';
import type { CoderToken, DictionarySet } from '../../src/stages/events/petrarch/index.js';
import {
  codeText,
  coderWords,
  codeWords,
  loadDictionarySet,
  parsePetrarchDiscards,
  parsePetrarchVerbs,
} from '../../src/stages/events/petrarch/index.js';

// A tiny dictionary set written for these tests (invented actors, CAMEO-style codes).
const VERBS = `
&TIETYPES
+MILITARY
+ECONOMIC

--- RESTORE [050] ---
RESTORE
- * {&TIETYPES TIES} [080]
- * RELATIONS (WITH +) [051]

--- MEET [040:040] ---
MEET {MEETS MET MEETING}

--- POSTPONE [120] ---
POSTPONE
- % * [120]

--- CRITICIZE [111] ---
CRITICIZE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
`;

const ACTORS = `
ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
ROHAN [ROH]
`;

const AGENTS = `
GOVERNMENT [~GOV]
PRESIDENT [~GOV]
`;

const ONTOLOGY = `
050:0x0080
110:0x1007f
111:0x7001
`;

function dictionaries(): DictionarySet {
  return loadDictionarySet({
    verbs: { text: VERBS, file: 'verbs' },
    actors: [{ text: ACTORS, file: 'actors' }],
    agents: [{ text: AGENTS, file: 'agents' }],
    discards: { text: 'BASEBALL\n+TYPHOON\n', file: 'discards' },
    ontology: { text: ONTOLOGY, file: 'pico' },
  });
}

// Tokens without the language model: words split on spaces and punctuation, POS guessed from a list.
const POS: Record<string, string> = {
  the: 'DET',
  a: 'DET',
  with: 'ADP',
  by: 'ADP',
  of: 'ADP',
  and: 'CCONJ',
  was: 'AUX',
  did: 'AUX',
  not: 'PART',
  has: 'AUX',
  have: 'AUX',
  their: 'PRON',
  full: 'ADJ',
  military: 'ADJ',
  ties: 'NOUN',
  relations: 'NOUN',
  meeting: 'NOUN',
  government: 'NOUN',
  ',': 'PUNCT',
  '.': 'PUNCT',
};
const VERB_WORDS = /^(?:restored?|restores|met|meets?|postponed|criticized|criticize|cordoned|said)$/u;

function tokens(text: string): CoderToken[] {
  return [...text.matchAll(/[\w-]+|[^\s\w]/gu)].map((m) => {
    const word = m[0].toLowerCase();
    const pos = POS[word] ?? (VERB_WORDS.test(word) ? 'VERB' : /^[A-Z]/u.test(m[0]) ? 'PROPN' : 'NOUN');
    return { start: m.index, end: m.index + m[0].length, pos };
  });
}

function code(text: string, set = dictionaries()): string[] {
  return codeWords(coderWords(text, tokens(text)), set, { date: '20200101' }).map(
    (e) => `${e.code} ${e.source} ${e.target}`,
  );
}

describe('parsePetrarchVerbs', () => {
  it('reads synsets, blocks, forms and patterns', () => {
    const { dictionary, problems } = parsePetrarchVerbs(VERBS, 'verbs');
    expect(problems).toEqual([]);
    expect(dictionary.synsets.get('TIETYPES')).toContainEqual(['MILITARY']);
    expect(dictionary.synsets.get('TIETYPES')).toContainEqual(['ECONOMICS']);
    expect(dictionary.forms.get('RESTORED')?.[0]?.code).toBe('050');
    expect(dictionary.forms.get('MET')?.[0]?.reverse).toBe('040');
    const cordon = dictionary.forms.get('CORDONED')?.[0];
    expect(cordon?.words).toEqual(['CORDONED', 'OFF']);
    expect(cordon?.head).toBe(0);
    const restore = dictionary.blocks.find((b) => b.name === 'RESTORE');
    expect(restore?.patterns.map((p) => p.code)).toEqual(['080', '051']);
    expect(restore?.patterns[1]?.after.map((e) => e.kind)).toEqual(['word', 'group']);
    expect(dictionary.blocks.find((b) => b.name === 'POSTPONE')?.patterns[0]?.compound).toBe(true);
  });

  it('reads forms listed with commas between them', () => {
    const { dictionary, problems } = parsePetrarchVerbs(
      '--- SELECT [---] ---\n+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]\n',
      'verbs',
    );
    expect(problems).toEqual([]);
    expect([...dictionary.forms.keys()]).toEqual(['IS', 'WAS', 'BE']);
  });

  it('reports bad lines with their line numbers and keeps reading', () => {
    const text = [
      '--- RESTORE [050] ---', // 1
      'RESTORE', // 2
      '- * TIES [xyz]', // 3: not a code
      '- TIES [050]', // 4: no "*"
      '- * &NOPE [050]', // 5: synset never defined
      '- * {TIES [050]', // 6: unclosed brace
      'stray words here', // 7: a verb cannot have spaces
      '- * RELATIONS [051]', // 8: fine
    ].join('\n');
    const { dictionary, problems } = parsePetrarchVerbs(text, 'bad');
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6, 7, 5]);
    expect(problems.every((p) => p.file === 'bad' && p.reason.length > 0)).toBe(true);
    expect(dictionary.blocks[0]?.patterns.map((p) => p.code)).toEqual(['051']);
  });

  it('never throws on hostile text', () => {
    const junk = ['[[[', '--- ---', '&', '+', '- * * [1]', '{{{{', '- ( ( ( * [050]', '\u0000\uffff'].join(
      '\n',
    );
    expect(() => parsePetrarchVerbs(junk.repeat(200), 'junk')).not.toThrow();
  });
});

describe('parsePetrarchDiscards', () => {
  it('reads sentence and story discards', () => {
    const { items } = parsePetrarchDiscards('BASEBALL  # sport\n+WORLD_GOLF_CHAMPIONSHIPS\n', 'd');
    expect(items).toEqual([
      { words: ['BASEBALL'], scope: 'sentence', line: 1 },
      { words: ['WORLD', 'GOLF', 'CHAMPIONSHIPS'], scope: 'story', line: 2 },
    ]);
  });
});

describe('dictionary coder', () => {
  it('codes source before the verb and target after it, with patterns and synsets', () => {
    expect(code('Arnor restored full military ties with Gondor.')).toEqual(['080 ARN GON']);
    expect(code('Arnor restored relations with Gondor.')).toEqual(['051 ARN GON']);
    expect(code('Arnor restored Gondor.')).toEqual(['050 ARN GON']);
  });

  it('adds agents to actors and codes coordinated actors', () => {
    expect(code('The government of Arnor and Rohan restored ties with Minas Tirith.')).toEqual([
      '050 ARNGOV GON',
      '050 ROHGOV GON',
    ]);
  });

  it('codes both directions of a [a:b] code and compound "%" patterns', () => {
    expect(code('Arnor met Gondor.')).toEqual(['040 ARN GON', '040 GON ARN']);
    expect(code('Arnor and Gondor postponed their meeting.')).toEqual(['120 ARN GON', '120 GON ARN']);
  });

  it('swaps source and target in the passive', () => {
    expect(code('Gondor was criticized by Arnor.')).toEqual(['111 ARN GON']);
  });

  it('negates through the coding ontology', () => {
    const set = dictionaries();
    expect(code('Arnor criticized Gondor.', set)).toEqual(['111 ARN GON']);
    // 111 has no negation in the tiny ontology: the code stays.
    expect(code('Arnor did not criticize Gondor.', set)).toEqual(['111 ARN GON']);
  });

  it('codes nothing without both actors, or in a discarded sentence', () => {
    expect(code('A senior official said Arnor restored.')).toEqual([]);
    expect(code('Arnor restored baseball ties with Gondor.')).toEqual([]);
  });

  it('stays bounded on 500 coordinated actors', () => {
    const many = Array.from({ length: 500 }, (_, i) => ['Arnor', 'Gondor', 'Rohan'][i % 3]).join(', ');
    const text = `${many} and Rohan restored ties with ${many}.`;
    const started = performance.now();
    const events = code(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(events.length).toBeGreaterThan(0);
  });

  it('codes text through dateline analyze', () => {
    const sentences = codeText(
      'Arnor restored full military ties with Gondor. Rohan met Gondor.',
      dictionaries(),
    );
    expect(sentences.map((s) => s.events.map((e) => `${e.code} ${e.source} ${e.target}`))).toEqual([
      ['080 ARN GON'],
      ['040 ROH GON', '040 GON ROH'],
    ]);
  });

  it('lets a time phrase, an infinitive or a one-noun phrase stand between the verb and its pattern', () => {
    const set = loadDictionarySet({
      verbs: {
        text: '--- VOW [170] ---\nVOW\n- * WAR [190]\n\n--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $ [071]\n',
        file: 'verbs',
      },
      actors: [{ text: ACTORS, file: 'actors' }],
    });
    const codes = (text: string): string[] =>
      codeText(text, set).flatMap((s) => s.events.map((e) => `${e.code} ${e.source} ${e.target}`));
    expect(codes('Arnor vowed on Thursday to wage war on Gondor.')).toEqual(['190 ARN GON']);
    expect(codes('Arnor received by courier money from Gondor.')).toEqual(['071 GON ARN']);
    expect(codes('Arnor vowed new talks about war with Gondor.')).toEqual(['170 ARN GON']);
  });

  it('does not read the verb’s own infinitive "to" as a "(TO)" phrase before it', () => {
    const set = loadDictionarySet({
      verbs: { text: '--- ACCORD [013] ---\nACCORD\n- (TO) * [073]\n', file: 'verbs' },
      actors: [{ text: ACTORS, file: 'actors' }],
    });
    const events = codeText('Arnor is inching nearer to accord with Gondor.', set).flatMap((s) => s.events);
    expect(events.map((e) => `${e.code} ${e.source} ${e.target}`)).toEqual(['013 ARN GON']);
  });

  it('stacks a prefix agent before the name with a suffix agent after it', () => {
    const set = loadDictionarySet({
      verbs: { text: VERBS, file: 'verbs' },
      actors: [{ text: ACTORS, file: 'actors' }],
      agents: [{ text: 'MSF [NGO~]\nDIPLOMAT [~GOV]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\n', file: 'agents' }],
    });
    const codes = (text: string): string[] =>
      codeText(text, set).flatMap((s) => s.events.map((e) => `${e.code} ${e.source} ${e.target}`));
    expect(codes('An MSF Arnor diplomat restored relations with Gondor.')).toEqual(['051 NGOARNGOV GON']);
    expect(codes('Lawmakers and officials in Arnor restored relations with Gondor.')).toEqual([
      '051 ARNLEG GON',
      '051 ARNGOV GON',
    ]);
  });

  it('takes agent plurals from the agents file only ("POLICE {}" has none)', () => {
    const set = loadDictionarySet({
      verbs: { text: '--- RECEIVE [033] ---\nRECEIVE\n', file: 'verbs' },
      actors: [{ text: ACTORS, file: 'actors' }],
      agents: [{ text: 'POLICE {} [~COP]\nMINISTER [~GOV]\n', file: 'agents' }],
    });
    const codes = (text: string): string[] =>
      codeText(text, set).flatMap((s) => s.events.map((e) => `${e.code} ${e.source} ${e.target}`));
    expect(codes('Rohan received Gondor’s polices.')).toEqual(['033 ROH GON']);
    expect(codes('Rohan received Gondor’s ministers.')).toEqual(['033 ROH GONGOV']);
  });
});
