import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bufferInput, readAllBytes } from '../../src/read/inputs.js';
import { sniffFormat, sniffInput } from '../../src/read/sniff.js';

const sniff = (s: string | Buffer): string | undefined =>
  sniffFormat(typeof s === 'string' ? Buffer.from(s) : s);

describe('sniffFormat', () => {
  it('recognises feeds by their root element, with or without an XML declaration', () => {
    expect(sniff('<rss version="2.0"><channel>')).toBe('feed');
    expect(
      sniff('\uFEFF<?xml version="1.0"?>\n<!-- hi <html> -->\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe('feed');
    expect(sniff('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">')).toBe('feed');
    expect(sniff('{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe('feed');
    expect(sniff('{"version":"https:\\/\\/jsonfeed.org\\/version\\/1","items":[]}')).toBe('feed');
  });

  it('recognises HTML, JSONL, WARC (plain and gzipped) and falls back to nothing for text', () => {
    expect(sniff('<!DOCTYPE html><html><body>')).toBe('html');
    expect(sniff('  <html lang="en">')).toBe('html');
    expect(sniff('{"id": "1", "text": "hi"}\n')).toBe('jsonl');
    expect(sniff('WARC/1.1\r\nWARC-Type: warcinfo\r\n')).toBe('warc');
    expect(sniff(gzipSync('WARC/1.0\r\nWARC-Type: response\r\n'))).toBe('warc');
    const member = gzipSync('WARC/1.0\r\nWARC-Type: response\r\n');
    expect(sniff(member.subarray(0, member.length - 8))).toBe('warc');
    expect(sniff(gzipSync('plain text'))).toBeUndefined();
    const huge = gzipSync(Buffer.concat([Buffer.from('WARC/1.1\r\n'), Buffer.alloc(1 << 20, 0x41)]));
    expect(sniff(huge)).toBe('warc');
    expect(sniff('WASHINGTON (Reuters) - Trump said')).toBeUndefined();
    expect(sniff('')).toBeUndefined();
  });

  it('sniffInput gives back an input that still streams every byte', async () => {
    const text = `<rss>${'x'.repeat(10_000)}</rss>`;
    const { format, input } = await sniffInput(bufferInput('stdin', text));
    expect(format).toBe('feed');
    expect(Buffer.from((await readAllBytes(input, 1e6)) ?? []).toString()).toBe(text);
  });
});
