import { closeSync, createWriteStream, mkdirSync, openSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import type { SINK_ENCODING, StringForm } from '../graph/string-form.js';

const TMP_MARK = '.replygraph-tmp-';

/** How a TextSink turns text into bytes: UTF-8, or latin1 for byte strings (graph/string-form.ts). */
export type SinkEncoding = (typeof SINK_ENCODING)[StringForm];

/** Bytes a TextSink gathers before they go to its stream. */
const SINK_BYTES = 1 << 16;

/**
 * Bytes a sink's stream may hold before the writer waits for the disk: with
 * Node's default (16 KiB) every chunk waited for its write to end, and the
 * writer sat idle for a sixth of its time; now it goes on encoding while
 * the last few megabytes are written.
 */
const SINK_STREAM_BYTES = 1 << 22;

/** A file stream (created or truncated) for a TextSink, holding SINK_STREAM_BYTES before its writer waits. */
export function sinkStream(path: string): WriteStream {
  return createWriteStream(path, { highWaterMark: SINK_STREAM_BYTES });
}

/**
 * A buffered, back-pressure aware text writer over a file stream. Text is
 * encoded straight into a buffer of bytes as it comes (`encoding`: utf8, or
 * latin1 for byte strings, graph/string-form.ts): no string of the pieces
 * joined is ever made, which cost a writer more than encoding.
 */
export class TextSink {
  private buf = Buffer.allocUnsafeSlow(SINK_BYTES);
  private used = 0;
  /** most bytes a UTF-16 code unit of a written string can take */
  private readonly perUnit: number;
  constructor(
    private readonly stream: WriteStream,
    private readonly encoding: SinkEncoding = 'utf8',
  ) {
    this.perUnit = encoding === 'latin1' ? 1 : 3;
  }
  async write(s: string): Promise<void> {
    const most = s.length * this.perUnit;
    if (this.used + most > this.buf.length) {
      await this.flush();
      if (most > this.buf.length) {
        await this.push(Buffer.from(s, this.encoding));
        return;
      }
    }
    this.used += this.buf.write(s, this.used, this.encoding);
  }
  /** Bytes, written after the text before them (no copy, no decoding). */
  async writeBytes(b: Uint8Array): Promise<void> {
    await this.flush();
    if (b.length) await this.push(b);
  }
  async flush(): Promise<void> {
    if (!this.used) return;
    const chunk = this.buf.subarray(0, this.used);
    // the stream keeps the chunk until it is written: the next text goes to a buffer of its own
    this.buf = Buffer.allocUnsafeSlow(SINK_BYTES);
    this.used = 0;
    await this.push(chunk);
  }
  private async push(chunk: Uint8Array): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((res, rej) => {
      const onErr = (e: Error) => rej(e);
      this.stream.once('error', onErr);
      this.stream.once('drain', () => { this.stream.off('error', onErr); res(); });
    });
  }
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((res, rej) => this.stream.end((e?: Error | null) => (e ? rej(e) : res())));
  }
}

/**
 * Write a file atomically: the content goes to a temporary file beside it,
 * renamed over the target only when complete. On failure the target is left
 * as it was and the temporary file is removed. `encoding`: how the text
 * written becomes bytes (latin1 for byte strings, graph/string-form.ts).
 */
export async function writeFileAtomic(path: string, write: (sink: TextSink) => Promise<void>, encoding: SinkEncoding = 'utf8'): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TMP_MARK}${process.pid}-${basename(path)}`);
  const stream = sinkStream(tmp);
  const sink = new TextSink(stream, encoding);
  try {
    await write(sink);
    await sink.close();
    await rename(tmp, path);
  } catch (e) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Bytes written to a file descriptor, synchronously: small pieces gathered in a buffer of its own, large ones written as they are. */
export class SyncByteSink {
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  constructor(private readonly fd: number) {}

  write(b: Uint8Array | string): void {
    if (typeof b === 'string') b = Buffer.from(b, 'utf8');
    if (b.length >= this.buf.length >> 2) {
      this.flush();
      writeAll(this.fd, b);
      return;
    }
    if (this.used + b.length > this.buf.length) this.flush();
    this.buf.set(b, this.used);
    this.used += b.length;
  }

  flush(): void {
    if (!this.used) return;
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }
}

function writeAll(fd: number, b: Uint8Array): void {
  for (let at = 0; at < b.length; ) at += writeSync(fd, b, at, b.length - at);
}

/**
 * writeFileAtomic, synchronously: for writers that copy large runs of bytes
 * from a file being read with a reused buffer (nothing may hold on to them).
 */
export function writeFileAtomicSync<T>(path: string, write: (sink: SyncByteSink) => T): T {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TMP_MARK}${process.pid}-${basename(path)}`);
  const fd = openSync(tmp, 'w');
  try {
    const sink = new SyncByteSink(fd);
    const r = write(sink);
    sink.flush();
    closeSync(fd);
    const old = retire(path);
    renameSync(tmp, path);
    if (old) removeInBackground(old);
    return r;
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Move a file about to be replaced out of the way (to a temporary name that
 * removeStaleTempFiles also clears); null when there is none. Replacing a
 * large file by rename frees its blocks in the rename itself — most of a
 * second for a gigabyte on a disk mounted with discard.
 */
function retire(path: string): string | null {
  const old = join(dirname(path), `${TMP_MARK}old-${process.pid}-${basename(path)}`);
  try {
    renameSync(path, old);
    return old;
  } catch {
    return null;
  }
}

/**
 * Delete a file or folder from a detached process, so that freeing its
 * blocks does not hold up this one (a gigabyte takes most of a second on a
 * disk mounted with discard). Removed here if no process can be started.
 */
export function removeInBackground(path: string): void {
  const now = () => rmSync(path, { recursive: true, force: true });
  try {
    const child = spawn(process.execPath, ['-e', 'require("fs").rmSync(process.argv[1], { recursive: true, force: true })', path], { detached: true, stdio: 'ignore' });
    child.on('error', now);
    child.unref();
  } catch {
    now();
  }
}

/** Remove temporary files an interrupted earlier run left in a folder (recursively). */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let n = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    // .spool-<pid>: a build's spooled lines (src/graph/spool.ts), left behind when it was killed
    if (e.name.startsWith(TMP_MARK) || (e.isDirectory() && /^\.spool-\d+$/.test(e.name) && e.name !== `.spool-${process.pid}`)) {
      await rm(p, { recursive: true, force: true });
      n++;
    } else if (e.isDirectory() && !e.name.startsWith('.')) n += await removeStaleTempFiles(p);
  }
  return n;
}

/** Path of a temporary sibling for a folder that is replaced as a whole (e.g. csv/). */
export function tempSibling(path: string): string {
  return join(dirname(path), `${TMP_MARK}${process.pid}-${basename(path)}`);
}
