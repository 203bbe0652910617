import type { EdgeAttributes, EntityNodeAttributes, Evidence, ProposalNodeAttributes } from '../ontology/index.js';
import { MAX_EDGE_EVIDENCE, MAX_NODE_EVIDENCE, pushEvidence } from './evidence.js';
import { addSorted } from './sorted.js';

/**
 * What a shared node needs, beyond its attributes, for a reply to be taken
 * out of it again (see src/pipeline/patch): how many sightings gave each
 * alias, and which reply gave its first-come value (an entity's code, a
 * proposal's attributes). Kept beside the graph, never written into it.
 */
export interface EntryAids {
  /** alias → sightings that gave it */
  aliases?: Record<string, number>;
  /** the reply whose value won: the entity's code, the proposal's attributes */
  from?: string;
}

/** Do the aids hold anything (most entities have neither aliases nor a code)? Only those are kept in a snapshot. */
export function hasAids(a: EntryAids): boolean {
  return (a.aliases !== undefined && Object.keys(a.aliases).length > 0) || a.from !== undefined;
}

/** Does `reply` win over `current` for a first-come value? A build adds replies in order, so later ones never do; a patch compares build positions. */
export type Wins = (reply: string, current: string) => boolean;
export const FIRST_COME: Wins = () => false;

/** A new entity node; seeEntity then adds the reply that saw it (and its code, last among the attributes). */
export function newEntity(type: EntityNodeAttributes['type'], name: string): EntityNodeAttributes {
  return { type, name, aliases: [], replies: [], evidence: [] };
}

function countAlias(a: EntityNodeAttributes, aids: EntryAids, alias: string): void {
  if (alias === a.name) return;
  const counts = (aids.aliases ??= {});
  counts[alias] = (counts[alias] ?? 0) + 1;
  addSorted(a.aliases, alias);
}

/** A reply sees an entity: it joins its replies, its alias is counted, its code is kept if it comes first. */
export function seeEntity(a: EntityNodeAttributes, aids: EntryAids, reply: string, alias: string | undefined, code: string | undefined, wins: Wins): void {
  addSorted(a.replies, reply);
  if (alias) countAlias(a, aids, alias);
  if (code && (aids.from === undefined || (aids.from !== reply && wins(reply, aids.from)))) {
    a.code = code;
    aids.from = reply;
  }
}

export function seeAliases(a: EntityNodeAttributes, aids: EntryAids, aliases: readonly string[]): void {
  for (const alias of aliases) countAlias(a, aids, alias);
}

export function seeEntityEvidence(a: EntityNodeAttributes, e: Evidence): void {
  pushEvidence(a.evidence, e, MAX_NODE_EVIDENCE);
}

/** A proposal node from the attributes a reply gives it. */
export function newProposal(attrs: ProposalNodeAttributes, replies: string[] = []): ProposalNodeAttributes {
  return { ...attrs, replies };
}

export function newEdge(type: EdgeAttributes['type']): EdgeAttributes {
  return { type, replies: [], evidence: [], weight: 0 };
}

/** A reply shows an edge: weight counts every sighting, evidence is capped. */
export function seeEdge(a: EdgeAttributes, reply: string, evidence: Evidence | undefined): void {
  a.weight++;
  addSorted(a.replies, reply);
  if (evidence) pushEvidence(a.evidence, evidence, MAX_EDGE_EVIDENCE);
}
