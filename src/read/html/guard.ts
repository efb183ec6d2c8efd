/**
 * Bounds on the work one page can cause. Readability recurses over the tree and rescans it when
 * it finds little text, so a pathological page (megabytes of markup, thousands of nested divs)
 * could overflow the stack or take minutes; these steps cut such a page down first, and say so.
 */
import { tagOf } from './dom.js';
import type { HtmlDocument, HtmlElement, HtmlNode } from './dom.js';
import { textBlocks } from './html-text.js';

/** Deepest element nesting handed to Readability; real article pages stay well under 60. */
export const MAX_DEPTH = 120;
/** Most elements handed to Readability; large real news pages have a few thousand. */
export const MAX_ELEMENTS = 30_000;

const NOISE_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas'];

/** Removes markup that never holds article text (scripts, styles, embeds). */
export function dropNoise(doc: HtmlDocument): void {
  for (const tag of NOISE_TAGS) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      if (tag === 'script' && el.getAttribute('type') === 'application/ld+json') continue;
      el.remove();
    }
  }
}

/**
 * Replaces each subtree that starts deeper than `maxDepth` by its paragraphs, flat. Returns how
 * many subtrees were flattened.
 */
export function flattenDeep(doc: HtmlDocument, maxDepth = MAX_DEPTH): number {
  const root = doc.body;
  if (!root) return 0;
  const deep: HtmlElement[] = [];
  const stack: Array<[HtmlElement, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() ?? [root, 0];
    if (depth >= maxDepth) {
      deep.push(el);
      continue;
    }
    for (const kid of Array.from(el.children)) stack.push([kid, depth + 1]);
  }
  for (const el of deep) {
    const paragraphs = textBlocks(el).map((b) => {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(b.text));
      return p;
    });
    el.replaceChildren(...paragraphs);
  }
  return deep.length;
}

/** Cuts the body after its first `maxElements` elements (document order). Returns whether it cut. */
export function truncateElements(doc: HtmlDocument, maxElements = MAX_ELEMENTS): boolean {
  // linkedom's getElementsByTagName does not take '*'.
  const all = doc.body?.querySelectorAll('*');
  if (!all || all.length <= maxElements) return false;
  const last = all[maxElements - 1];
  if (!last) return false;
  // Preorder: what comes after `last` is its own subtree, then the following siblings of it and
  // of each ancestor. Drop all of that.
  last.replaceChildren();
  let node: HtmlNode | null = last;
  while (node && tagOf(node) !== 'body') {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentNode;
  }
  return true;
}
