/**
 * bench:speed — throughput of `analyze` (wire, language and entities stages) over the politics sample repeated
 * to at least 20 MB, beside bare wink-nlp tokenization (readDoc + tokens) of the same texts in the
 * same run. Reports tokens/s, articles/s, MB/s, the ratio of the two, and the process's peak RSS.
 * Each system runs a warm-up pass over the first 200 articles first.
 */
import { analyze, createDefaultPipeline } from '../src/pipeline/analyze.js';
import type { Article } from '../src/read/article.js';
import { winkInstance } from '../src/stages/language/tokenize.js';
import { readArticles } from './lib/corpus.js';
import { printTable, writeResults } from './lib/report.js';
import { sharedPath } from './lib/shared.js';

const TARGET_BYTES = 20 * 1024 * 1024;

const path = sharedPath('corpus/politics-sample.jsonl');
if (path) {
  const sample = await readArticles(path);
  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const a of sample) {
      articles.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  const { nlp } = winkInstance();
  const wink = (text: string): number => nlp.readDoc(text).tokens().length();
  const ours = (text: string, i: number): number =>
    analyze({ text, meta: articles[i]?.meta ?? {} }).layers.tokens?.length ?? 0;

  const time = (f: (text: string, i: number) => number): { seconds: number; tokens: number } => {
    articles.slice(0, 200).forEach((a, i) => f(a.text, i));
    const t0 = performance.now();
    let tokens = 0;
    articles.forEach((a, i) => (tokens += f(a.text, i)));
    return { seconds: (performance.now() - t0) / 1000, tokens };
  };
  const base = time(wink);
  const mine = time(ours);
  const mb = bytes / 1024 / 1024;
  const row = (system: string, r: { seconds: number; tokens: number }) => ({
    system,
    articles: articles.length,
    MB: mb,
    seconds: r.seconds,
    'tokens/s': Math.round(r.tokens / r.seconds),
    'articles/s': Math.round(articles.length / r.seconds),
    'MB/s': mb / r.seconds,
  });
  const rows = [
    row('bare wink-nlp (readDoc + tokens)', base),
    row(
      `dateline analyze (${createDefaultPipeline()
        .stages.map((s) => s.name)
        .join(' + ')})`,
      mine,
    ),
  ];
  printTable(
    `bench:speed — ${articles.length} articles, ${mb.toFixed(1)} MB (politics sample ×${Math.round(articles.length / sample.length)})`,
    rows,
  );
  const ratio = mine.seconds / base.seconds;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `\nanalyze takes ${ratio.toFixed(2)}× the time of bare wink-nlp tokenization; peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  writeResults('speed', { method: 'see bench/speed.ts header', rows, ratio, peakRssMb });
}
