import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/create-document.js';
import type { DocEvent, Document, Entity } from '../../src/document/document.js';
import type { EventRecord } from '../../src/export/index.js';
import {
  cameoQuadClass,
  CSV_COLUMNS,
  csvLine,
  csvRows,
  EXPORT_WHATS,
  fipsCountry,
  GDELT_EVENT_COLUMNS,
  gdeltRow,
  goldsteinScale,
  jsonRecords,
  ploverQuadCode,
  ploverRecord,
  tsvLine,
} from '../../src/export/index.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { parseCsvRows } from '../../src/read/csv-reader.js';
import { expectSpansWithin } from '../helpers.js';

const parse = (text: string): string[][] => [...parseCsvRows(text)].map((r) => r.fields);

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and they parse back', () => {
    const cells = ['a,b', 'say "hi"', 'line 1\nline 2', 'crlf\r\nend', '', 'plain', 'tab\there'];
    const line = csvLine(cells);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line).toBe('"a,b","say ""hi""","line 1\nline 2","crlf\r\nend",,plain,tab\there\r\n');
    expect(parse(line)).toEqual([cells]);
  });

  it('writes numbers, booleans and missing values', () => {
    expect(csvLine([1, -149.9, true, false, undefined, null])).toBe('1,-149.9,true,false,,\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but not plain numbers', () => {
    const hostile = ['=cmd()', '+SUM(A1)', '-2+3', '@import', '\t=1', '=HYPERLINK("x","y")'];
    expect(parse(csvLine(hostile))).toEqual([hostile.map((h) => `'${h}`)]);
    expect(parse(csvLine(['-149.9', '+3', '1e5', 'a=b']))).toEqual([['-149.9', '+3', '1e5', 'a=b']]);
    expect(parse(csvLine(['=cmd()'], { formulaGuard: false }))).toEqual([['=cmd()']]);
  });
});

describe('documents without events or quotes', () => {
  const docs: [string, Document][] = [
    ['an empty text', analyze('')],
    ['a bare document', createDocument('Nothing happened.')],
    ['an analysed text with no events', analyze('The weather was mild and the river rose a little.')],
  ];

  it.each(docs)('%s yields one document row and no quote or event rows', (_name, doc) => {
    expect(csvRows('documents', doc)).toHaveLength(1);
    expect(csvRows('documents', doc)[0]?.slice(-2)).toEqual(['0', '0']);
    expect(csvRows('quotes', doc)).toEqual([]);
    expect(csvRows('events', doc)).toEqual([]);
    expect(jsonRecords('quotes', doc)).toEqual([]);
    expect(jsonRecords('events', doc)).toEqual([]);
    expect(jsonRecords('documents', doc)).toHaveLength(1);
  });
});

/** A hand-made document whose names and metadata carry tabs, line breaks and formulas. */
function hostileDocument(): { doc: Document; event: DocEvent } {
  const text = 'Evil\tCorp met =cmd() in Berlin.\nSecond line.';
  const doc = createDocument(text, {
    title: '=cmd()\tand\nmore',
    url: 'http://example.org/a\tb\nc',
    published: '2024-02-29',
  });
  const entity = (id: string, name: string, actor?: string): Entity => ({
    id,
    type: 'ORG',
    name,
    roles: [],
    mentions: [],
    ...(actor ? { actor } : {}),
  });
  doc.layers.entities = [entity('e1', 'Evil\tCorp', 'DEUBUS'), entity('e2', '=cmd()\nInc')];
  const event: DocEvent = {
    id: 'v1',
    start: 0,
    end: 31,
    type: 'CONSULT',
    cameo: '040',
    trigger: { start: 10, end: 13, lemma: 'meet' },
    sources: ['e1'],
    targets: ['e2'],
    participants: [],
    status: 'asserted',
    where: { name: 'Berlin', country: 'DEU', lat: 52.52, lon: 13.4 },
    rule: 'event/meet',
  };
  doc.layers.events = [event];
  return { doc, event };
}

describe('hostile values', () => {
  const { doc, event } = hostileDocument();

  it('never puts tabs or line breaks inside a GDELT cell', () => {
    expectSpansWithin(doc);
    const row = gdeltRow(doc, event);
    expect(row).toHaveLength(GDELT_EVENT_COLUMNS.length);
    for (const cell of row) expect(cell).not.toMatch(/[\t\r\n]/u);
    const line = tsvLine(row);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).split('\t')).toHaveLength(61);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/u);
    const at = (name: string): string | undefined => row[GDELT_EVENT_COLUMNS.indexOf(name)];
    expect(at('Actor1Name')).toBe('Evil Corp');
    expect(at('Actor1CountryCode')).toBe('DEU');
    expect(at('Actor1Type1Code')).toBe('BUS');
    expect(at('Actor2Name')).toBe('=cmd() Inc');
    expect(at('SOURCEURL')).toBe('http://example.org/a b c');
    expect(at('ActionGeo_CountryCode')).toBe('GM');
    expect(at('Day')).toBe('20240229');
    expect(at('FractionDate')).toBe('2024.1616');
  });

  it('quotes and defuses them in CSV, and keeps them intact in JSON', () => {
    for (const what of EXPORT_WHATS) {
      const rows = csvRows(what, doc);
      const parsed = parse([CSV_COLUMNS[what], ...rows].map((r) => csvLine(r)).join(''));
      expect(parsed.slice(1).map((r) => r.length)).toEqual(rows.map(() => CSV_COLUMNS[what].length));
    }
    const [documentRow] = parse(csvLine(csvRows('documents', doc)[0] ?? []));
    expect(documentRow?.[CSV_COLUMNS.documents.indexOf('title')]).toBe("'=cmd()\tand\nmore");
    const [eventRow] = parse(csvLine(csvRows('events', doc)[0] ?? []));
    expect(eventRow?.[CSV_COLUMNS.events.indexOf('targets')]).toBe("'=cmd()\nInc");
    expect(eventRow?.[CSV_COLUMNS.events.indexOf('lon')]).toBe('13.4');
    const record = JSON.parse(jsonRecords('events', doc)[0] ?? '{}') as { targets?: string[] };
    expect(record.targets).toEqual(['=cmd()\nInc']);
    expect(ploverRecord(doc, event).recipient[0]?.identifier_text).toBe('=cmd()\nInc');
  });
});

describe('dates the text gives only as a month or a year', () => {
  const doc = analyze({
    text: 'WASHINGTON, Nov. 1 (Reuters) - Donald Trump met James Comey in March 2016. Boris Johnson met Emmanuel Macron last year. Joe Biden met Olaf Scholz on Monday.',
    meta: { published: '2017-11-01' },
  });
  const events = doc.layers.events ?? [];
  const DATES = [
    ['2016-03-01', 'month'],
    ['2016-01-01', 'year'],
    ['2017-10-30', undefined],
  ];

  it('keep their first day and say month or year in JSONL and CSV, and nothing for a day', () => {
    const records = jsonRecords('events', doc).map((l) => JSON.parse(l) as EventRecord);
    expect(records.map((r) => [r.date, r.date_precision])).toEqual(DATES);
    expect(records[2]).not.toHaveProperty('date_precision');
    const column = CSV_COLUMNS.events.indexOf('date_precision');
    expect(CSV_COLUMNS.events[column - 1]).toBe('date');
    expect(csvRows('events', doc).map((r) => r[column])).toEqual(['month', 'year', '']);
  });

  it('say so in PLOVER with the date_precision extension, keeping the required date', () => {
    const records = events.map((e) => ploverRecord(doc, e));
    expect(records.map((r) => [r.date, r.date_precision])).toEqual(DATES);
    expect(records[2]).not.toHaveProperty('date_precision');
    for (const r of records) expect(r).not.toHaveProperty('enddate');
  });

  it('fill in GDELT only the date cells that much of a date fills', () => {
    const cells = (e: DocEvent): (string | undefined)[] =>
      ['Day', 'MonthYear', 'Year', 'FractionDate'].map(
        (c) => gdeltRow(doc, e)[GDELT_EVENT_COLUMNS.indexOf(c)],
      );
    expect(events.map(cells)).toEqual([
      ['', '201603', '2016', ''],
      ['', '', '2016', ''],
      ['20171030', '201710', '2017', '2017.8274'],
    ]);
  });
});

describe('code tables', () => {
  it('maps ISO countries to FIPS 10-4, with no ISO fallback', () => {
    expect(fipsCountry('USA')).toBe('US');
    expect(fipsCountry('RUS')).toBe('RS');
    expect(fipsCountry('AUS')).toBe('AS');
    expect(fipsCountry('AUT')).toBe('AU');
    expect(fipsCountry('DE')).toBe('GM');
    expect(fipsCountry('UKR')).toBe('UP');
    expect(fipsCountry('PSE')).toBeUndefined();
    expect(fipsCountry(undefined)).toBeUndefined();
  });

  it('derives quad classes from CAMEO roots and PLOVER categories, and Goldstein only where known', () => {
    expect(['010', '057', '070', '080', '112', '130', '140', '190', '200'].map(cameoQuadClass)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
    expect(cameoQuadClass('')).toBeUndefined();
    expect(cameoQuadClass('99')).toBeUndefined();
    expect(ploverQuadCode('SANCTION', '163')).toBe(3);
    expect(cameoQuadClass('163')).toBe(4);
    expect(ploverQuadCode('STATEMENT', '010')).toBe(1);
    expect(ploverQuadCode('CEREMONY', undefined)).toBeUndefined();
    expect(goldsteinScale('046')).toBe(7);
    expect(goldsteinScale('0874')).toBeUndefined();
  });
});
