import { closeSync, mkdirSync, openSync, rmSync, writevSync } from 'node:fs';
import { lineChunksOf } from './line-chunks.js';
import { join } from 'node:path';
import { collectGarbageIfGrown } from './heap.js';
import { linesIn } from './string-form.js';

/** Bytes buffered per group before they are appended to its file. */
const FLUSH_BYTES = 1 << 20;
/** Bytes read back between two looks at the process's memory (their strings are garbage at once; V8 frees them lazily). */
const MEMORY_CHECK_EVERY_BYTES = 32 << 20;

interface Group {
  chunks: Uint8Array[];
  bytes: number;
  lines: number;
  fd: number | null;
  path: string | null;
}

/**
 * Lines of UTF-8 text kept by group (a node label or an edge group), in the
 * order they were appended: in memory, or — when given a folder — in one file
 * per group, so that a corpus of any size holds only a megabyte per group in
 * memory. Lines arrive as bytes (from worker threads or the cache) and are
 * written as they are; they become strings only when read back, group by
 * group, line by line.
 */
export class Spool {
  private readonly groups = new Map<string, Group>();
  private closed = false;

  /** `dir`: a folder of its own for the group files (created; removed by dispose), or null to keep lines in memory. */
  constructor(private readonly dir: string | null) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** Append `count` lines (UTF-8, each ending with \n) to a group. */
  append(group: string, lines: Uint8Array, count: number): void {
    if (this.closed) throw new Error('spool: append after close');
    let g = this.groups.get(group);
    if (!g) {
      const path = this.dir ? join(this.dir, `${this.groups.size}.jsonl`) : null;
      g = { chunks: [], bytes: 0, lines: 0, fd: path ? openSync(path, 'w') : null, path };
      this.groups.set(group, g);
    }
    g.chunks.push(lines);
    g.bytes += lines.byteLength;
    g.lines += count;
    if (g.fd !== null && g.bytes >= FLUSH_BYTES) this.flush(g);
  }

  private flush(g: Group): void {
    if (g.fd === null || !g.chunks.length) return;
    writevSync(g.fd, g.chunks);
    g.chunks = [];
    g.bytes = 0;
  }

  /** No more appends: buffered lines go to their files. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const g of this.groups.values()) {
      this.flush(g);
      if (g.fd !== null) closeSync(g.fd);
      g.fd = null;
    }
  }

  /** The groups, sorted. */
  groupNames(): string[] {
    return [...this.groups.keys()].sort();
  }

  /** The file of a group (closing the spool), or null when the group is in memory or empty. */
  fileOf(group: string): string | null {
    this.close();
    return this.groups.get(group)?.path ?? null;
  }

  /** Does the spool keep its lines in files? */
  get onDisk(): boolean {
    return this.dir !== null;
  }

  /** Lines in a group. */
  count(group: string): number {
    return this.groups.get(group)?.lines ?? 0;
  }

  /**
   * The bytes of a group in append order, in chunks of whole lines (each
   * line ending with \n): from memory as appended, or read from its file a
   * megabyte at a time.
   */
  async *chunks(group: string): AsyncGenerator<Uint8Array> {
    this.close();
    const g = this.groups.get(group);
    if (!g) return;
    if (g.path === null) {
      yield* g.chunks;
      return;
    }
    for await (const chunk of lineChunksOf(g.path)) {
      yield chunk;
      this.readBack(chunk.length);
    }
  }

  private sinceGc = 0;
  /** Count bytes read back; look at memory now and then (see graph/heap.ts). */
  private readBack(bytes: number): void {
    this.sinceGc += bytes;
    if (this.sinceGc < MEMORY_CHECK_EVERY_BYTES) return;
    this.sinceGc = 0;
    collectGarbageIfGrown();
  }

  /** The lines of a group, without their line ends, in append order. */
  async *lines(group: string): AsyncGenerator<string> {
    for await (const chunk of this.chunks(group)) yield* linesIn(chunk, 'utf16');
  }

  /** The lines of a group, from memory only (spools without a folder). */
  *linesSync(group: string): Generator<string> {
    const g = this.groups.get(group);
    if (!g) return;
    if (g.path !== null) throw new Error('spool: linesSync on a file spool');
    for (const chunk of g.chunks) yield* linesIn(chunk, 'utf16');
  }

  /** Remove the group files (with `remove`, e.g. one that works in the background; default: at once). */
  dispose(remove: (dir: string) => void = (dir) => rmSync(dir, { recursive: true, force: true })): void {
    this.close();
    if (this.dir) remove(this.dir);
  }
}
