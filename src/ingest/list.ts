import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { formatFromName, isIgnoredInFolders } from './formats.js';
import { errorReason } from './reason.js';
import type { InputList, SkippedFile } from './types.js';

/**
 * Expand files and folders (recursively) into the files to read, sorted, each once.
 * Hidden entries (".name") and, inside folders, web-page assets (.css, .js, fonts …) are ignored.
 * Files whose extension is known to be unreadable (.doc, images …) and paths that cannot be listed (missing, permission denied, symlink loop,
 * broken symlink) go to `skipped`, each once with a one-line reason. Never throws for bad input.
 */
export async function listInputs(paths: readonly string[]): Promise<InputList> {
  const found = new Map<string, string>(); // real path → path as reached
  const skipped: SkippedFile[] = [];
  const seenDirs = new Map<string, string>(); // real path of a listed folder → path as reached

  const named = new Set(paths);
  const stack: string[] = [...paths].reverse();
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (!named.has(p) && isIgnoredInFolders(p)) continue;
    let real: string;
    let s;
    try {
      s = await stat(p);
      real = await realpath(p);
    } catch (e) {
      skipped.push({ file: p, reason: errorReason(e, 'cannot open') });
      continue;
    }
    if (s.isDirectory()) {
      const before = seenDirs.get(real);
      if (before !== undefined) {
        // reached again: a symlink loop when it is an ancestor (reported); otherwise a folder named
        // twice or linked from a sibling, already read (passed over silently)
        if (isInside(p, before) || isInside(resolve(p), resolve(before))) skipped.push({ file: p, reason: `symlink loop: points back to ${before}` });
        continue;
      }
      seenDirs.set(real, p);
      let names: string[];
      try {
        names = await readdir(p);
      } catch (e) {
        skipped.push({ file: p, reason: errorReason(e, 'cannot list folder') });
        continue;
      }
      names.sort();
      for (let i = names.length - 1; i >= 0; i--) if (!names[i]!.startsWith('.')) stack.push(join(p, names[i]!));
    } else if (s.isFile()) {
      const before = found.get(real);
      if (before !== undefined) {
        // the same file named twice (directly, or via a link): keep the path that bears its own name
        if (basename(before) !== basename(real) && basename(p) === basename(real)) found.set(real, p);
        continue;
      }
      const f = formatFromName(p);
      if ('reason' in f) skipped.push({ file: p, reason: f.reason });
      else found.set(real, p);
    } else {
      skipped.push({ file: p, reason: 'not a regular file (device, socket or pipe)' });
    }
  }
  const files = [...found.values()].sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ids = assignIds(files);
  for (const [f, id] of ids) LISTED_IDS.set(f, id);
  return { files, ids, skipped };
}

/** Ids given by listInputs, so that readDoc(file) without an explicit id still gets the unique one. */
const LISTED_IDS = new Map<string, string>();

/** The id listInputs gave this path (the latest listing wins), if any. */
export function listedId(file: string): string | undefined {
  return LISTED_IDS.get(file);
}

function isInside(child: string, ancestor: string): boolean {
  return child.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep);
}

/** The default reply id of a file: its name without extension. */
export function baseId(file: string): string {
  return basename(file, extname(file));
}

/**
 * Unique, stable reply ids for a sorted file list. A file keeps its name without extension;
 * when several files share that name, the first in path order keeps it and each other one gets
 * "~" plus its nearest parent folder names, as many as it takes to tell it from the others
 * ("2023/hebei/reply.txt" → reply, "2024/hebei/reply.txt" → "reply~2024-hebei"); files of one
 * folder that differ only by extension get it ("reply.txt" → reply, "reply.pdf" → "reply~pdf").
 */
export function assignIds(files: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const byBase = new Map<string, string[]>();
  for (const f of files) {
    const b = baseId(f);
    const group = byBase.get(b);
    if (group) group.push(f);
    else byBase.set(b, [f]);
  }
  const taken = new Set(byBase.keys());
  for (const [b, group] of byBase) {
    ids.set(group[0]!, b);
    const parents = group.map((f) => dirname(resolve(f)).split(sep).filter(Boolean));
    group.slice(1).forEach((f, k) => {
      const mine = parents[k + 1]!;
      const suffix = (dirs: string[], n: number): string => dirs.slice(Math.max(0, dirs.length - n)).join('-');
      let id = '';
      for (let n = 1; n <= mine.length; n++) {
        const s = suffix(mine, n);
        if (parents.every((other, j) => j === k + 1 || suffix(other, n) !== s) && !taken.has(`${b}~${s}`)) {
          id = `${b}~${s}`;
          break;
        }
      }
      // same folder, other extension (reply.txt, reply.pdf): the extension tells them apart
      const ext = extname(f).slice(1).toLowerCase();
      if (id === '' && ext && !taken.has(`${b}~${ext}`)) id = `${b}~${ext}`;
      for (let i = 2; id === '' || taken.has(id); i++) id = `${b}~${i}`;
      taken.add(id);
      ids.set(f, id);
    });
  }
  return ids;
}
