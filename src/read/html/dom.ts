/**
 * The slice of the DOM the HTML reader uses, typed here so the rest of the reader stays strict:
 * linkedom's own typings are loose, and the project compiles without the DOM lib.
 */
import { DOMParser } from 'linkedom';

export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: HtmlElement | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly firstChild: HtmlNode | null;
  readonly nextSibling: HtmlNode | null;
  textContent: string | null;
  remove(): void;
}

export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  readonly children: ArrayLike<HtmlElement>;
  readonly parentElement: HtmlElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  querySelector(selector: string): HtmlElement | null;
  getElementsByTagName(name: string): ArrayLike<HtmlElement>;
  appendChild(node: HtmlNode): HtmlNode;
  replaceChildren(...nodes: HtmlNode[]): void;
  replaceWith(...nodes: HtmlNode[]): void;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement | null;
  readonly head: HtmlElement | null;
  readonly body: HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  querySelector(selector: string): HtmlElement | null;
  getElementsByTagName(name: string): ArrayLike<HtmlElement>;
  createElement(tag: string): HtmlElement;
  createTextNode(text: string): HtmlNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML string into a document (linkedom: fast, tolerant, no scripts run). */
export function parseHtmlDocument(html: string): HtmlDocument {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as HtmlDocument;
  // linkedom leaves an empty or text-only input without <html> (or takes a leading <script> for the
  // root element), and its `body` and `head` getters then throw.
  if (doc.documentElement?.tagName.toLowerCase() === 'html') return doc;
  return new DOMParser().parseFromString(
    `<html><head></head><body>${html}</body></html>`,
    'text/html',
  ) as unknown as HtmlDocument;
}

/** True for element nodes; narrows the type. */
export function isElement(node: HtmlNode): node is HtmlElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name, `''` for non-elements. */
export function tagOf(node: HtmlNode): string {
  return isElement(node) ? node.tagName.toLowerCase() : '';
}
