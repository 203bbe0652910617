/**
 * Files and folders the user may not read. Tests run as root, for whom chmod 000 changes nothing,
 * so the file system is mocked to refuse paths containing "locked" the way it does for other users;
 * the real chmod case runs only when the tests do not run as root.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

function eacces(path: unknown): NodeJS.ErrnoException {
  const e = new Error(`EACCES: permission denied, open '${String(path)}'`) as NodeJS.ErrnoException;
  e.code = 'EACCES';
  return e;
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = <A extends unknown[], R>(f: (p: unknown, ...a: A) => Promise<R>) =>
    (p: unknown, ...a: A): Promise<R> => (String(p).includes('locked') ? Promise.reject(eacces(p)) : f(p, ...a));
  return { ...fs, open: refuse(fs.open as never), readdir: refuse(fs.readdir as never) };
});

const { isSkipped, listInputs, readDoc } = await import('../../src/ingest/index.js');
const seed = readFileSync('seeds/001_c14fae95395a6d05.txt');

describe('unreadable permissions', () => {
  const root = mkdtempSync(join(tmpdir(), 'rg-perm-'));
  mkdirSync(join(root, 'locked-folder'));
  writeFileSync(join(root, 'locked-folder', 'a.txt'), seed);
  writeFileSync(join(root, 'locked-reply.txt'), seed);
  writeFileSync(join(root, 'ok.txt'), seed);

  it('names the folder it cannot list and the file it cannot read, and reads the rest', async () => {
    const listed = await listInputs([root]);
    expect(listed.skipped).toEqual([{ file: join(root, 'locked-folder'), reason: 'cannot list folder: permission denied' }]);
    expect(listed.files).toEqual([join(root, 'locked-reply.txt'), join(root, 'ok.txt')]);
    const locked = await readDoc(join(root, 'locked-reply.txt'));
    expect(locked).toEqual({ file: join(root, 'locked-reply.txt'), reason: 'cannot read: permission denied' });
    const ok = await readDoc(join(root, 'ok.txt'));
    expect(isSkipped(ok)).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('really refuses a chmod 000 file (non-root only)', async () => {
    const f = join(root, 'mode000.txt');
    writeFileSync(f, seed);
    chmodSync(f, 0);
    expect(await readDoc(f)).toEqual({ file: f, reason: 'cannot read: permission denied' });
  });
});
