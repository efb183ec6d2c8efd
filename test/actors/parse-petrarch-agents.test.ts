import { describe, expect, it } from 'vitest';
import { parsePetrarchAgents } from '../../src/actors/parse-petrarch-agents.js';

const parse = (text: string) => parsePetrarchAgents(text, 'agents');
const phrases = (text: string) => parse(text).items.map((a) => `${a.phrase}=${a.code}/${a.position}`);

describe('parsePetrarchAgents', () => {
  it('makes regular plurals, honours {} and {PLURAL}, and reads prefix codes', () => {
    expect(phrases('PRESIDENT [~GOV] # ns 6/26/01')).toEqual([
      'president=GOV/suffix',
      'presidents=GOV/suffix',
    ]);
    expect(phrases('SECRETARY [~GOV]')).toEqual(['secretary=GOV/suffix', 'secretaries=GOV/suffix']);
    expect(phrases('POLICE {} [~COP]')).toEqual(['police=COP/suffix']);
    expect(phrases('ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]')).toEqual([
      'attorney general=JUD/suffix',
      'attorneys general=JUD/suffix',
    ]);
    expect(phrases('HUMAN_RIGHTS_BODY {} [NGO~]')).toEqual(['human rights body=NGO/prefix']);
  });

  it('expands substitution sets without plurals', () => {
    const text =
      '!PERSON! = MAN, WOMAN\n!MINIST! = MINISTER, MINISTRY\nBUSINESS!PERSON! [~BUS]\n!MINIST! OF_DEFENSE [~GOVMIL]';
    expect(phrases(text)).toEqual([
      'businessman=BUS/suffix',
      'businesswoman=BUS/suffix',
      'minister of defense=GOVMIL/suffix',
      'ministry of defense=GOVMIL/suffix',
    ]);
  });

  it('reports lines without a code, undefined sets and bad codes, and skips Combine rules', () => {
    const text = [
      'ISLAMIC_EXTREMIST',
      '!NOPE! THING [~GOV]',
      'THING [GOV]',
      '<Combine rule = "LAWGOVATGMIL => GOV">',
      '<CombineBlock>',
      'NGMNGO +> NGM',
      '</CombineBlock>',
      'DEPARMENT_OF_ENVIRONMENT [~ENV}',
    ];
    const { items, problems } = parse(text.join('\n'));
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [8, 'warning'],
    ]);
    expect(items.map((a) => a.phrase)).toEqual(['deparment of environment', 'deparment of environments']);
  });
});
