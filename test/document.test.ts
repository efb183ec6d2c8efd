import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document/create-document.js';
import { documentId } from '../src/document/document-id.js';
import { fromJSON, toJSON } from '../src/document/document-json.js';
import { documentJsonSchemaFile } from '../src/document/document-schema.js';
import { isSpanWithin, spanText, trimSpan } from '../src/document/span.js';
import { analyze } from '../src/pipeline/analyze.js';
import { seedText } from './helpers.js';

const schemaFile = new URL('../schema/dateline-1.schema.json', import.meta.url);

describe('document JSON', () => {
  const doc = analyze(seedText());

  it('round-trips losslessly', () => {
    const back = fromJSON(toJSON(doc));
    expect(back).toEqual(doc);
    expect(toJSON(back)).toBe(toJSON(doc));
  });

  it('carries the schema version and layer provenance', () => {
    const json = JSON.parse(toJSON(doc)) as Record<string, unknown>;
    expect(json['schema']).toBe('dateline/1');
    expect(doc.provenance.tokens?.stage).toBe('language');
    expect(doc.provenance.wire?.rule).toBe('wire-rules/1');
  });

  it('validates against the committed JSON Schema, which is up to date', () => {
    const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchemaFile())));
    const validate = new Ajv2020({ strict: false }).compile(committed);
    expect(validate(JSON.parse(toJSON(doc)))).toBe(true);
    expect(
      validate({
        schema: 'dateline/2',
        id: 'x',
        text: '',
        meta: {},
        layers: {},
        provenance: {},
        messages: [],
      }),
    ).toBe(false);
  });

  it('refuses documents with spans outside the text', () => {
    const bad = {
      ...(JSON.parse(toJSON(createDocument('short'))) as Record<string, unknown>),
      layers: { sentences: [{ start: 0, end: 99, tokens: { start: 0, end: 1 }, rule: 'x' }] },
    };
    expect(() => fromJSON(bad)).toThrow(/span out of range/u);
    expect(() => fromJSON('{not json')).toThrow(/not JSON/u);
    expect(() => fromJSON({ schema: 'dateline/0' })).toThrow(/not a dateline\/1 document/u);
  });
});

describe('document ids and spans', () => {
  it('gives the same id to the same text however it is spaced', () => {
    expect(documentId('Putin  said\n\nthis.')).toBe(documentId(' Putin said this. '));
    expect(documentId('Putin said this.')).not.toBe(documentId('Trump said this.'));
    expect(documentId('e\u0301')).toBe(documentId('é'));
  });

  it('checks and slices spans', () => {
    expect(isSpanWithin({ start: 0, end: 5 }, 5)).toBe(true);
    expect(isSpanWithin({ start: 3, end: 2 }, 5)).toBe(false);
    expect(isSpanWithin({ start: 0, end: 6 }, 5)).toBe(false);
    expect(isSpanWithin({ start: 0.5, end: 1 }, 5)).toBe(false);
    expect(spanText('Putin said', { start: 0, end: 5 })).toBe('Putin');
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('    ', { start: 0, end: 4 })).toEqual({ start: 4, end: 4 });
  });
});
