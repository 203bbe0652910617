import type { PushDriver, PushResultSet, PushSession, PushTransaction } from '../../src/export/index.js';

export interface Recorded {
  database: string;
  query: string;
  params: Record<string, unknown>;
}

const counters = (u: Partial<ReturnType<PushResultSet['summary']['counters']['updates']>>) => ({
  updates: () => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, ...u }),
});

/**
 * A fake driver that records every statement and keeps a toy store with the
 * semantics of the statements push sends (MERGE nodes on label+key, MERGE
 * relationships on type+endpoints, delete batches by label), so that counts
 * and idempotence can be checked without a server.
 */
export class FakeDriver implements PushDriver {
  readonly statements: Recorded[] = [];
  readonly sessions: string[] = [];
  writes = 0;
  nodes = new Map<string, Record<string, unknown>>(); // `${label} ${key}` → props
  rels = new Map<string, Record<string, unknown>>(); // `${type} ${from} ${to}`
  closed = false;
  constructor(private readonly failConnect?: unknown) {}

  async verifyConnectivity(): Promise<void> {
    if (this.failConnect) throw this.failConnect;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  session(config: { database: string }): PushSession {
    this.sessions.push(config.database);
    const tx: PushTransaction = { run: async (query, params = {}) => this.run(config.database, query, params) };
    return {
      executeWrite: async (work) => {
        this.writes++;
        return work(tx);
      },
      close: async () => {},
    };
  }

  private run(database: string, query: string, params: Record<string, unknown>): PushResultSet {
    this.statements.push({ database, query, params });
    const rows = (params.rows ?? []) as Record<string, unknown>[];
    const node = /MERGE \(n:`(\w+)` \{key: row\.key\}\)/.exec(query);
    if (node) {
      let created = 0;
      for (const r of rows) {
        const id = `${node[1]} ${r.key}`;
        if (!this.nodes.has(id)) created++;
        this.nodes.set(id, { ...this.nodes.get(id), ...(r.props as object) });
      }
      return { records: [], summary: { counters: counters({ nodesCreated: created }) } };
    }
    const rel = /MATCH \(a:`(\w+)` \{key: row\.from\}\)\nMATCH \(b:`(\w+)` \{key: row\.to\}\)\nMERGE \(a\)-\[r:`(\w+)`\]->\(b\)/.exec(query);
    if (rel) {
      let created = 0;
      for (const r of rows) {
        if (!this.nodes.has(`${rel[1]} ${r.from}`) || !this.nodes.has(`${rel[2]} ${r.to}`)) continue; // MATCH finds nothing
        const id = `${rel[3]} ${r.from} ${r.to}`;
        if (!this.rels.has(id)) created++;
        this.rels.set(id, { ...this.rels.get(id), ...(r.props as object) });
      }
      return { records: [], summary: { counters: counters({ relationshipsCreated: created }) } };
    }
    const del = /MATCH \(n:`(\w+)`\)\nWITH n LIMIT \$limit\nDETACH DELETE n/.exec(query);
    if (del) {
      const limit = Number(String(params.limit));
      const victims = [...this.nodes.keys()].filter((k) => k.startsWith(`${del[1]} `)).slice(0, limit);
      for (const v of victims) {
        this.nodes.delete(v);
        const key = v.slice(del[1]!.length + 1);
        for (const r of [...this.rels.keys()]) if (r.split(' ')[1] === key || r.split(' ')[2] === key) this.rels.delete(r);
      }
      return { records: [{ get: () => victims.length }], summary: { counters: counters({ nodesDeleted: victims.length }) } };
    }
    return { records: [], summary: { counters: counters({}) } };
  }
}
