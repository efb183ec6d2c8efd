/** Reads shared corpus files into Articles with dateline's own readers. */
import type { Article } from '../../src/read/article.js';
import { csvReader } from '../../src/read/csv-reader.js';
import { fileInput } from '../../src/read/inputs.js';
import { jsonlReader } from '../../src/read/jsonl-reader.js';

export async function readArticles(path: string): Promise<Article[]> {
  const reader = path.endsWith('.csv') ? csvReader : jsonlReader;
  const articles: Article[] = [];
  for await (const item of reader.read(fileInput(path))) if (item.ok) articles.push(item.article);
  return articles;
}
