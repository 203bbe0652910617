import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeGraphJson } from '../src/export/index.js';
import { seedGraph } from './helpers/seed-graph.js';

// `replygraph push` as users run it (dist/, built by `npm test`), against no server.
const bin = join(import.meta.dirname, '..', 'bin', 'replygraph.js');
const graphFile = join(mkdtempSync(join(tmpdir(), 'replygraph-push-cli-')), 'graph.json');
const run = (args: string[], env: Record<string, string>) => {
  const { NEO4J_URI: _u, NEO4J_USER: _n, NEO4J_PASSWORD: _p, ...rest } = process.env;
  return spawnSync(process.execPath, [bin, 'push', ...args], { env: { ...rest, ...env }, encoding: 'utf8', timeout: 60_000 });
};

describe.skipIf(!existsSync(join(import.meta.dirname, '..', 'dist', 'cli', 'main.js')))('replygraph push (CLI)', () => {
  beforeAll(async () => writeGraphJson(seedGraph(), graphFile));

  test('server down: exit 1 and one line naming the URI', () => {
    const r = run([graphFile, '-q'], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^replygraph push: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \(.*ECONNREFUSED.*\); is the server running\?/);
  });

  test('no password, missing file, bad URI: one line each', () => {
    const a = run([graphFile], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(a.status).toBe(1);
    expect(a.stderr.trim()).toBe('replygraph push: no password: set NEO4J_PASSWORD (and NEO4J_URI, NEO4J_USER)');
    const b = run(['/nonexistent/graph.json'], { NEO4J_PASSWORD: 'x' });
    expect(b.status).toBe(1);
    expect(b.stderr.trim()).toMatch(/^replygraph push: \/nonexistent\/graph\.json: cannot read \(ENOENT\)/);
    const c = run([graphFile], { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });
    expect(c.status).toBe(1);
    expect(c.stderr.trim()).toMatch(/^replygraph push: NEO4J_URI "http:\/\/localhost:7474" is not a Neo4j URI/);
  });
});
