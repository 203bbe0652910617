import { MAX_EDGE_EVIDENCE, MAX_NODE_EVIDENCE, pushEvidence } from '../../graph/evidence.js';
import type { SharedOp } from '../../graph/index.js';
import { hasAids, newEdge, newEntity, newProposal, seeAliases, seeEdge, seeEntity, seeEntityEvidence, type EntryAids, type Wins } from '../../graph/shared-entry.js';
import { entityKey } from '../../graph/entity-key.js';
import { addSorted, removeSorted } from '../../graph/sorted.js';
import { edgeKey, type EdgeAttributes, type EntityNodeAttributes, type Evidence, type NodeAttributes, type ProposalNodeAttributes } from '../../ontology/index.js';

/** The previous build cannot be patched into this one (the caller builds in full). */
export class PatchError extends Error {}

/** The shared node or edge an operation is about (null: an edge from a node to itself, which the graph never holds). */
export function keyOfOp(op: SharedOp): string | null {
  switch (op[0]) {
    case 'n':
      return entityKey(op[1], op[2], op[5]);
    case 'e':
      return op[2] === op[3] ? null : edgeKey(op[1], op[2], op[3]);
    default:
      return op[1];
  }
}

export interface SharedNodeLine {
  key: string;
  attributes: NodeAttributes;
}

export interface SharedEdgeLine {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** A reply's operations on one key. */
interface ReplyOps {
  reply: string;
  ops: SharedOp[];
}

export interface ReplyOpsInput {
  reply: string;
  ops: readonly SharedOp[];
}

function byKey(replies: readonly ReplyOpsInput[]): Map<string, ReplyOps[]> {
  const m = new Map<string, ReplyOps[]>();
  for (const { reply, ops } of replies) {
    for (const op of ops) {
      const k = keyOfOp(op);
      if (k === null) continue;
      let list = m.get(k);
      if (!list) m.set(k, (list = []));
      const last = list[list.length - 1];
      if (last?.reply === reply) last.ops.push(op);
      else list.push({ reply, ops: [op] });
    }
  }
  return m;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The shared part of a graph (entities, proposals, edges between them)
 * patched one key at a time: the replies taken out are removed from each
 * node and edge they touched, the replies put in are added by the same rules
 * a build uses (graph/shared-entry.ts), and what removal leaves short is
 * filled from the replies that stay — evidence beyond the cap, an entity's
 * code or a proposal's attributes from the first reply in build order —
 * reading their operations from the cache. The result is what a build of the
 * new corpus from scratch gives.
 */
export class SharedPatch {
  private readonly removed: Map<string, ReplyOps[]>;
  private readonly added: Map<string, ReplyOps[]>;
  private readonly addedReplies: Set<string>;
  private readonly wins: Wins;

  constructor(
    removed: readonly ReplyOpsInput[],
    /** in build order */
    added: readonly ReplyOpsInput[],
    /** aids of the previous build, updated in place */
    readonly aids: Map<string, EntryAids>,
    /** a reply's position in the new build order */
    private readonly rank: (reply: string) => number,
    /** the shared operations of a reply kept from the previous build */
    private readonly opsOf: (reply: string) => readonly SharedOp[],
  ) {
    this.removed = byKey(removed);
    this.added = byKey(added);
    this.addedReplies = new Set(added.map((r) => r.reply));
    this.wins = (reply, current) => rank(reply) < rank(current);
  }

  /** Does the patch change this key? */
  touched(key: string): boolean {
    return this.removed.has(key) || this.added.has(key);
  }

  /** The ends of every shared edge the patch touches: nodes whose degree may change. */
  edgeEnds(): Set<string> {
    const ends = new Set<string>();
    for (const m of [this.removed, this.added]) {
      for (const list of m.values()) {
        for (const r of list) {
          for (const op of r.ops) {
            if (op[0] !== 'e') break;
            ends.add(op[2]);
            ends.add(op[3]);
          }
        }
      }
    }
    return ends;
  }

  /** Keys the added replies touch, sorted: node keys, or edge keys. */
  addedKeys(kind: 'node' | 'edge'): string[] {
    const out: string[] = [];
    for (const [k, list] of this.added) if ((list[0]!.ops[0]![0] === 'e') === (kind === 'edge')) out.push(k);
    return out.sort(byString);
  }

  private aidsFor(key: string): EntryAids {
    const a = this.aids.get(key);
    return a ? { ...a, ...(a.aliases ? { aliases: { ...a.aliases } } : {}) } : {};
  }

  private keep(key: string, aids: EntryAids): void {
    if (aids.aliases && !Object.keys(aids.aliases).length) delete aids.aliases;
    if (hasAids(aids)) this.aids.set(key, aids);
    else this.aids.delete(key);
  }

  /** A shared node after the patch (`old`: as the previous graph.json holds it, null if new); null when no reply sees it any more. */
  node(key: string, old: SharedNodeLine | null): SharedNodeLine | null {
    const aids = this.aidsFor(key);
    let a = old ? (old.attributes as EntityNodeAttributes | ProposalNodeAttributes) : null;
    let refill = false;
    let fromLost = false;
    const removed = this.removed.get(key);
    if (a && removed) {
      const entity = a.type !== 'Proposal' ? (a as EntityNodeAttributes) : null;
      const uncount = (alias: string) => {
        if (!entity || alias === entity.name) return;
        const n = aids.aliases?.[alias];
        if (!n) throw new PatchError(`${key}: alias ${alias} was never counted`);
        if (n > 1) aids.aliases![alias] = n - 1;
        else {
          delete aids.aliases![alias];
          removeSorted(entity.aliases, alias);
        }
      };
      for (const r of removed) {
        for (const op of r.ops) {
          if (op[0] === 'n' && op[4]) uncount(op[4]);
          else if (op[0] === 'a') for (const alias of op[2]) uncount(alias);
        }
      }
      const gone = new Set(removed.map((r) => r.reply));
      a.replies = a.replies.filter((r) => !gone.has(r));
      if (entity) {
        const before = entity.evidence.length;
        entity.evidence = entity.evidence.filter((e) => !gone.has(e.reply));
        refill = before >= MAX_NODE_EVIDENCE && entity.evidence.length < before;
      }
      if (aids.from !== undefined && gone.has(aids.from)) {
        fromLost = true;
        delete aids.from;
        if (entity) delete entity.code;
      }
    }
    for (const r of this.added.get(key) ?? []) {
      for (const op of r.ops) {
        if (op[0] === 'n') {
          a ??= newEntity(op[1], op[2]);
          seeEntity(a as EntityNodeAttributes, aids, op[3], op[4] ?? undefined, op[5] ?? undefined, this.wins);
        } else if (op[0] === 'p') {
          if (!a || aids.from === undefined || (aids.from !== op[3] && this.wins(op[3], aids.from))) {
            a = newProposal(op[2], a?.replies ?? []);
            aids.from = op[3];
          }
          addSorted(a.replies, op[3]);
        } else if (!a) throw new PatchError(`${key}: ${op[0]} before the node exists`);
        else if (op[0] === 'a') seeAliases(a as EntityNodeAttributes, aids, op[2]);
        else if (op[0] === 'v') seeEntityEvidence(a as EntityNodeAttributes, op[2]);
      }
    }
    if (!a || !a.replies.length) {
      this.aids.delete(key);
      return null;
    }
    if (refill) this.refillEvidence(key, (a as EntityNodeAttributes).evidence, a.replies, MAX_NODE_EVIDENCE, (op) => (op[0] === 'v' ? op[2] : null));
    if (fromLost) a = this.refillFrom(key, a, aids);
    this.keep(key, aids);
    return { key, attributes: a };
  }

  /** A shared edge after the patch; null when no reply shows it any more. */
  edge(key: string, old: SharedEdgeLine | null): SharedEdgeLine | null {
    let a = old ? old.attributes : null;
    let source = old?.source ?? '';
    let target = old?.target ?? '';
    let refill = false;
    const removed = this.removed.get(key);
    if (a && removed) {
      for (const r of removed) a.weight -= r.ops.length;
      const gone = new Set(removed.map((r) => r.reply));
      a.replies = a.replies.filter((r) => !gone.has(r));
      const before = a.evidence.length;
      a.evidence = a.evidence.filter((e) => !gone.has(e.reply));
      refill = before >= MAX_EDGE_EVIDENCE && a.evidence.length < before;
    }
    for (const r of this.added.get(key) ?? []) {
      for (const op of r.ops) {
        if (op[0] !== 'e') throw new PatchError(`${key}: ${op[0]} on an edge`);
        if (!a) {
          a = newEdge(op[1]);
          source = op[2];
          target = op[3];
        }
        seeEdge(a, op[4], op[5] ?? undefined);
      }
    }
    if (!a || !a.replies.length) {
      if (a && a.weight !== 0) throw new PatchError(`${key}: weight ${a.weight} left without replies`);
      return null;
    }
    if (a.weight < a.replies.length) throw new PatchError(`${key}: weight ${a.weight} below its ${a.replies.length} replies`);
    if (refill) this.refillEvidence(key, a.evidence, a.replies, MAX_EDGE_EVIDENCE, (op) => (op[0] === 'e' ? op[5] : null));
    return { key, source, target, attributes: a };
  }

  /**
   * Evidence of the replies that stay, in reply order, until the capped list
   * is full again: what `evidenceOf` finds in an operation on this key (a
   * node's 'v', an edge's 'e').
   */
  private refillEvidence(key: string, list: Evidence[], replies: readonly string[], cap: number, evidenceOf: (op: SharedOp) => Evidence | null): void {
    for (const reply of replies) {
      if (list.length >= cap && reply > list[cap - 1]!.reply) break;
      if (this.addedReplies.has(reply)) continue;
      for (const op of this.opsOf(reply)) {
        const e = keyOfOp(op) === key ? evidenceOf(op) : null;
        if (e) pushEvidence(list, e, cap);
      }
    }
  }

  /**
   * The reply that gave the first-come value was taken out: the replies that
   * stay and come before the current holder (if an added reply holds it) are
   * read in build order, and the first that gives one wins.
   */
  private refillFrom(key: string, a: EntityNodeAttributes | ProposalNodeAttributes, aids: EntryAids): EntityNodeAttributes | ProposalNodeAttributes {
    const limit = aids.from === undefined ? Infinity : this.rank(aids.from);
    const candidates = a.replies.filter((r) => !this.addedReplies.has(r) && this.rank(r) < limit).sort((x, y) => this.rank(x) - this.rank(y));
    for (const reply of candidates) {
      for (const op of this.opsOf(reply)) {
        if (a.type === 'Proposal') {
          if (op[0] === 'p' && op[1] === key) {
            aids.from = reply;
            return newProposal(op[2], a.replies);
          }
        } else if (op[0] === 'n' && op[5] && keyOfOp(op) === key) {
          (a as EntityNodeAttributes).code = op[5];
          aids.from = reply;
          return a;
        }
      }
    }
    return a;
  }
}
