import { closeSync, openSync, readSync } from 'node:fs';
import type { SyncByteSink } from '../atomic.js';
import type { StoredEdge, StoredNode } from '../../graph/index.js';
import type { RegionLayout } from './layout.js';

/** The previous output file, read at offsets. */
export class OldFile {
  private readonly buf = Buffer.allocUnsafe(1 << 22);
  private constructor(private readonly fd: number, readonly path: string) {}

  static open(path: string): OldFile {
    return new OldFile(openSync(path, 'r'), path);
  }

  /** Up to `n` bytes at `offset`. */
  read(offset: number, n: number): Buffer {
    const b = Buffer.allocUnsafe(n);
    const got = readSync(this.fd, b, 0, n, offset);
    return b.subarray(0, got);
  }

  /** Copy `length` bytes at `offset` to the sink. */
  copyTo(sink: ByteCounter, offset: number, length: number): void {
    let at = offset;
    const end = offset + length;
    while (at < end) {
      const n = readSync(this.fd, this.buf, 0, Math.min(this.buf.length, end - at), at);
      if (n <= 0) throw new SpliceError(`${this.path}: ends at byte ${at}, before ${end}`);
      sink.write(this.buf.subarray(0, n));
      at += n;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The previous output is not what its layout says: the caller writes it in full. */
export class SpliceError extends Error {}

/** A byte sink that counts what went through it. */
export class ByteCounter {
  bytes = 0;
  constructor(private readonly sink: SyncByteSink) {}
  write(b: Uint8Array | string): number {
    const bytes = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
    this.sink.write(bytes);
    this.bytes += bytes.length;
    return bytes.length;
  }
}

/** How a format writes a region's pieces (UTF-16 strings, written as UTF-8). */
export interface PieceRender {
  node(n: StoredNode, first: boolean): string;
  edge(e: StoredEdge, first: boolean): string;
  /**
   * A copied piece whose place as the region's first changed (it was first
   * and is not, or the other way): bytes to strip from its head and text to
   * put before it. `head(n)`: its first n bytes. Absent: pieces do not
   * depend on their place.
   */
  reframe?(head: (n: number) => Buffer, wasFirst: boolean): { strip: number; prefix: string };
  /** do node pieces show the node's degree? */
  degrees: boolean;
}

/** One step through the shared pieces (pipeline/patch/changes.ts). */
export type Step =
  | { keep: number }
  | { drop: true }
  | { replace: StoredNode | StoredEdge }
  | { add: StoredNode | StoredEdge }
  | { same: StoredNode };

/** A reply of the new build in a region: kept from the previous build (its index there) or added (its elements in the group). */
export type OwnItem = { old: number } | { elements: readonly (StoredNode | StoredEdge)[] };

/**
 * Write a region of a new output from the previous one: shared pieces
 * stepped through (kept runs copied as bytes, the rest written by
 * `render`), then every reply's pieces in the new order (kept replies'
 * bytes copied, consecutive ones at once; added ones written). Returns the
 * region's new layout.
 */
export function spliceRegion(
  /** the previous file (null: the region is new, no old piece is read) */
  old: OldFile | null,
  r: RegionLayout,
  steps: readonly Step[],
  own: readonly OwnItem[],
  nodes: boolean,
  render: PieceRender,
  degreeChange: ReadonlyMap<string, number>,
  out: ByteCounter,
): RegionLayout {
  const withDegrees = nodes && render.degrees;
  const where = old?.path ?? r.group;
  if (withDegrees && r.degrees?.length !== r.shared.length) throw new SpliceError(`${where}: no degrees for ${r.group}`);
  const nr: RegionLayout = { group: r.group, start: out.bytes, shared: [], own: [], ...(withDegrees ? { degrees: [] } : {}) };
  let oldAt = r.start;
  let oldIdx = 0;
  let first = true;

  /** Copy consecutive old pieces at oldAt (their lengths; zeros for replies without any); returns their new lengths. */
  const copy = (lengths: readonly number[]): number[] => {
    const total = lengths.reduce((a, b) => a + b, 0);
    const now = [...lengths];
    if (!total) return now;
    let from = oldAt;
    const wasFirst = oldAt === r.start;
    if (render.reframe && wasFirst !== first) {
      const at = oldAt;
      const { strip, prefix } = render.reframe((n) => old!.read(at, n), wasFirst);
      const added = out.write(prefix);
      from += strip;
      const i = now.findIndex((l) => l > 0);
      now[i] = now[i]! - strip + added;
    }
    old!.copyTo(out, from, oldAt + total - from);
    oldAt += total;
    first = false;
    return now;
  };
  const write = (e: StoredNode | StoredEdge): number => {
    const s = nodes ? render.node(e as StoredNode, first) : render.edge(e as StoredEdge, first);
    first = false;
    return out.write(s);
  };
  const skipOld = () => {
    oldAt += r.shared[oldIdx]!;
    const d = r.degrees?.[oldIdx];
    oldIdx++;
    return d ?? 0;
  };
  const put = (e: StoredNode | StoredEdge, degree: number) => {
    const el = nodes ? { ...(e as StoredNode), degree } : e;
    nr.shared.push(write(el));
    if (withDegrees) nr.degrees!.push(degree);
  };

  for (const s of steps) {
    if ('keep' in s) {
      if (oldIdx + s.keep > r.shared.length) throw new SpliceError(`${where}: ${r.group} has fewer shared pieces than graph.json`);
      nr.shared.push(...copy(r.shared.slice(oldIdx, oldIdx + s.keep)));
      if (withDegrees) nr.degrees!.push(...r.degrees!.slice(oldIdx, oldIdx + s.keep));
      oldIdx += s.keep;
    } else if ('drop' in s) skipOld();
    else if ('replace' in s) {
      const d = skipOld();
      put(s.replace, d + (degreeChange.get(s.replace.key) ?? 0));
    } else if ('add' in s) put(s.add, degreeChange.get(s.add.key) ?? 0);
    else {
      const delta = degreeChange.get(s.same.key) ?? 0;
      if (withDegrees && delta) put(s.same, skipOld() + delta);
      else {
        nr.shared.push(...copy([r.shared[oldIdx]!]));
        if (withDegrees) nr.degrees!.push(r.degrees![oldIdx]!);
        oldIdx++;
      }
    }
  }
  if (oldIdx !== r.shared.length) throw new SpliceError(`${where}: ${r.group} has more shared pieces than graph.json`);

  // every reply's own pieces
  const ownStart = r.start + r.shared.reduce((a, b) => a + b, 0);
  const offsets: number[] = [];
  for (let j = 0, at = ownStart; j < r.own.length; at += r.own[j]!, j++) offsets.push(at);
  for (let i = 0; i < own.length; ) {
    const item = own[i]!;
    if ('old' in item) {
      let k = 1;
      while (i + k < own.length && 'old' in own[i + k]! && (own[i + k] as { old: number }).old === item.old + k) k++;
      oldAt = offsets[item.old]!;
      nr.own.push(...copy(r.own.slice(item.old, item.old + k)));
      i += k;
    } else {
      let len = 0;
      for (const e of item.elements) len += write(e);
      nr.own.push(len);
      i++;
    }
  }
  return nr;
}
