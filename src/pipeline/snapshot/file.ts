import { readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { EntryAids } from '../../graph/shared-entry.js';
import { writeLines } from '../../graph/write-lines.js';
import type { OutputLayout } from '../../export/pieces/layout.js';
import { writersCodeHash } from '../cache/key.js';

/** Name of the snapshot file in a cache generation folder (JSON lines: see saveSnapshot). */
export const SNAPSHOT_FILE = 'snapshot.jsonl';
const FORMAT = 4;

/** What one file gave the last build. */
export interface ReplyRecord {
  file: string;
  /** cache entry key (path + bytes) */
  key: string;
  /** reply id */
  id: string;
  /** characters of clean text */
  chars: number;
  /** its own lines by spool group ("n Measure", "e MENTIONS.Measure.Agency" → count) */
  groups: Record<string, number>;
  warnings?: string[];
}

/** A file as it was written: a later build patches it only if it is still so. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * The last build, as a patch of graph.json needs it (src/pipeline/patch): the
 * replies in build order with their cache keys and own line counts, the
 * shared node and edge counts at the head of graph.json's arrays, the aids
 * of every shared node (alias counts, which reply won a first-come value)
 * and the stamp of the graph.json written. Lives in the cache generation
 * folder, so a snapshot of another extractor, code or lexicon is never read.
 */
export interface BuildSnapshot {
  format: number;
  /** the writers' code that wrote the outputs (cache/key.ts writersCodeHash): other writers do not patch them */
  writers: string;
  graphJson: FileStamp;
  /** the other outputs the build wrote beside graph.json, by format (a folder: its files), for a rebuild that changes nothing */
  others: Record<string, FileStamp[]>;
  sharedNodes: number;
  sharedEdges: number;
  replies: ReplyRecord[];
  aids: [string, EntryAids][];
  /** nodes and edges by type in graph.json (for the summary of a build that changes nothing) */
  counts: { nodes: [string, number][]; edges: [string, number][] };
  /** where every node and edge lies in the other outputs, by format (export/pieces): what a patch splices them with */
  layouts: Record<string, OutputLayout>;
}

/** The stamp of a file now: graph.json, or any other output (null when it cannot be read). */
export function fileStamp(path: string): FileStamp | null {
  try {
    const s = statSync(path);
    return { path: resolve(path), size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** The stamps of an output: a file's, or those of a folder's files by name (null when it cannot be read). */
export function outputStamps(path: string): FileStamp[] | null {
  try {
    if (!statSync(path).isDirectory()) return [fileStamp(path)!];
    const stamps = readdirSync(path).sort().map((name) => fileStamp(join(path, name)));
    return stamps.every((s) => s !== null) ? (stamps as FileStamp[]) : null;
  } catch {
    return null;
  }
}

/** Is a file as it was when stamped (same path, size and modification time)? */
export function sameStamp(a: FileStamp | null | undefined, b: FileStamp | null | undefined): boolean {
  return !!a && !!b && a.path === b.path && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Are two lists of stamps the same files, as written? */
export function sameStamps(a: readonly FileStamp[] | null | undefined, b: readonly FileStamp[] | null | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((s, i) => sameStamp(s, b[i]));
}

/** What a snapshot is written from: its aids may be any iterable (a build's come from its shared graph). */
export type SnapshotInput = Omit<BuildSnapshot, 'format' | 'writers' | 'aids'> & { aids: Iterable<[string, EntryAids]> };

/**
 * Write the snapshot, whole or not at all (a temporary file renamed), as JSON
 * lines — a header, then a line per reply and per aided node — written a
 * megabyte at a time: at 100,000 replies one JSON string of it took ~300 MB.
 */
export function saveSnapshot(generationDir: string, s: SnapshotInput): void {
  const path = join(generationDir, SNAPSHOT_FILE);
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  const aids = [...s.aids];
  const formats = Object.keys(s.layouts);
  const header: Header = { format: FORMAT, writers: writersCodeHash(), graphJson: s.graphJson, others: s.others, sharedNodes: s.sharedNodes, sharedEdges: s.sharedEdges, counts: s.counts, replies: s.replies.length, aids: aids.length, layouts: formats };
  writeLines(tmp, jsonLines([header], s.replies, aids, formats.map((f) => s.layouts[f])));
  renameSync(tmp, path);
}

/** Every value of the lists, one JSON line each, in order. */
function* jsonLines(...lists: readonly (readonly unknown[])[]): Generator<string> {
  for (const list of lists) for (const v of list) yield JSON.stringify(v);
}

/** The first line of a snapshot file; the replies and aids follow, one a line. */
interface Header extends Omit<BuildSnapshot, 'replies' | 'aids' | 'layouts'> {
  replies: number;
  aids: number;
  /** the formats whose layouts follow the aids, a line each */
  layouts: string[];
}

/** The snapshot of a generation, or null when there is none or it is not whole. */
export function loadSnapshot(generationDir: string): BuildSnapshot | null {
  try {
    const bytes = readFileSync(join(generationDir, SNAPSHOT_FILE));
    let at = 0;
    const next = (): unknown => {
      const nl = bytes.indexOf(10, at);
      if (nl < 0) throw new Error('snapshot: cut short');
      const v = JSON.parse(bytes.toString('utf8', at, nl)) as unknown;
      at = nl + 1;
      return v;
    };
    const h = next() as Header;
    if (h.format !== FORMAT || !h.graphJson || !h.counts || !h.others || !Array.isArray(h.layouts)) return null;
    const replies: ReplyRecord[] = [];
    for (let i = 0; i < h.replies; i++) replies.push(next() as ReplyRecord);
    const aids: [string, EntryAids][] = [];
    for (let i = 0; i < h.aids; i++) aids.push(next() as [string, EntryAids]);
    const layouts: Record<string, OutputLayout> = {};
    for (const f of h.layouts) layouts[f] = next() as OutputLayout;
    if (at !== bytes.length) return null;
    return { format: h.format, writers: h.writers, graphJson: h.graphJson, others: h.others, sharedNodes: h.sharedNodes, sharedEdges: h.sharedEdges, counts: h.counts, replies, aids, layouts };
  } catch {
    return null;
  }
}
