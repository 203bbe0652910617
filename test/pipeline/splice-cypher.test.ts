import { describe, expect, it } from 'vitest';
import { nodeGroupFrame, rowPiece, startsStatement } from '../../dist/export/cypher/index.js';
import { cypherRender } from '../../dist/pipeline/patch/splice-outputs.js';

/** Rows of every length from a few bytes to more than a reframe reads, some of which start a statement. */
function rows(): { starts: string[]; continues: string[] } {
  const starts: string[] = [];
  const continues: string[] = [];
  for (let i = 0; starts.length < 8 || continues.length < 8; i++) {
    // every other row shorter than the bytes startsStatement hashes, the others longer than a reframe reads
    const row = `{key: 'k${i}', props: {name: '${'名'.repeat(i % 2 ? i % 40 : 200 + (i % 100))}'}}`;
    (startsStatement(Buffer.from(row).toString('latin1'), 'utf8-bytes', 1000) ? starts : continues).push(row);
  }
  return { starts, continues };
}

describe('graph.cypher spliced: a copied row that becomes or stops being its group\'s first', () => {
  const frame = nodeGroupFrame('Program', 3);
  const render = cypherRender(frame);
  const bytes = (s: string) => Buffer.from(s, 'utf8');

  it('a first row that no longer is gets the separator its own bytes call for, whatever follows it and however short it is', () => {
    const { starts, continues } = rows();
    for (const row of [...starts, ...continues]) {
      for (const next of [`,\n${continues[0]}`, `${frame.between}${starts[0]}`, frame.close]) {
        const file = bytes(row + next);
        const { strip, prefix } = render.reframe!((n) => file.subarray(0, n), true);
        expect(strip).toBe(0);
        expect(prefix + row).toBe(rowPiece(row, false, frame, 'utf16', 1000));
      }
    }
  });

  it('a row that becomes first loses its separator: a comma or a statement break', () => {
    const { starts, continues } = rows();
    for (const row of [...starts, ...continues]) {
      const file = bytes(rowPiece(row, false, frame, 'utf16', 1000));
      const { strip, prefix } = render.reframe!((n) => file.subarray(0, n), false);
      expect(prefix).toBe('');
      expect(file.subarray(strip).toString('utf8')).toBe(row);
    }
  });
});
