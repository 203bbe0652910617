/**
 * Spans [from, to) reaching `before` characters before and `after` after
 * each position (ascending), merged where they overlap: the only parts of a
 * text a costly pattern needs to be run on when it can only match near
 * some cheap anchor (届 of a session name, the bracketed year of a document number).
 */
export function windowsAround(positions: Iterable<number>, length: number, before: number, after: number): [number, number][] {
  const out: [number, number][] = [];
  for (const i of positions) {
    const from = Math.max(0, i - before);
    const to = Math.min(length, i + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** Positions of a character in a text, ascending. */
export function* positionsOf(text: string, ch: string): Generator<number> {
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) yield i;
}
