import { describe, expect, it } from 'vitest';
import * as dateline from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(dateline).sort()).toEqual(
      [
        'DEFAULT_MAX_CHARS',
        'DatelineError',
        'OffsetMap',
        'READERS',
        'READER_FORMATS',
        'SCHEMA_VERSION',
        'analyze',
        'bufferInput',
        'createDefaultPipeline',
        'createDocument',
        'createPipeline',
        'csvReader',
        'describeError',
        'documentId',
        'documentJsonSchema',
        'documentJsonSchemaFile',
        'fileInput',
        'findSpanOutOfRange',
        'fromJSON',
        'htmlReader',
        'readHtml',
        'isSpanWithin',
        'jsonlReader',
        'languageStage',
        'normalizeForId',
        'pickReader',
        'spanText',
        'streamInput',
        'textReader',
        'toJSON',
        'trimSpan',
        'wireStage',
      ].sort(),
    );
  });
});
