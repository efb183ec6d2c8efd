/**
 * News-specific clean-up around Readability. Before it runs, content it would wrongly discard
 * (MathJax formulas) is shielded, and page furniture that it tends to keep (share bars, newsletter
 * boxes, related-article lists) is removed by class, role or tag; after it, paragraphs that repeat
 * the headline or byline, or that are teasers, calls to action, credits, copyright notices or stamps,
 * are dropped, and credits are cut off the end of captions. Rules live in boilerplate-rules.ts.
 */
import { BLOCK_RULES, ELEMENT_RULES, SHIELD_RULES, TRIM_RULES } from './boilerplate-rules.js';
import type { TrimRule } from './boilerplate-rules.js';
import type { HtmlDocument, HtmlElement } from './dom.js';
import { tagOf } from './dom.js';
import type { TextBlock } from './html-text.js';

export interface CleanContext {
  readonly title: string | undefined;
  readonly bylines: readonly string[];
  /** Rule ids to leave out (benchmark ablation). */
  readonly skip?: ReadonlySet<string>;
}

const KEEP_TAGS = new Set(['html', 'body', 'main', 'article']);
/** An element with this many long paragraphs is article text, whatever its class says. */
const LONG_PARAGRAPH_CHARS = 150;
const MAX_LONG_PARAGRAPHS = 1;

function classWords(el: HtmlElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  const tokens = raw.split(/\s+/u).filter(Boolean);
  // Whole tokens ("social-share") and their parts ("social", "share").
  return [...tokens, ...tokens.flatMap((t) => t.split(/[-_]+/u))];
}

function holdsArticleText(el: HtmlElement): boolean {
  let long = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++long > MAX_LONG_PARAGRAPHS) return true;
  }
  return false;
}

/** Removes furniture elements from the page before Readability scores it. */
export function removeBoilerplate(doc: HtmlDocument, skip: ReadonlySet<string> = new Set()): void {
  const body = doc.body;
  if (!body) return;
  shieldContent(body, skip);
  const rules = ELEMENT_RULES.filter((r) => !skip.has(r.id));
  const doomed: HtmlElement[] = [];
  for (const rule of rules) {
    if (rule.selector) doomed.push(...Array.from(body.querySelectorAll(rule.selector)));
  }
  const worded = rules.filter((r) => r.words);
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const words = classWords(el);
    if (worded.some((r) => r.words && words.some((w) => r.words?.test(w)))) doomed.push(el);
  }
  for (const el of doomed) {
    if (!KEEP_TAGS.has(tagOf(el)) && !holdsArticleText(el)) el.remove();
  }
}

/** Strips class and id from content that Readability would otherwise take for furniture. */
function shieldContent(body: HtmlElement, skip: ReadonlySet<string>): void {
  for (const rule of SHIELD_RULES) {
    if (skip.has(rule.id)) continue;
    for (const el of Array.from(body.querySelectorAll(rule.selector))) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}

const normalize = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
/** Only the first few paragraphs can be a repeated headline or byline. */
const HEAD_BLOCKS = 4;

function repeatsHeadline(block: TextBlock, title: string | undefined): boolean {
  if (!title) return false;
  const a = normalize(block.text);
  const t = normalize(title);
  return (
    a.length > 0 &&
    (a === t ||
      (t.startsWith(a) && a.length >= 20) ||
      (a.startsWith(t) && t.length >= 20 && wordCount(block.text) <= wordCount(title) + 4))
  );
}

function repeatsByline(block: TextBlock, bylines: readonly string[]): boolean {
  if (wordCount(block.text) > 15) return false;
  if (/^by\s+\p{Lu}/u.test(block.text)) return true;
  const text = block.text.toLowerCase();
  return (
    bylines.length > 0 &&
    bylines.every((name) => text.includes(name.toLowerCase())) &&
    wordCount(block.text) <= 4 * bylines.length + 4
  );
}

/** The text without the tails the rules cut, or the text itself when none applies. */
function trimTails(text: string, rules: readonly TrimRule[]): string {
  let out = text;
  for (const rule of rules) {
    const tail = rule.pattern.exec(out);
    if (!tail || tail.index === 0 || wordCount(tail[0]) > rule.maxWords) continue;
    out = out.slice(0, tail.index).trimEnd();
  }
  return out;
}

/** The article's paragraphs minus repeated headline and byline, teasers, credits and stamps. */
export function cleanBlocks(blocks: readonly TextBlock[], context: CleanContext): string[] {
  const skip = context.skip ?? new Set<string>();
  const rules = BLOCK_RULES.filter((r) => !skip.has(r.id));
  const trims = TRIM_RULES.filter((r) => !skip.has(r.id));
  return blocks
    .filter((block, i) => {
      if (i < HEAD_BLOCKS && !skip.has('html/headline-repeat') && repeatsHeadline(block, context.title))
        return false;
      if (i < HEAD_BLOCKS && !skip.has('html/byline-repeat') && repeatsByline(block, context.bylines))
        return false;
      const words = wordCount(block.text);
      return !rules.some((r) => words <= r.maxWords && r.pattern.test(block.text));
    })
    .map((b) => trimTails(b.text, trims));
}
