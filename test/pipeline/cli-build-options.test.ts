import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSize } from '../../dist/cli/commands/build.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/replygraph.js', 'build', ...args], { encoding: 'utf8' });

describe('replygraph build: --max-file-size, notes, the spool', () => {
  const input = tempDir('in');
  // the largest seed is the one over the limit
  const seeds = readdirSync('seeds').sort((a, b) => readFileSync(join('seeds', a)).length - readFileSync(join('seeds', b)).length);
  for (const f of seeds.slice(0, 2)) copyFileSync(join('seeds', f), join(input, f));
  const big = seeds[4]!;
  copyFileSync(join('seeds', big), join(input, big));
  // a UTF-8 file cut inside its last character: read, with a note
  const cut = Buffer.from(`${readFileSync(join('seeds', seeds[0]!), 'utf8')}。`, 'utf8');
  writeFileSync(join(input, 'cut.txt'), cut.subarray(0, cut.length - 1));
  const sizeOfBig = readFileSync(join(input, big)).length;

  it('skips files over --max-file-size with the limit in the reason, builds the rest, exit 3', () => {
    const out = tempDir('out');
    const limit = Math.floor((sizeOfBig - 1) / 1024);
    const smaller = seeds.slice(0, 2).every((f) => readFileSync(join('seeds', f)).length <= limit * 1024);
    expect(smaller).toBe(true);
    const r = run(input, '--out', out, '--formats', 'json', '--max-file-size', `${limit}KB`);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(new RegExp(`${big}: file too large \\(\\d+ KiB, limit ${limit} KiB`));
    const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(g.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'Reply')).toHaveLength(3);
  });

  it('prints what reading a file noted, and leaves no spool behind (removed in the background once the build is done)', async () => {
    const out = tempDir('out');
    const r = run(input, '--out', out, '--formats', 'json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/notes:\n\s+\S*cut\.txt: truncated UTF-8/);
    const spools = () => readdirSync(out).filter((f) => f.startsWith('.spool'));
    for (let i = 0; i < 100 && spools().length; i++) await new Promise((res) => setTimeout(res, 50));
    expect(spools()).toEqual([]);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });

  it('says on stderr as each output is written, the ones written in a worker thread too, and how long each phase took', () => {
    const out = tempDir('out');
    const r = run(input, '--out', out);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('writing: '));
    expect(lines.map((l) => l.replace(/ \S+$/, ''))).toEqual(['writing: 1/4 (25%)', 'writing: 2/4 (50%)', 'writing: 3/4 (75%)', 'writing: 4/4 (100%)']);
    expect(lines.map((l) => l.split(' ').pop()).sort()).toEqual(['graph.cypher', 'graph.gexf', 'graph.json', 'csv'].map((f) => join(out, f)).sort());
    // and the summary splits the time between the two phases
    const [, total, extracting, writing] = r.stdout.match(/^replies read: 4 \(([\d.]+) s: extracting ([\d.]+) s, writing ([\d.]+) s\)$/m)!.map(Number);
    expect(extracting! + writing!).toBeCloseTo(total!, 1);
  });

  it('rejects a size it cannot read, in one line, exit 2', () => {
    const r = run(input, '--out', tempDir('out'), '--max-file-size', 'big');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--max-file-size');
  });

  it('reads sizes as people write them', () => {
    expect(parseSize('50MB')).toBe(50 * 1024 ** 2);
    expect(parseSize('800 KB')).toBe(800 * 1024);
    expect(parseSize('1.5GiB')).toBe(Math.round(1.5 * 1024 ** 3));
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('ten')).toBeNull();
  });
});
