import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const cli = (...args: string[]) => execFileSync(process.execPath, ['bin/replygraph.js', 'build', ...args, '-q'], { encoding: 'utf8' });

describe('replygraph build: --workers, --no-cache, --cache-dir', () => {
  const seeds = tempDir('seeds');
  cpSync('seeds', seeds, { recursive: true });

  it('caches in <out>/.cache by default and a warm rebuild writes the same graph.json', () => {
    const out = tempDir('out');
    cli(seeds, '--out', out, '--formats', 'json', '--workers', '2');
    const first = readFileSync(join(out, 'graph.json'), 'utf8');
    const generations = readdirSync(join(out, '.cache'));
    expect(generations).toHaveLength(1);
    expect(generations[0]).toMatch(/^v\d+-/);
    cli(seeds, '--out', out, '--formats', 'json', '--workers', '0');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(first);
  });

  it('--no-cache neither writes nor needs a cache; --cache-dir moves it', () => {
    const out = tempDir('out');
    cli(seeds, '--out', out, '--formats', 'json', '--no-cache');
    expect(existsSync(join(out, '.cache'))).toBe(false);
    const elsewhere = join(tempDir('cache'), 'c');
    cli(seeds, '--out', out, '--formats', 'json', '--cache-dir', elsewhere);
    expect(readdirSync(elsewhere)).toHaveLength(1);
    expect(existsSync(join(out, '.cache'))).toBe(false);
  });

  it('rejects a bad --workers in one line, exit 2', () => {
    const r = spawnSync(process.execPath, ['bin/replygraph.js', 'build', seeds, '--out', tempDir('out'), '--workers', 'two'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--workers');
  });
});
