import type { SyncByteSink } from '../../export/atomic.js';
import { jsonArrayPiece } from '../../export/json/array-bytes.js';

const utf8 = new TextEncoder();
const SEP_FIRST = utf8.encode('\n');
const SEP = utf8.encode(',\n');

/**
 * The elements of one JSON array of graph.json, one per line, as
 * writeGraphJson writes them ("\n" before the first, ",\n" before the
 * others): whole elements, runs of elements copied from the previous
 * graph.json, or a fragment's spooled lines.
 */
export class JsonArrayWriter {
  private first = true;
  /** elements written */
  count = 0;

  constructor(private readonly sink: SyncByteSink) {}

  private separator(): Uint8Array {
    const s = this.first ? SEP_FIRST : SEP;
    this.first = false;
    return s;
  }

  /** One element (a serialised node or edge). */
  element(json: string | Uint8Array): void {
    this.sink.write(this.separator());
    this.sink.write(json);
    this.count++;
  }

  /** A run of `count` elements: `fill` hands its bytes on in pieces (see LineCursor.run). */
  run(count: number, fill: (emit: (piece: Uint8Array) => void) => void): void {
    if (count <= 0) return;
    this.sink.write(this.separator());
    fill((p) => this.sink.write(p));
    this.count += count;
  }

  /** Spooled lines of a fragment (nodes: "degree\t{…}\n", edges: "{…}\n"). */
  spooled(lines: Uint8Array, count: number, nodeLines: boolean): void {
    const piece = jsonArrayPiece(lines, this.first, nodeLines);
    if (piece.wrote) this.first = false;
    this.sink.write(piece.bytes);
    this.count += count;
  }
}
