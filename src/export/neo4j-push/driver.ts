/**
 * The few driver operations push uses, as a structural interface: the real
 * neo4j-driver Driver satisfies it, and tests pass a fake that records the
 * statements. Everything push does goes through these calls.
 */
export interface PushCounters {
  updates(): { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number };
}
export interface PushResultSet {
  records: { get(key: string): unknown }[];
  summary: { counters: PushCounters };
}
export interface PushTransaction {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<PushResultSet>;
}
export interface PushSession {
  executeWrite<T>(work: (tx: PushTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export interface PushDriver {
  verifyConnectivity(opts?: { database?: string }): Promise<unknown>;
  session(config: { database: string; defaultAccessMode?: 'READ' | 'WRITE' }): PushSession;
  close(): Promise<void>;
}

/** A number from a driver value (Integer or number). */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return 0;
}
