import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('graph/ (the committed graph of seeds/)', () => {
  it('is what `replygraph build seeds` writes now: rebuild it with `npm run graph` when this fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-fresh-'));
    execFileSync('node', ['bin/replygraph.js', 'build', 'seeds', '--out', out, '--formats', 'json', '-q', '--no-cache']);
    const fresh = readFileSync(join(out, 'graph.json'), 'utf8');
    expect(fresh === readFileSync('graph/graph.json', 'utf8'), 'graph/graph.json is out of date: run `npm run graph`').toBe(true);
  });
});
