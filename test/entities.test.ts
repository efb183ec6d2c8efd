import { describe, expect, it } from 'vitest';
import type { Document } from '../src/document/document.js';
import { analyze } from '../src/pipeline/analyze.js';
import { expectSpansWithin } from './helpers.js';

const run = (text: string): Document => {
  const doc = analyze(text);
  expectSpansWithin(doc);
  return doc;
};
const person = (doc: Document, name: string) =>
  doc.layers.entities?.find((e) => e.type === 'PERSON' && e.name === name);
const pronounTarget = (doc: Document, pronoun: string, from = 0): string | undefined => {
  const at = doc.text.indexOf(pronoun, from);
  const m = doc.layers.mentions?.find((x) => x.kind === 'pronoun' && x.start === at);
  return doc.layers.entities?.find((e) => e.id === m?.entities[0])?.name;
};

describe('entities: roles and affiliations', () => {
  it('reads a title before the name, with or without a comma', () => {
    const doc = run(
      'German Chancellor Angela Merkel met French President, Emmanuel Macron, in Berlin on Monday.',
    );
    expect(person(doc, 'Angela Merkel')).toMatchObject({
      country: 'DEU',
      actor: 'DEUGOV',
      roles: [{ title: 'Chancellor', country: 'DEU' }],
    });
    expect(person(doc, 'Emmanuel Macron')).toMatchObject({
      country: 'FRA',
      roles: [{ title: 'President', country: 'FRA' }],
    });
  });

  it('reads an appositive after the name: "X, the foreign minister of Y,"', () => {
    const doc = run('Dmytro Kuleba, the foreign minister of Ukraine, said talks would go on.');
    expect(person(doc, 'Dmytro Kuleba')?.roles[0]).toMatchObject({
      title: 'foreign minister',
      country: 'UKR',
      rule: 'role/appositive-after-name',
    });
  });

  it('reads a possessive affiliation: "Y\'s top diplomat"', () => {
    const doc = run("John Kerry, America's top climate envoy, arrived in Beijing on Sunday.");
    expect(person(doc, 'John Kerry')?.roles[0]).toMatchObject({ title: 'top climate envoy', country: 'USA' });
  });

  it('takes the country from an organization that stands for a government', () => {
    const doc = run('White House spokeswoman Karine Jean-Pierre told reporters the trip was on.');
    const e = person(doc, 'Karine Jean-Pierre');
    expect(e?.roles[0]).toMatchObject({ country: 'USA', org: 'the White House' });
    expect(e?.actor).toBe('USAGOV');
  });

  it('passes a country along a coordinated list of titles, marked inferred', () => {
    const doc = run('Chinese Foreign Minister, Wang Yi, and senior aide Li Wei joined the talks.');
    expect(person(doc, 'Li Wei')?.roles[0]).toMatchObject({
      country: 'CHN',
      inferred: true,
      rule: 'role/coordinated-affiliation',
    });
  });

  it('gives military titles a military sector', () => {
    const doc = run('Russian General Valery Gerasimov visited the front, the ministry said.');
    expect(person(doc, 'Valery Gerasimov')?.actor).toBe('RUSMIL');
  });
});

describe('entities: names and coreference', () => {
  it('links surnames to the full name given earlier', () => {
    const doc = run('Prime Minister Keir Starmer spoke in London. Later, Starmer met the king.');
    const e = person(doc, 'Keir Starmer');
    expect(e?.mentions).toHaveLength(2);
  });

  it('resolves "he" to the subject that just spoke', () => {
    const doc = run('Emmanuel Macron met Olaf Scholz in Paris. Macron said he would visit Kyiv soon.');
    expect(pronounTarget(doc, 'he would')).toBe('Emmanuel Macron');
  });

  it('keeps a subject pronoun repeated in one sentence on the same person', () => {
    const doc = run(
      'Ted Cruz said he will wait while Bill Northey waits, until he gets a meeting with Donald Trump.',
    );
    expect(pronounTarget(doc, 'he will')).toBe('Ted Cruz');
    expect(pronounTarget(doc, 'he gets')).toBe('Ted Cruz');
  });

  it('resolves a pronoun in a fronted clause to the subject after the comma', () => {
    const doc = run('Olaf Scholz spoke first. Before leaving his office, Emmanuel Macron called Kyiv.');
    expect(pronounTarget(doc, 'his')).toBe('Emmanuel Macron');
  });

  it('resolves a title-only mention to the one holder of that title', () => {
    const doc = run(
      'Kremlin spokesman Dmitry Peskov spoke on Friday. The Kremlin spokesman said nothing was agreed.',
    );
    const m = doc.layers.mentions?.find((x) => x.kind === 'title');
    expect(m && doc.text.slice(m.start, m.end)).toBe('The Kremlin spokesman');
    expect(doc.layers.entities?.find((e) => e.id === m?.entities[0])?.name).toBe('Dmitry Peskov');
  });

  it('types places, facilities and nationalities', () => {
    const doc = run(
      'Soldiers left Camp David and flew from Andrews Air Force Base to Kyiv, Ukrainian officials said.',
    );
    const type = (name: string) => doc.layers.entities?.find((e) => e.name === name)?.type;
    expect(type('Camp David')).toBe('FACILITY');
    expect(type('Andrews Air Force Base')).toBe('FACILITY');
    expect(type('Kyiv')).toBe('GPE');
    expect(type('Ukrainian')).toBe('NORP');
  });

  it('does not take an abbreviation for a city of that name, and keeps its capitals', () => {
    // "U.N." and "UN" match the city Un (India) once the dots are gone.
    const doc = run(
      'Russia asked to delay a U.N. vote. The UN said nothing. WASHINGTON, D.C. officials met.',
    );
    const types = new Map(doc.layers.entities?.map((e) => [e.name, e.type]));
    expect(types.get('U.N.')).toBe('ORG');
    expect(types.get('UN')).toBe('ORG');
    expect([...types.keys()]).not.toContain('U.n.');
  });

  it('types a US state abbreviation as a place', () => {
    for (const [text, short] of [
      ['WASHINGTON, D.C. (Reuters) - Senators met on Tuesday.', 'D.C.'],
      ['He flew to Washington, D.C. on Monday.', 'D.C.'],
    ] as const) {
      const doc = run(text);
      const m = doc.layers.mentions?.find((x) => doc.text.slice(x.start, x.end) === short);
      expect(doc.layers.entities?.find((e) => e.id === m?.entities[0])?.type).toBe('GPE');
    }
  });

  it('does not take the words of a title for an organization', () => {
    const doc = run('Former U.S. National Security Adviser Michael Flynn admitted on Friday that he lied.');
    expect(doc.layers.entities?.map((e) => e.name)).toEqual(['Michael Flynn']);
    expect(person(doc, 'Michael Flynn')?.roles[0]).toMatchObject({ country: 'USA' });
    const kremlin = run('Kremlin spokesman Dmitry Peskov said nothing was agreed.');
    expect(kremlin.layers.entities?.find((e) => e.name === 'Kremlin')?.type).toBe('ORG');
  });

  it('types a name with Jr. as a person', () => {
    const doc = run('Trump Jr., like his father, denies collusion with Russia.');
    expect(doc.layers.entities?.find((e) => e.name === 'Trump Jr.')?.type).toBe('PERSON');
  });
});

describe('entities: bad input', () => {
  it('copes with 10,000 capitalised words in a row', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `Word${i % 97}`).join(' ');
    const doc = run(text);
    expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('copes with a 5,000-character token and with no letters at all', () => {
    expect(run(`Putin said ${'A'.repeat(5000)} yes.`).layers.entities).toBeDefined();
    expect(run('!!! ??? ... 123 456').layers.entities).toEqual([]);
  });
});

describe('entities: countries for titles that name none', () => {
  it('gives a legislator the dateline country when the story names that country', () => {
    const doc = run(
      'WASHINGTON (Reuters) - Senator Bob Corker said on Sunday he would back the U.S. tax bill.',
    );
    expect(person(doc, 'Bob Corker')).toMatchObject({ country: 'USA', actor: 'USALEG' });
    expect(person(doc, 'Bob Corker')?.roles[0]).toMatchObject({ inferred: true, countryFrom: 'dateline' });
  });

  it('does not give an official the dateline country of a story abroad about another country', () => {
    const text =
      'BRUSSELS (Reuters) - U.S. officials met in Belgium. The U.S. envoy and U.S. diplomats said senior adviser Bob Smith spoke for the U.S. side.';
    expect(person(run(text), 'Bob Smith')?.country).toBeUndefined();
  });

  it('does not read "the president, Haley said" as a title', () => {
    const doc = run('Asked about the accusers of the president, Nikki Haley said it was the same thing.');
    expect(person(doc, 'Nikki Haley')?.roles).toEqual([]);
  });

  it('trims titles the tagger put inside a name, and types government bodies as organizations', () => {
    const doc = run('White House Chief of Staff John Kelly spoke, and Mayor Bill de Blasio won.');
    expect(person(doc, 'John Kelly')?.roles[0]?.title).toBe('White House Chief of Staff');
    expect(person(doc, 'Bill de Blasio')?.roles[0]?.title).toBe('Mayor');
    expect(doc.layers.entities?.find((e) => e.name === 'White House')?.type).toBe('ORG');
  });
});
