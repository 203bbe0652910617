/**
 * Straight double quotes (") paired into Chinese ones (“ ”), line by line, keeping
 * every offset: web pages and half-width scrapes write "技能浙江"行动 where a
 * reply's own text has “技能浙江”行动, and recognisers read the Chinese marks.
 * A line with an odd number of straight quotes is left as it is (no pairing to guess).
 * Returns null when nothing changed.
 */
export function pairStraightQuotes(text: string): string | null {
  if (!text.includes('"')) return null;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    const n = line.split('"').length - 1;
    if (n === 0 || n % 2 === 1) return line;
    changed = true;
    let open = true;
    return line.replace(/"/g, () => ((open = !open) ? '”' : '“'));
  });
  return changed ? lines.join('\n') : null;
}
