/**
 * bench:sentences — sentence boundary precision/recall/F1 of dateline's language stage against
 * bare wink-nlp, on the Universal Dependencies EWT and GUM dev treebanks, in the same run.
 * Documents are rebuilt from each sentence's `# text`: sentences joined by a space, paragraphs
 * (`# newpar`) by a blank line — and, to show what paragraph breaks are worth, again with every
 * sentence of a document joined by a space. A boundary is the character offset where a sentence
 * ends; the document's final end is not counted (both systems get it for free).
 */
import { readFileSync } from 'node:fs';
import { languageStage } from '../src/stages/language/language-stage.js';
import { winkInstance } from '../src/stages/language/tokenize.js';
import { createDocument } from '../src/document/create-document.js';
import type { Row } from './lib/report.js';
import { printTable, writeResults } from './lib/report.js';
import { sharedPath } from './lib/shared.js';

interface GoldDoc {
  text: string;
  ends: Set<number>;
}

/** Documents of a CoNLL-U file with their gold sentence ends. */
function readConllu(path: string, paragraphs: boolean): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let parts: string[] = [];
  let ends = new Set<number>();
  let length = 0;
  let newPar = false;
  const flush = (): void => {
    if (parts.length > 0) docs.push({ text: parts.join(''), ends });
    parts = [];
    ends = new Set();
    length = 0;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) flush();
    else if (line.startsWith('# newpar')) newPar = true;
    else if (line.startsWith('# text = ')) {
      const sentence = line.slice('# text = '.length).trim();
      const sep = length === 0 ? '' : paragraphs && newPar ? '\n\n' : ' ';
      parts.push(sep, sentence);
      length += sep.length + sentence.length;
      ends.add(length);
      newPar = false;
    }
  }
  flush();
  return docs;
}

function oursEnds(text: string): number[] {
  const doc = createDocument(text);
  languageStage.run(doc, {});
  return (doc.layers.sentences ?? []).map((s) => s.end);
}

/** Bare wink-nlp: its sentences, located in the text by their tokens. */
function winkEnds(text: string): number[] {
  const { nlp, its } = winkInstance();
  const doc = nlp.readDoc(text);
  const ends: number[] = [];
  let cursor = 0;
  const values = doc.tokens().out();
  const tokenEnds: number[] = values.map((value) => {
    const at = text.indexOf(value, cursor);
    if (at >= 0) cursor = at + value.length;
    return cursor;
  });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's `its` helpers are plain functions
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    // A sentence's span may end on a line-break token; its words end at the last other token.
    let i = last;
    while (i > first && (values[i] ?? '').trim() === '') i--;
    ends.push(tokenEnds[i] ?? text.length);
  }
  return ends;
}

function score(
  docs: GoldDoc[],
  predict: (text: string) => number[],
): { p: number; r: number; f1: number; seconds: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const predicted = new Set(predict(d.text).filter((e) => e < d.text.trimEnd().length));
    const gold = [...d.ends].filter((e) => e < d.text.length);
    for (const e of predicted) {
      if (d.ends.has(e)) tp++;
      else fp++;
    }
    for (const e of gold) if (!predicted.has(e)) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p: 100 * p, r: 100 * r, f1: (200 * p * r) / (p + r), seconds: (performance.now() - t0) / 1000 };
}

/** The seed article with its reviewed golden sentences (test/fixtures/seed). */
function seedDocs(): GoldDoc[] {
  const dir = new URL('../test/fixtures/seed/', import.meta.url);
  const text = readFileSync(new URL('input.txt', dir), 'utf8');
  const golden = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
    sentences: { end: number }[];
  };
  return [{ text, ends: new Set(golden.sentences.map((s) => s.end)) }];
}

const rows: Row[] = [];
for (const [system, predict] of [
  ['bare wink-nlp', winkEnds],
  ['dateline', oursEnds],
] as const) {
  const s = score(seedDocs(), predict);
  rows.push({
    set: 'seed (golden)',
    input: 'as published',
    system,
    docs: 1,
    precision: s.p,
    recall: s.r,
    F1: s.f1,
    seconds: s.seconds,
  });
}
for (const [name, file] of [
  ['EWT dev', 'eval/syntax/ud-ewt/en_ewt-ud-dev.conllu'],
  ['GUM dev', 'eval/syntax/ud-gum/en_gum-ud-dev.conllu'],
] as const) {
  const path = sharedPath(file);
  if (!path) continue;
  for (const paragraphs of [true, false]) {
    const docs = readConllu(path, paragraphs);
    const input = paragraphs ? 'paragraphs kept' : 'all one paragraph';
    for (const [system, predict] of [
      ['bare wink-nlp', winkEnds],
      ['dateline', oursEnds],
    ] as const) {
      const s = score(docs, predict);
      rows.push({
        set: name,
        input,
        system,
        docs: docs.length,
        precision: s.p,
        recall: s.r,
        F1: s.f1,
        seconds: s.seconds,
      });
    }
  }
}
printTable('bench:sentences — sentence boundaries (boundary = end offset; P/R/F1 in %)', rows);
writeResults('sentences', {
  method: 'UD dev treebanks rebuilt from # text; boundary-level P/R/F1; see bench/sentences.ts',
  rows,
});
