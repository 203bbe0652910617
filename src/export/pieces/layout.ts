import type { StringForm } from '../../graph/string-form.js';

/**
 * Where each node and edge of an output lies: enough for a later build to
 * copy the bytes of what did not change and write only what did
 * (pipeline/patch). An output is files (graph.gexf; graph.cypher; csv/ a
 * file per group) of frames (headers, statement framing, written anew) and
 * regions: the pieces of one group (a label, an edge group), the shared
 * ones sorted by key, then every reply's own in build order.
 */
export interface RegionLayout {
  /** the spool group: "n Label" or "e TYPE.From.To" */
  group: string;
  /** byte offset of the region's first piece in its file */
  start: number;
  /** byte length of each shared piece, in key order */
  shared: number[];
  /** byte length of every reply's own pieces, in build order (0: none in this group) */
  own: number[];
  /** degree of each shared node (formats whose pieces show it) */
  degrees?: number[];
}

export interface FileLayout {
  /** path relative to the output (a file output: '') */
  file: string;
  regions: RegionLayout[];
}

/** The layout of one output as the build wrote it. */
export interface OutputLayout {
  format: string;
  files: FileLayout[];
  /**
   * How many elements show each attribute signature, by scope (a format's
   * own keys): the attribute declarations or columns a format infers from
   * its elements are a function of these counts, so a patch can tell
   * whether they change.
   */
  signatures: Record<string, Record<string, number>>;
}

/** Add `n` (negative: take away) to a signature's count; a count of zero is removed, so equal sets of signatures are equal records. */
export function addCount(into: Record<string, number>, sig: string, n: number): void {
  const v = (into[sig] ?? 0) + n;
  if (v) into[sig] = v;
  else delete into[sig];
}

/** What a writer needs to record a layout: every reply's own line count by spool group, in build order. */
export interface LayoutInput {
  ownLines: Map<string, number[]>;
  replies: number;
}

/** A recorder for a format's writer, when a layout is asked for, the format is spliced and its strings are byte strings (lengths are byte counts); else null. */
export function recorderFor(format: string, spliced: boolean, input: LayoutInput | null, form: StringForm): LayoutRecorder | null {
  return input && spliced && form === 'utf8-bytes' ? new LayoutRecorder(format, input.ownLines, input.replies) : null;
}

/**
 * Records the layout while a writer writes (byte strings: a string's length
 * is its byte count, graph/string-form.ts). `own` gives, for a spool group,
 * the number of lines each reply has in it, in build order: the pieces after
 * the shared ones are summed reply by reply.
 */
export class LayoutRecorder {
  readonly layout: OutputLayout;
  private file: FileLayout | null = null;
  private region: RegionLayout | null = null;
  private lengths: number[] = [];
  private degrees: number[] = [];
  /** bytes written to the current file */
  bytes = 0;

  constructor(
    format: string,
    private readonly ownLines: ReadonlyMap<string, readonly number[]>,
    private readonly replies: number,
  ) {
    this.layout = { format, files: [], signatures: {} };
  }

  /** A new file of the output (`file` relative to it). */
  openFile(file: string): void {
    this.closeRegion();
    this.file = { file, regions: [] };
    this.layout.files.push(this.file);
    this.bytes = 0;
  }

  /** Text written to the current file. */
  wrote(s: string): void {
    this.bytes += s.length;
  }

  /** The pieces of `group` begin (at the current byte). */
  openRegion(group: string): void {
    this.closeRegion();
    this.region = { group, start: this.bytes, shared: [], own: [] };
    this.file!.regions.push(this.region);
  }

  /** A piece of the current region (`degree`: of a node, when the format shows it). */
  piece(length: number, degree?: number): void {
    this.lengths.push(length);
    if (degree !== undefined) this.degrees.push(degree);
  }

  closeRegion(): void {
    const r = this.region;
    if (!r) return;
    this.region = null;
    const perReply = this.ownLines.get(r.group) ?? [];
    const ownCount = perReply.reduce((a, b) => a + b, 0);
    const sharedCount = this.lengths.length - ownCount;
    if (sharedCount < 0) throw new Error(`layout: ${r.group} has ${this.lengths.length} pieces, fewer than its replies' ${ownCount} lines`);
    r.shared = this.lengths.slice(0, sharedCount);
    r.own = new Array<number>(this.replies).fill(0);
    let at = sharedCount;
    for (let i = 0; i < perReply.length; i++) {
      let sum = 0;
      for (let k = 0; k < perReply[i]!; k++) sum += this.lengths[at++]!;
      r.own[i] = sum;
    }
    if (this.degrees.length) r.degrees = this.degrees.slice(0, sharedCount);
    this.lengths = [];
    this.degrees = [];
  }

  /** The layout, once the writer is done. */
  finish(): OutputLayout {
    this.closeRegion();
    return this.layout;
  }
}
