/**
 * Reading values out of fast-xml-parser's object tree, where an element is a string, an object
 * with `#text` and `@_attributes`, or an array of those when it repeats.
 */

/** True for a plain object node. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every occurrence of a possibly repeated element. */
export function all(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? (node as unknown[]) : [node];
}

/** The first occurrence of a possibly repeated element. */
export function first(node: unknown): unknown {
  return all(node)[0];
}

/** The child element `name` of `node` (all its occurrences, as the parser gave them). */
export function child(node: unknown, name: string): unknown {
  const n = first(node);
  return isRecord(n) ? n[name] : undefined;
}

/** The raw text content of an element (first occurrence), untrimmed; undefined when absent. */
export function rawText(node: unknown): string | undefined {
  const n = first(node);
  if (typeof n === 'string') return n;
  if (typeof n === 'number' || typeof n === 'boolean') return String(n);
  if (isRecord(n)) {
    const t = n['#text'];
    return typeof t === 'string' || typeof t === 'number' ? String(t) : undefined;
  }
  return undefined;
}

/** Text content with white space folded; undefined when absent or blank. */
export function textOf(node: unknown): string | undefined {
  const raw = rawText(node);
  const folded = raw?.replace(/\s+/gu, ' ').trim();
  return folded ? folded : undefined;
}

/** The first non-blank text among the children `names` of `node`, in that order. */
export function pickText(node: unknown, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = textOf(child(node, name));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** An attribute of an element (first occurrence). */
export function attr(node: unknown, name: string): string | undefined {
  const n = first(node);
  if (!isRecord(n)) return undefined;
  const value = n[`@_${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Unescapes the raw markup of an element the parser kept unparsed (Atom content): CDATA sections
 * are taken as they are, XML entity and character references elsewhere are decoded.
 */
export function unescapeXml(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/u)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(
            /&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/giu,
            (whole, ref: string) => decodeRef(ref) ?? whole,
          ),
    )
    .join('');
}

function decodeRef(ref: string): string | undefined {
  const named = XML_ENTITIES[ref.toLowerCase()];
  if (named !== undefined) return named;
  const code = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
