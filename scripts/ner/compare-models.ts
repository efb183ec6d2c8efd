/**
 * A reading sheet for judging two NER models on recent news, where there is no gold: both tag
 * the pipeline's sentences of the first N articles of `shared/corpus/politics-sample.jsonl`, and a
 * seeded sample of the sentences where their entities differ is printed, one line each, for a
 * person to mark which model is right. CoNLL scores alone can mislead: a model can gain on
 * CoNLL's 1996 test set and lose on 2017 politics.
 * Run with `npx tsx scripts/ner/compare-models.ts NEW.bin.gz OLD.bin.gz [articles] [sample]`.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../bench/lib/shared.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { nerSentences } from '../../src/stages/entities/ner-view.js';
import { labelsToSpans } from '../../src/stages/entities/ner/labels.js';
import type { TokenSpan } from '../../src/stages/entities/ner/labels.js';
import { loadNerModel, tagDocument } from '../../src/stages/entities/ner/tagger.js';
import { seededRandom } from './train-loop.js';

function spanText(words: readonly string[], spans: readonly TokenSpan[]): string {
  return spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`).join(', ');
}

function main(): void {
  const [newPath, oldPath, articles = '150', sample = '60'] = process.argv.slice(2);
  const corpus = sharedPath('corpus/politics-sample.jsonl');
  if (!newPath || !oldPath) {
    console.log('usage: compare-models.ts NEW.bin.gz OLD.bin.gz [articles] [sample]');
    return;
  }
  if (!corpus) {
    console.log('skipped: shared/corpus/politics-sample.jsonl is absent');
    return;
  }
  const models = [loadNerModel(newPath), loadNerModel(oldPath)] as const;
  const lines = readFileSync(corpus, 'utf8').trim().split('\n').slice(0, Number(articles));
  const differences: string[] = [];
  let sentences = 0;
  for (const line of lines) {
    const { text } = JSON.parse(line) as { text: string };
    const words = nerSentences(analyze(text)).map((ws) => ws.map((w) => w.text));
    const [a, b] = models.map((m) => tagDocument(m, words).map((labels) => labelsToSpans(labels)));
    words.forEach((w, i) => {
      sentences++;
      const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
      const inA = new Set((a?.[i] ?? []).map(key));
      const inB = new Set((b?.[i] ?? []).map(key));
      const onlyA = (a?.[i] ?? []).filter((s) => !inB.has(key(s)));
      const onlyB = (b?.[i] ?? []).filter((s) => !inA.has(key(s)));
      if (onlyA.length + onlyB.length === 0) return;
      differences.push(
        `NEW: ${spanText(w, onlyA)} | OLD: ${spanText(w, onlyB)}  «${w.join(' ').slice(0, 200)}»`,
      );
    });
  }
  console.log(
    `${lines.length} articles, ${sentences} sentences, ${differences.length} with different entities`,
  );
  const random = seededRandom(7);
  const shuffled = differences.map((d) => [random(), d] as const).sort((x, y) => x[0] - y[0]);
  for (const [, d] of shuffled.slice(0, Number(sample))) console.log(`- ${d}`);
}

main();
