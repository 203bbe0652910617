import { lineChunksOf } from './line-chunks.js';
import type { GraphAttributes } from '../ontology/index.js';
import { parseNodeLine, type EdgeGroup, type StoredEdge, type StoredNode, type StoreReader } from './store.js';
import { inForm, linesIn, parseJsonIn, type StringForm } from './string-form.js';

/** What GraphStore.freeze wrote: plain data, sent to another thread as it is. */
export interface FrozenManifest {
  attributes: GraphAttributes;
  order: number;
  size: number;
  /** labels in ontology order; files: shared nodes ("degree\t{json}" lines), then spooled ones */
  labels: { label: string; count: number; files: string[]; sample: string | null }[];
  /** edge groups in ontology order; files: shared edges (graph.json lines, `shared` of them), then spooled ones */
  edgeGroups: (EdgeGroup & { files: string[]; shared: number })[];
}

/** The lines of files, in order, as strings of a form. */
async function* fileLines(files: readonly string[], form: StringForm): AsyncGenerator<string> {
  for (const path of files) for await (const chunk of lineChunksOf(path)) yield* linesIn(chunk, form);
}

/**
 * A built graph read back from the files GraphStore.freeze wrote: the same
 * groups, nodes and edges in the same order, with nothing held in memory.
 * Lets exporters run in worker threads while the main thread writes others.
 * Its strings are byte strings by default (graph/string-form.ts): the files
 * are read as latin1, ten times faster than decoding UTF-8.
 */
export class FrozenStore implements StoreReader {
  private readonly attrs: GraphAttributes;

  constructor(
    private readonly m: FrozenManifest,
    readonly stringForm: StringForm = 'utf8-bytes',
  ) {
    this.attrs = parseJsonIn(inForm(JSON.stringify(m.attributes), stringForm), stringForm);
  }

  get attributes(): GraphAttributes {
    return this.attrs;
  }
  get order(): number {
    return this.m.order;
  }
  get size(): number {
    return this.m.size;
  }
  labels(): string[] {
    return this.m.labels.map((l) => l.label);
  }
  countOf(label: string): number {
    return this.m.labels.find((l) => l.label === label)?.count ?? 0;
  }
  someNodeOf(label: string): string | undefined {
    return this.m.labels.find((l) => l.label === label)?.sample ?? undefined;
  }
  edgeGroups(): EdgeGroup[] {
    return this.m.edgeGroups.map(({ type, from, to, count }) => ({ type, from, to, count }));
  }
  async *nodesOf(label: string): AsyncGenerator<StoredNode> {
    for await (const line of fileLines(this.m.labels.find((l) => l.label === label)?.files ?? [], this.stringForm)) yield parseNodeLine(line, this.stringForm);
  }
  private group(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): FrozenManifest['edgeGroups'][number] | undefined {
    return this.m.edgeGroups.find((e) => e.type === g.type && e.from === g.from && e.to === g.to);
  }
  async *edgesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge> {
    for await (const line of fileLines(this.group(g)?.files ?? [], this.stringForm)) yield parseJsonIn<StoredEdge>(line, this.stringForm);
  }
  async *edgeShapesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge> {
    const group = this.group(g);
    if (!group) return;
    let n = 0;
    for await (const line of fileLines(group.files, this.stringForm)) {
      yield parseJsonIn<StoredEdge>(line, this.stringForm);
      if (++n > group.shared) break; // the shared ones, then the first spooled one
    }
  }
}
