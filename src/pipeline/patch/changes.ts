import type { StoredEdge, StoredNode } from '../../graph/index.js';
import { typeOfKey } from '../../ontology/index.js';

/**
 * One step through a group's shared pieces, old and new in key order: a
 * run of old pieces kept as they are, an old one taken out, one replaced by
 * its new version, a new one, or one kept whose node was read because its
 * degree may have changed (formats that show degrees write it anew).
 */
export type SharedStep =
  | { keep: number }
  | { drop: true; old: StoredNode | StoredEdge }
  | { replace: StoredNode | StoredEdge; old: StoredNode | StoredEdge }
  | { add: StoredNode | StoredEdge }
  | { same: StoredNode };

/**
 * What a patch of graph.json changed, group by group ("n Label", "e
 * TYPE.From.To", the spool's names): what the other outputs need to be
 * spliced the same way (export/pieces). Elements are as graph.json holds
 * them (shared nodes' degree: 0, see `degreeChange`).
 */
export class GraphChanges {
  readonly shared = new Map<string, SharedStep[]>();
  /** the removed replies' own elements, by group (their signatures leave the outputs' counts) */
  readonly removedOwn = new Map<string, (StoredNode | StoredEdge)[]>();
  /** change of degree of shared nodes */
  readonly degreeChange = new Map<string, number>();

  constructor(
    /** shared nodes whose degree may change: endpoints of touched edges, then (`reach`) shared nodes the changed replies' own edges reach */
    readonly degreeCandidates: Set<string>,
  ) {}

  /** A reply's own edges to shared nodes (fragment.sharedDegrees) leave (-1) or come into (+1) the graph. */
  reach(sharedDegrees: readonly [string, number][], n: 1 | -1): void {
    for (const [k, d] of sharedDegrees) {
      this.degreeCandidates.add(k);
      this.addDegree(k, n * d);
    }
  }

  private steps(group: string): SharedStep[] {
    let s = this.shared.get(group);
    if (!s) this.shared.set(group, (s = []));
    return s;
  }

  keep(group: string): void {
    const s = this.steps(group);
    const last = s[s.length - 1];
    if (last && 'keep' in last) last.keep++;
    else s.push({ keep: 1 });
  }

  step(group: string, step: SharedStep): void {
    this.steps(group).push(step);
  }

  removedOwnElement(group: string, e: StoredNode | StoredEdge): void {
    let list = this.removedOwn.get(group);
    if (!list) this.removedOwn.set(group, (list = []));
    list.push(e);
  }

  addDegree(key: string, n: number): void {
    if (!n) return;
    const v = (this.degreeChange.get(key) ?? 0) + n;
    if (v) this.degreeChange.set(key, v);
    else this.degreeChange.delete(key);
  }
}

/** The spool group of a node. */
export const nodeGroupOf = (key: string) => `n ${typeOfKey(key)}`;

/** The spool group of an edge from its ends. */
export const edgeGroupOf = (type: string, source: string, target: string) => `e ${type}.${typeOfKey(source)}.${typeOfKey(target)}`;

/**
 * The spool group of a shared edge from its key (TYPE:Source->Target), or
 * null when the key cannot say (a name holding "->": the caller reads the
 * edge's line).
 */
export function edgeGroupOfKey(key: string): string | null {
  const arrow = key.indexOf('->');
  if (arrow < 0 || key.indexOf('->', arrow + 2) >= 0) return null;
  const colon = key.indexOf(':');
  return edgeGroupOf(key.slice(0, colon), key.slice(colon + 1, arrow), key.slice(arrow + 2));
}
