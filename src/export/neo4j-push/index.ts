import neo4j from 'neo4j-driver';
import { NODE_TYPES } from '../../ontology/index.js';
import {
  batches,
  DEFAULT_BATCH_SIZE,
  deleteBatchStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeGroups,
  nodeRows,
  relationshipGroups,
  relationshipRows,
  schemaStatements,
} from '../neo4j-model/index.js';
import { asStore, type GraphSource } from '../source/index.js';
import { toNumber, type PushDriver, type PushSession } from './driver.js';
import { describeNeo4jError } from './errors.js';
import { driverProps } from './values.js';

export type { PushDriver, PushSession, PushTransaction, PushResultSet, PushCounters } from './driver.js';
export { describeNeo4jError } from './errors.js';

export interface PushOptions {
  /** bolt:// or neo4j:// URI (default: $NEO4J_URI, else bolt://localhost:7687) */
  uri?: string;
  /** default: $NEO4J_USER, else neo4j */
  user?: string;
  /** default: $NEO4J_PASSWORD */
  password?: string;
  /** database named on every session (default: $NEO4J_DATABASE, else neo4j) */
  database?: string;
  /** delete replygraph's nodes (the ontology labels) first, in batches */
  wipe?: boolean;
  /** rows per UNWIND batch and nodes per wipe batch (default 1000) */
  batchSize?: number;
  /** a driver to use instead of creating one (tests; callers that manage their own) */
  driver?: PushDriver;
  /** called after each batch: batches done, batches in all */
  onProgress?: (done: number, total: number) => void;
}

export interface PushCounts {
  created: number;
  updated: number;
}
export interface PushSummary {
  uri: string;
  database: string;
  nodes: PushCounts;
  relationships: PushCounts;
  /** nodes deleted by --wipe */
  deleted: number;
  batches: number;
}

/** A push failure with a one-line message for users. */
export class PushError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'PushError';
  }
}

async function deleteLabel(session: PushSession, label: (typeof NODE_TYPES)[number], size: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await session.executeWrite(async (tx) => {
      const r = await tx.run(deleteBatchStatement(label), { limit: neo4j.int(size) });
      return toNumber(r.records[0]?.get('deleted'));
    });
    total += n;
    if (n < size) return total;
  }
}

/**
 * Load a graph into Neo4j through neo4j-driver: verify the connection (a clear
 * message when the server is down or the credentials are wrong), optionally
 * wipe replygraph's labels, create the schema (IF NOT EXISTS), then MERGE the
 * nodes label by label and the relationships type by type in `UNWIND $rows`
 * batches, each in its own executeWrite (retried on transient errors; a batch
 * is safe to replay since it only MERGEs and SETs). Returns the counts created
 * and updated. Throws PushError with a one-line message.
 */
export async function pushToNeo4j(graph: GraphSource, opts: PushOptions = {}): Promise<PushSummary> {
  const store = asStore(graph);
  const uri = opts.uri ?? process.env.NEO4J_URI ?? 'bolt://localhost:7687';
  const user = opts.user ?? process.env.NEO4J_USER ?? 'neo4j';
  const database = opts.database ?? process.env.NEO4J_DATABASE ?? 'neo4j';
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new PushError(`--batch-size must be a positive integer, got ${size}`);
  const ctx = { uri, user, database };
  const nodes = nodeGroups(store);
  const rels = relationshipGroups(store);

  let driver = opts.driver;
  const own = !driver;
  if (!driver) {
    const password = opts.password ?? process.env.NEO4J_PASSWORD;
    if (password === undefined) throw new PushError('no password: set NEO4J_PASSWORD (and NEO4J_URI, NEO4J_USER)');
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: 'replygraph' }) as unknown as PushDriver;
    } catch (e) {
      throw new PushError(`NEO4J_URI "${uri}" is not a Neo4j URI (${(e as Error).message.split('\n')[0]}); use bolt://host:7687 or neo4j://host:7687`, e);
    }
  }
  const summary: PushSummary = { uri, database, nodes: { created: 0, updated: 0 }, relationships: { created: 0, updated: 0 }, deleted: 0, batches: 0 };
  try {
    try {
      await driver.verifyConnectivity({ database });
    } catch (e) {
      throw new PushError(describeNeo4jError(e, ctx), e);
    }
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      if (opts.wipe) for (const label of NODE_TYPES) summary.deleted += await deleteLabel(session, label, size);
      for (const s of schemaStatements()) await session.executeWrite(async (tx) => void (await tx.run(s)));
      const total = [...nodes, ...rels].reduce((n, g) => n + Math.ceil(g.count / size), 0);
      const tick = () => opts.onProgress?.(++summary.batches, total);
      for (const g of nodes) {
        const statement = mergeNodesStatement(g.label);
        for await (const batch of batches(nodeRows(store, g.label), size)) {
          const rows = batch.map((r) => ({ key: r.key, props: driverProps(r.props) }));
          const created = await session.executeWrite(async (tx) => (await tx.run(statement, { rows })).summary.counters.updates().nodesCreated);
          summary.nodes.created += created;
          summary.nodes.updated += rows.length - created;
          tick();
        }
      }
      for (const g of rels) {
        const statement = mergeRelationshipsStatement(g.type, g.from, g.to);
        for await (const batch of batches(relationshipRows(store, g), size)) {
          const rows = batch.map((r) => ({ from: r.from, to: r.to, props: driverProps(r.props) }));
          const created = await session.executeWrite(async (tx) => (await tx.run(statement, { rows })).summary.counters.updates().relationshipsCreated);
          summary.relationships.created += created;
          summary.relationships.updated += rows.length - created;
          tick();
        }
      }
    } catch (e) {
      throw e instanceof PushError ? e : new PushError(describeNeo4jError(e, ctx), e);
    } finally {
      await session.close();
    }
  } finally {
    if (own) await driver.close();
  }
  return summary;
}
