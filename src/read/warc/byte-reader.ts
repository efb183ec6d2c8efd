/**
 * A pull reader over a byte stream: lines and exact byte counts, holding at most one line or one
 * requested block (plus one chunk) in memory. Skipping streams past bytes without keeping them.
 */

export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private at = 0;
  private ended = false;
  /** Bytes consumed so far: the offset of the next byte in the stream. */
  offset = 0;

  constructor(private readonly chunks: AsyncIterator<Uint8Array>) {}

  /**
   * The next line without its CR LF, `undefined` at the end of the stream, or `'too-long'` (the
   * line is skipped) when it has more than `maxBytes` bytes.
   */
  async line(maxBytes: number): Promise<Buffer | 'too-long' | undefined> {
    let searched = this.at;
    for (;;) {
      const nl = this.buffer.indexOf(10, searched);
      if (nl >= 0) return this.cut(nl + 1, nl - this.at > maxBytes);
      if (this.buffer.length - this.at > maxBytes) return this.skipLine();
      // fill() moves the unread bytes to the front; the part already searched need not be again.
      const scanned = this.buffer.length - this.at;
      if (!(await this.fill())) return scanned > 0 ? this.cut(this.buffer.length, false) : undefined;
      searched = this.at + scanned;
    }
  }

  /** Up to `n` bytes (fewer only at the end of the stream). */
  async take(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      if (this.at >= this.buffer.length && !(await this.fill())) break;
      const piece = this.buffer.subarray(this.at, this.at + need);
      parts.push(piece);
      this.at += piece.length;
      this.offset += piece.length;
      need -= piece.length;
    }
    return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
  }

  /** Skips up to `n` bytes without keeping them; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.at >= this.buffer.length && !(await this.fill())) break;
      const step = Math.min(n - skipped, this.buffer.length - this.at);
      this.at += step;
      this.offset += step;
      skipped += step;
    }
    return skipped;
  }

  private cut(end: number, tooLong: boolean): Buffer | 'too-long' {
    let line = this.buffer.subarray(this.at, end);
    this.offset += end - this.at;
    this.at = end;
    if (tooLong) return 'too-long';
    if (line[line.length - 1] === 10) line = line.subarray(0, -1);
    if (line[line.length - 1] === 13) line = line.subarray(0, -1);
    return line;
  }

  private async skipLine(): Promise<'too-long'> {
    for (;;) {
      const nl = this.buffer.indexOf(10, this.at);
      if (nl >= 0) {
        this.cut(nl + 1, true);
        return 'too-long';
      }
      this.offset += this.buffer.length - this.at;
      this.at = this.buffer.length;
      if (!(await this.fill())) return 'too-long';
    }
  }

  /** Appends the next chunk to what is left unread; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer =
      this.at < this.buffer.length ? Buffer.concat([this.buffer.subarray(this.at), chunk]) : chunk;
    this.at = 0;
    return true;
  }
}
