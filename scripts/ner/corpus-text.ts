/**
 * Unlabelled news text for word clusters: every text-bearing file under shared/corpus (markup
 * stripped), plus the words of the training set, split into lower-cased tokens the way the tagger
 * sees them. Test sets are never read here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { normalizeWord } from '../../src/stages/entities/ner/features.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.html', '.json', '.jsonl', '.csv', '.xml', '.rss', '.atom']);
const TOKEN = /(?:\p{L}\.){2,}|\p{L}+(?:[-&.][\p{L}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*|'s\b|[^\s\p{L}\p{N}]/gu;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (TEXT_EXTENSIONS.has(extname(name))) out.push(path);
  }
  return out;
}

function plain(raw: string): string {
  return raw
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:nbsp|#160);/g, ' ')
    .replace(/&(?:rsquo|#8217|apos|#39);/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\\n|\\"/g, ' ');
}

/** Lower-cased token lines (one array per text line) from the corpus folder. */
export function corpusLines(corpusDir: string): string[][] {
  const lines: string[][] = [];
  for (const path of files(corpusDir)) {
    for (const line of plain(readFileSync(path, 'utf8')).split(/\n+/)) {
      const tokens = line.match(TOKEN) ?? [];
      if (tokens.length >= 3) lines.push(tokens.map((t) => normalizeWord(t).toLowerCase()));
    }
  }
  return lines;
}
