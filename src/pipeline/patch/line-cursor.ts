import { closeSync, openSync, readSync } from 'node:fs';

const NL = 0x0a;
const COMMA = 0x2c;
const CHUNK = 1 << 20;

/**
 * Reads a file of lines front to back, synchronously, through one reused
 * buffer: a line at a time, or runs of lines handed on as large byte pieces.
 * What it hands on is valid until its next call (a writer copies or writes
 * it at once).
 */
export class LineCursor {
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  private end = 0;
  private eof = false;
  /** bytes of the file before `buf` */
  private consumed = 0;

  private constructor(private readonly fd: number) {}

  static open(path: string): LineCursor {
    return new LineCursor(openSync(path, 'r'));
  }

  /** Read more, keeping the bytes not yet taken (a line longer than the buffer grows it); false at the end of the file. */
  private fill(): boolean {
    if (this.eof) return false;
    const rest = this.end - this.pos;
    if (rest >= this.buf.length >> 1) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, this.pos, this.end);
      this.buf = bigger;
    } else this.buf.copyWithin(0, this.pos, this.end);
    this.consumed += this.pos;
    this.pos = 0;
    this.end = rest;
    const n = readSync(this.fd, this.buf, rest, this.buf.length - rest, null);
    if (n === 0) this.eof = true;
    this.end += n;
    return n > 0;
  }

  /** The next line without its line end (a view valid until the next call), or null at the end. */
  line(): Buffer | null {
    for (;;) {
      const nl = this.buf.subarray(0, this.end).indexOf(NL, this.pos);
      if (nl >= 0) {
        const l = this.buf.subarray(this.pos, nl);
        this.pos = nl + 1;
        return l;
      }
      if (!this.fill()) {
        if (this.pos >= this.end) return null;
        const l = this.buf.subarray(this.pos, this.end);
        this.pos = this.end;
        return l;
      }
    }
  }

  /**
   * The next `count` lines, taken as one run of JSON array elements (lines
   * "{…}," as graph.json writes them): handed to `emit` as pieces whose
   * concatenation is the run without the last line's comma and line end
   * (the ",\n" between its elements kept), or skipped when `emit` is null.
   */
  run(count: number, emit: ((piece: Uint8Array) => void) | null): void {
    if (count <= 0) return;
    let start = this.pos;
    let left = count;
    for (;;) {
      const view = this.buf.subarray(0, this.end);
      while (left > 0) {
        const nl = view.indexOf(NL, this.pos);
        if (nl < 0) break;
        this.pos = nl + 1;
        left--;
      }
      if (left === 0) {
        let end = this.pos - 1;
        if (this.buf[end - 1] === COMMA) end--;
        if (emit && end > start) emit(this.buf.subarray(start, end));
        return;
      }
      if (emit && this.pos > start) emit(this.buf.subarray(start, this.pos));
      if (!this.fill()) throw new Error(`the file ended ${left} line(s) early`);
      start = this.pos;
    }
  }

  /** Byte offset of the next unread byte. */
  get offset(): number {
    return this.consumed + this.pos;
  }

  close(): void {
    closeSync(this.fd);
  }
}
