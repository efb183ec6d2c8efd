/**
 * Element → paragraphs of plain text. Block elements end a paragraph, inline ones do not, so words
 * in `<p>a</p><p>b</p>` stay apart and `in<b>side</b>` stays whole. Walks without recursion, so a
 * page of 10,000 nested divs cannot overflow the stack.
 */
import { TEXT_NODE, isElement, tagOf } from './dom.js';
import type { HtmlNode } from './dom.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'menu',
  'br',
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
]);

/** One paragraph and the element that holds it (for rules that look at markup). */
export interface TextBlock {
  readonly text: string;
  /** Lower-case tag of the nearest block ancestor: `p`, `h2`, `li`, … */
  readonly tag: string;
}

/** Collapses runs of white space (incl. no-break spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
}

/** The paragraphs of `root`, in document order, each squashed; empty ones dropped. */
export function textBlocks(root: HtmlNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let blockTag = tagOf(root) || 'div';
  const flush = (): void => {
    const text = squash(parts.join(''));
    if (text) blocks.push({ text, tag: blockTag });
    parts = [];
  };
  // Stack of [node, leaving]: a block element is visited on the way in and on the way out.
  const stack: Array<[HtmlNode, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop() ?? [root, true];
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if (!leaving) blockTag = tag;
    }
    if (leaving) continue;
    if (block) stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push([kid, false]);
    }
  }
  flush();
  return blocks;
}

/** Plain text of `root`: paragraphs joined by a blank line. */
export function htmlText(root: HtmlNode): string {
  return textBlocks(root)
    .map((b) => b.text)
    .join('\n\n');
}
