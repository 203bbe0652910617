import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before a write. */
const BATCH = 1 << 20;

/**
 * Write lines to a file (created or truncated), each followed by \n, a
 * megabyte at a time, synchronously: never one string of the whole file.
 * The reader of such files is lineChunksOf (line-chunks.ts).
 */
export function writeLines(path: string, lines: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let buf: string[] = [];
    let size = 0;
    for (const l of lines) {
      buf.push(l, '\n');
      size += l.length + 1;
      if (size >= BATCH) {
        writeSync(fd, buf.join(''));
        buf = [];
        size = 0;
      }
    }
    if (buf.length) writeSync(fd, buf.join(''));
  } finally {
    closeSync(fd);
  }
}
