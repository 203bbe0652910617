const NL = 0x0a;
const TAB = 0x09;
const COMMA = 0x2c;

/**
 * A chunk of whole lines ("a\nb\n", UTF-8) as the next elements of a JSON
 * array written one per line: "\na,\nb" when they are the array's first,
 * ",\na,\nb" otherwise — what writing `${first ? '' : ','}\n${line}` for each
 * line gives, done on bytes. `dropPrefix`: each line loses everything up to
 * its first tab (the degree of a spooled node line). Empty lines are
 * skipped. Returns the bytes and whether any line was written.
 */
export function jsonArrayPiece(chunk: Uint8Array, first: boolean, dropPrefix: boolean): { bytes: Uint8Array; wrote: boolean } {
  // every line adds at most ",\n" (2 bytes) and loses its own \n
  const out = new Uint8Array(chunk.length + 2 * countLines(chunk) + 2);
  let o = 0;
  let start = 0;
  let comma = !first;
  let wrote = false;
  while (start < chunk.length) {
    let end = chunk.indexOf(NL, start);
    if (end < 0) end = chunk.length;
    let from = start;
    if (dropPrefix) {
      const tab = chunk.indexOf(TAB, start);
      if (tab >= 0 && tab < end) from = tab + 1;
    }
    if (end > from) {
      if (comma) out[o++] = COMMA;
      out[o++] = NL;
      out.set(chunk.subarray(from, end), o);
      o += end - from;
      comma = true;
      wrote = true;
    }
    start = end + 1;
  }
  return { bytes: out.subarray(0, o), wrote };
}

function countLines(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(NL); i >= 0; i = chunk.indexOf(NL, i + 1)) n++;
  return n + 1;
}
