import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { EntryAids } from '../../graph/shared-entry.js';

/** Name of the snapshot file in a cache generation folder. */
export const SNAPSHOT_FILE = 'snapshot.json';
const FORMAT = 1;

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
  graphJson: FileStamp;
  sharedNodes: number;
  sharedEdges: number;
  replies: ReplyRecord[];
  aids: [string, EntryAids][];
  /** nodes and edges by type in graph.json (for the summary of a build that changes nothing) */
  counts: { nodes: [string, number][]; edges: [string, number][] };
}

/** The stamp of a graph.json now (null when it cannot be read). */
export function graphJsonStamp(path: string): FileStamp | null {
  try {
    const s = statSync(path);
    return { path: resolve(path), size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** Write the snapshot (whole or not at all: a temporary file renamed). */
export function saveSnapshot(generationDir: string, s: Omit<BuildSnapshot, 'format'>): void {
  const path = join(generationDir, SNAPSHOT_FILE);
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: FORMAT, ...s }));
  renameSync(tmp, path);
}

/** The snapshot of a generation, or null when there is none or it is not whole. */
export function loadSnapshot(generationDir: string): BuildSnapshot | null {
  try {
    const s = JSON.parse(readFileSync(join(generationDir, SNAPSHOT_FILE), 'utf8')) as BuildSnapshot;
    if (s.format !== FORMAT || !Array.isArray(s.replies) || !Array.isArray(s.aids) || !s.graphJson) return null;
    return s;
  } catch {
    return null;
  }
}

/** Remove the snapshot (a build that may change graph.json without writing a new one). */
export function dropSnapshot(generationDir: string): void {
  rmSync(join(generationDir, SNAPSHOT_FILE), { force: true });
}
