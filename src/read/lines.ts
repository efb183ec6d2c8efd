/**
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk) in
 * memory; a line longer than `maxBytes` is skipped and reported by its number, not accumulated.
 */

export type Line =
  | { readonly number: number; readonly bytes: Uint8Array }
  | { readonly number: number; readonly tooLong: number };

export async function* splitLines(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncIterable<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let number = 1;
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      size += piece.length;
      if (size > maxBytes) overflow = true;
      if (!overflow) parts.push(piece);
      yield overflow ? { number, tooLong: size } : { number, bytes: join(parts, size) };
      parts = [];
      size = 0;
      overflow = false;
      number++;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    size += rest.length;
    if (size > maxBytes) {
      overflow = true;
      parts = [];
    } else if (rest.length > 0) {
      parts.push(rest.slice());
    }
  }
  if (size > 0) yield overflow ? { number, tooLong: size } : { number, bytes: join(parts, size) };
}

function join(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
