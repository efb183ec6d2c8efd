import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import {
  defaultModelPath,
  loadNerModel,
  tagDocument,
  tagSentence,
} from '../../src/stages/entities/ner/tagger.js';
import { labelsToSpans } from '../../src/stages/entities/ner/labels.js';
import type { TokenSpan } from '../../src/stages/entities/ner/labels.js';
import { NerModelError } from '../../src/stages/entities/ner/model-io.js';

const model = loadNerModel();

function spanText(words: readonly string[], spans: readonly TokenSpan[]): string[] {
  return spans.map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

function expectValid(labels: readonly string[], n: number): void {
  expect(labels).toHaveLength(n);
  for (const s of labelsToSpans(labels)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(n);
  }
}

describe('committed NER model', () => {
  it('has a manifest with data, epochs and scores', () => {
    const manifest = JSON.parse(
      readFileSync(join(defaultModelPath(), '..', 'manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest['epochs']).toBeTypeOf('number');
    const f1 = manifest['f1'] as { dev: unknown; test: unknown };
    expect(typeof f1.dev).toBe('number');
    expect(typeof f1.test).toBe('number');
    expect(existsSync(defaultModelPath())).toBe(true);
  });

  it('finds the people and places of a news sentence', () => {
    const words = 'Russian President Vladimir Putin met Donald Trump in Anchorage , Alaska .'.split(' ');
    const found = spanText(words, labelsToSpans(tagSentence(model, words)));
    expect(found).toContain('PER:Vladimir Putin');
    expect(found).toContain('PER:Donald Trump');
    expect(found).toContain('LOC:Anchorage');
    expect(found).toContain('LOC:Alaska');
  });

  it('handles runtime tokens: U.S., curly quotes, split possessives', () => {
    const words = [
      '“',
      'We',
      'will',
      'talk',
      ',',
      '”',
      'U.S.',
      'Secretary',
      'of',
      'State',
      'Marco',
      'Rubio',
      'told',
      'Fox',
      'News',
      'about',
      'Russia',
      '’s',
      'offer',
      '.',
    ];
    const found = spanText(words, labelsToSpans(tagSentence(model, words)));
    expect(found).toContain('PER:Marco Rubio');
    expect(found).toContain('LOC:Russia');
    expect(found.some((f) => f.startsWith('ORG:Fox'))).toBe(true);
  });

  it('tags a document sentence by sentence', () => {
    const doc = [
      ['Kremlin', 'spokesman', 'Dmitry', 'Peskov', 'said', 'on', 'Friday', '.'],
      ['Peskov', 'declined', 'to', 'comment', '.'],
      [],
    ];
    const labels = tagDocument(model, doc);
    expect(labels.map((l) => l.length)).toEqual([8, 5, 0]);
    expect(labels[1]?.[0]).toBe('B-PER');
  });
});

describe('NER on hostile input', () => {
  it('returns nothing for an empty sentence', () => {
    expect(tagSentence(model, [])).toEqual([]);
    expect(tagDocument(model, [])).toEqual([]);
  });

  it('tags 10,000 capitalised words quickly with valid spans', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `Name${i % 97}`);
    const t0 = Date.now();
    const labels = tagSentence(model, words);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expectValid(labels, words.length);
  });

  it('survives a 5,000-character token and odd characters', () => {
    const words = ['The', 'X'.repeat(5_000), 'said', '\n', '', '\u0000', '🙂', 'Paris'];
    expectValid(tagSentence(model, words), words.length);
  });

  it('rejects a file that is not a model', () => {
    const path = join(defaultModelPath(), '..', 'manifest.json');
    expect(() => loadNerModel(path)).toThrow();
    const bogus = join(tmpdir(), `ner-bogus-${process.pid}.gz`);
    return import('node:fs').then(({ writeFileSync, rmSync }) => {
      const head = Buffer.from(JSON.stringify({ format: 'other' }));
      const len = Buffer.alloc(4);
      len.writeUInt32LE(head.length);
      writeFileSync(bogus, gzipSync(Buffer.concat([len, head])));
      expect(() => loadNerModel(bogus)).toThrow(NerModelError);
      rmSync(bogus);
    });
  });
});
