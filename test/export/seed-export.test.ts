import { describe, expect, it } from 'vitest';
import type { DocEvent, Document } from '../../src/document/document.js';
import { fromJSON } from '../../src/document/document-json.js';
import type { EventRecord, QuoteRecord } from '../../src/export/index.js';
import {
  CSV_COLUMNS,
  csvLine,
  csvRows,
  EXPORT_WHATS,
  GDELT_EVENT_COLUMNS,
  gdeltRow,
  jsonRecords,
  ploverRecord,
} from '../../src/export/index.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { parseCsvRows } from '../../src/read/csv-reader.js';
import { seedText } from '../helpers.js';

const doc = analyze(seedText());
const events = doc.layers.events ?? [];
const words = (d: Document, s: { start: number; end: number }): string => d.text.slice(s.start, s.end);
const byTrigger = (type: string, trigger: string): DocEvent => {
  const found = events.find((e) => e.type === type && e.trigger.lemma === trigger);
  if (!found) throw new Error(`no ${type} event on "${trigger}"`);
  return found;
};
const meeting = byTrigger('CONSULT', 'meeting');
const col = (row: readonly string[], name: string): string | undefined =>
  row[GDELT_EVENT_COLUMNS.indexOf(name)];

describe('PLOVER records on the seed', () => {
  const record = ploverRecord(doc, meeting);

  it('makes the Trump–Putin meeting a CONSULT on 15 August in Anchorage, USA', () => {
    expect(record.event).toEqual(['CONSULT']);
    expect(record.source.map((a) => a.identifier_text)).toEqual(['Donald Trump']);
    expect(record.recipient.map((a) => a.identifier_text)).toEqual(['Vladimir Putin']);
    expect(record.source[0]).toMatchObject({ code: 'USA', sector: 'GOV', actor_code: 'USAGOV' });
    expect(record.recipient[0]).toMatchObject({ code: 'RUS', sector: 'GOV', office: 'President' });
    expect(record.participants.map((a) => a.identifier_text)).toEqual([
      'Marco Rubio',
      'Steve Witkoff',
      'Sergey Lavrov',
      'Yuri Ushakov',
    ]);
    expect(record.date).toBe('2025-08-15');
    expect(record.event_loc).toMatchObject({ name: 'Anchorage', country_code: 'US', cc3: 'USA' });
    expect(record.event_loc?.latitude).toBeCloseTo(61.2, 1);
    expect(record.quad_code).toBe(1);
    expect(record.cameo).toBe('040');
    expect(record.status).toBe('asserted');
  });

  it('ties the record to its words: trigger, sentence and provenance spans', () => {
    expect(record.event_text).toEqual(['meeting']);
    expect(words(doc, record.provenance.trigger)).toBe('meeting');
    expect(words(doc, record.provenance.sentence)).toBe(record.text);
    expect(record.text).toContain('wrapped up a high-stakes meeting in Anchorage');
    expect(record.text_info).toEqual({ sequence: 1, ...record.provenance.sentence });
    expect(record.provenance).toMatchObject({ document: doc.id, rule: 'event/meeting', date_from: 'text' });
    expect(record.id).toBe(`${doc.id}-${meeting.id}`);
    expect(ploverRecord(doc, meeting, { canonicalId: 'story-7' }).id).toBe(`story-7-${meeting.id}`);
  });

  it('keeps the dateline extensions with a note and their CAMEO code', () => {
    const statement = ploverRecord(doc, byTrigger('STATEMENT', 'press conference'));
    expect(statement.event).toEqual(['STATEMENT']);
    expect(statement.cameo).toBe('010');
    expect(statement.extension).toMatch(/dateline extension.*CAMEO 01/u);
    expect(statement.provenance.date_from).toBe('dateline');
    const ceremony = ploverRecord(doc, byTrigger('CEREMONY', 'lay flowers'));
    expect(ceremony.cameo).toBeUndefined();
    expect(ceremony.quad_code).toBeUndefined();
    expect(ceremony.extension).toMatch(/no PLOVER category/u);
    expect(ploverRecord(doc, meeting).extension).toBeUndefined();
  });

  it('is plain JSON', () => {
    for (const e of events) {
      const r = ploverRecord(doc, e);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });
});

describe('GDELT rows on the seed', () => {
  const row = gdeltRow(doc, meeting);

  it('fills the 61 columns of the meeting row', () => {
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    expect(GDELT_EVENT_COLUMNS[0]).toBe('GlobalEventID');
    expect(GDELT_EVENT_COLUMNS[60]).toBe('SOURCEURL');
    expect(row).toHaveLength(61);
    expect(col(row, 'Day')).toBe('20250815');
    expect(col(row, 'MonthYear')).toBe('202508');
    expect(col(row, 'Year')).toBe('2025');
    expect(col(row, 'FractionDate')).toBe('2025.6192');
    expect(col(row, 'Actor1Code')).toBe('USAGOV');
    expect(col(row, 'Actor1Name')).toBe('Donald Trump');
    expect(col(row, 'Actor1CountryCode')).toBe('USA');
    expect(col(row, 'Actor1Type1Code')).toBe('GOV');
    expect(col(row, 'Actor2Name')).toBe('Vladimir Putin');
    expect(col(row, 'Actor2CountryCode')).toBe('RUS');
    expect(col(row, 'IsRootEvent')).toBe('1');
    expect(col(row, 'EventCode')).toBe('040');
    expect(col(row, 'EventBaseCode')).toBe('040');
    expect(col(row, 'EventRootCode')).toBe('04');
    expect(col(row, 'QuadClass')).toBe('1');
    expect(col(row, 'GoldsteinScale')).toBe('1');
    expect([col(row, 'NumMentions'), col(row, 'NumSources'), col(row, 'NumArticles')]).toEqual([
      '1',
      '1',
      '1',
    ]);
    expect(col(row, 'ActionGeo_Type')).toBe('3');
    expect(col(row, 'ActionGeo_Fullname')).toBe('Anchorage, Alaska, United States');
    expect(col(row, 'ActionGeo_CountryCode')).toBe('US');
    expect(col(row, 'ActionGeo_ADM1Code')).toBe('USAK');
    expect(Number(col(row, 'ActionGeo_Lat'))).toBeCloseTo(61.2, 1);
    expect(Number(col(row, 'ActionGeo_Long'))).toBeCloseTo(-149.9, 1);
    expect(col(row, 'AvgTone')).toBe('');
    expect(col(row, 'DATEADDED')).toBe('');
  });

  it('gives stable ids, or the caller’s, and the caller’s counts and date added', () => {
    const id = col(row, 'GlobalEventID') ?? '';
    expect(id).toMatch(/^\d+$/u);
    expect(col(gdeltRow(doc, meeting), 'GlobalEventID')).toBe(id);
    expect(new Set(events.map((e) => col(gdeltRow(doc, e), 'GlobalEventID'))).size).toBe(events.length);
    const given = gdeltRow(doc, meeting, {
      globalEventId: 42,
      mentions: 3,
      sources: 2,
      articles: 2,
      dateAdded: new Date('2025-08-16T10:15:00Z'),
    });
    expect(col(given, 'GlobalEventID')).toBe('42');
    expect(col(given, 'NumMentions')).toBe('3');
    expect(col(given, 'DATEADDED')).toBe('20250816101500');
  });

  it('marks events after the lead paragraph as not root, and leaves a ceremony uncoded', () => {
    const call = events.find((e) => e.mode === 'phone');
    expect(call && col(gdeltRow(doc, call), 'IsRootEvent')).toBe('0');
    const ceremony = gdeltRow(doc, byTrigger('CEREMONY', 'lay flowers'));
    expect([col(ceremony, 'EventCode'), col(ceremony, 'QuadClass'), col(ceremony, 'GoldsteinScale')]).toEqual(
      ['', '', ''],
    );
    expect(col(ceremony, 'Actor1Name')).toBe('Vladimir Putin');
    expect(col(ceremony, 'Actor2Code')).toBe('');
  });
});

describe('CSV and JSONL on the seed', () => {
  it('writes rows as long as their header, which parse back to the same cells', () => {
    for (const what of EXPORT_WHATS) {
      const rows = csvRows(what, doc);
      const text = [CSV_COLUMNS[what], ...rows].map((r) => csvLine(r, { formulaGuard: false })).join('');
      const parsed = [...parseCsvRows(text)].map((r) => r.fields);
      expect(parsed).toEqual([[...CSV_COLUMNS[what]], ...rows]);
      for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS[what].length);
    }
  });

  it('has the meeting row and Trump’s press-conference quote with names resolved', () => {
    const cell = (what: 'quotes' | 'events', row: readonly string[], name: string): string | undefined =>
      row[CSV_COLUMNS[what].indexOf(name)];
    const meetingRow = csvRows('events', doc).find((r) => cell('events', r, 'event_id') === meeting.id) ?? [];
    expect(cell('events', meetingRow, 'sources')).toBe('Donald Trump');
    expect(cell('events', meetingRow, 'participant_codes')).toBe('USAGOV; USAGOV; RUSGOV; RUSGOV');
    expect(cell('events', meetingRow, 'country')).toBe('USA');
    const quote = csvRows('quotes', doc)[0] ?? [];
    expect(cell('quotes', quote, 'speaker')).toBe('Donald Trump');
    expect(cell('quotes', quote, 'setting')).toBe('press-conference');
    expect(cell('quotes', quote, 'text')).toBe('“many points” had been agreed upon');
    const [documentRow] = csvRows('documents', doc);
    expect(documentRow?.slice(-5)).toEqual(['Anchorage', 'US', 'Xinhua; NNN; MENAFN', '15', '10']);
  });

  it('writes the document as dateline/1 JSON and typed quote and event records with spans', () => {
    const [json] = jsonRecords('documents', doc);
    expect(fromJSON(json ?? '')).toEqual(doc);
    const quotes = jsonRecords('quotes', doc).map((l) => JSON.parse(l) as QuoteRecord);
    expect(quotes).toHaveLength(doc.layers.quotes?.length ?? -1);
    for (const q of quotes) {
      expect(q.text).toBe(q.parts.map((p) => words(doc, p)).join(' … '));
      if (q.speaker_span && q.speaker_entity === undefined)
        expect(q.speaker).toBe(words(doc, q.speaker_span));
    }
    const records = jsonRecords('events', doc).map((l) => JSON.parse(l) as EventRecord);
    const first = records[0];
    expect(first).toMatchObject({ type: 'CONSULT', lat: 61.21806, place_inferred: false });
    for (const r of records) {
      expect(words(doc, { start: r.trigger_start, end: r.trigger_end })).toBe(r.trigger);
      expect(words(doc, r.sentence_span)).toBe(r.sentence);
    }
  });
});
