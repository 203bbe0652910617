import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('graph/ (the committed graph of seeds/)', () => {
  it('is what `replygraph build seeds` writes now, every output: rebuild it with `npm run graph` when this fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-fresh-'));
    execFileSync('node', ['bin/replygraph.js', 'build', 'seeds', '--out', out, '-q', '--no-cache']);
    const files = (dir: string) => ['graph.json', 'graph.gexf', 'graph.cypher', ...readdirSync(join(dir, 'csv')).sort().map((f) => `csv/${f}`)];
    expect(files('graph')).toEqual(files(out));
    for (const f of files(out)) expect(readFileSync(join(out, f)).equals(readFileSync(join('graph', f))), `graph/${f} is out of date: run \`npm run graph\``).toBe(true);
  });
});
