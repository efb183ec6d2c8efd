import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html/index.js';

const paragraph =
  '<p>The delegation said the talks on the river treaty would continue next week in the capital.</p>\n';

describe('readHtml on pathological pages', () => {
  it('reads 10,000 nested divs without overflowing the stack', () => {
    const depth = 10_000;
    const page = `<html><body>${'<div>'.repeat(depth)}${paragraph.repeat(5)}${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const article = readHtml(page);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.text).toContain('river treaty');
    expect(article.messages).toContainEqual(expect.objectContaining({ rule: 'html/too-deep' }));
  });

  it('reads a 20 MB page in bounded time and says it was cut', () => {
    const page = `<html><body><article>${paragraph.repeat(Math.ceil(20e6 / paragraph.length))}</article></body></html>`;
    const started = performance.now();
    const article = readHtml(page);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(article.text.length).toBeGreaterThan(1000);
    expect(article.messages).toContainEqual(
      expect.objectContaining({ rule: 'html/truncated', severity: 'warning' }),
    );
  });

  it('cuts a page of hundreds of thousands of tiny elements', () => {
    const page = `<html><body>${'<div><span>x</span></div>'.repeat(300_000)}</body></html>`;
    const started = performance.now();
    const article = readHtml(page);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(article.messages).toContainEqual(expect.objectContaining({ rule: 'html/truncated' }));
  });
});
