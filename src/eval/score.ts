import { ENTITY_TYPES, REPLY_FIELDS, type EntityType, type ReplyFields } from '../ontology/index.js';
import type { GoldReply } from './gold.js';

/** A predicted entity of one reply. */
export interface PredictedEntity {
  type: EntityType;
  name: string;
  aliases?: readonly string[];
}
export interface PredictedReply {
  doc: string;
  reply: Partial<ReplyFields>;
  entities: PredictedEntity[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface EntityError {
  doc: string;
  type: EntityType;
  name: string;
  kind: 'missed' | 'spurious';
}
export interface EvalReport {
  overall: Prf;
  byType: Record<EntityType, Prf>;
  fields: { correct: number; total: number; accuracy: number; byField: Record<string, { correct: number; total: number }> };
  fieldErrors: { doc: string; field: string; gold: unknown; predicted: unknown }[];
  errors: EntityError[];
  docs: number;
}

/** The matching key of a name: NFKC, quotes, brackets and spaces removed (docs/ontology.md). */
export function normName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』《》〈〉<>()（）\[\]【】〔〕{}]/g, '')
    .trim();
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

function normField(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v.length ? [...v].map((x) => normName(String(x))).sort().join('|') : null;
  return normName(String(v));
}

/** Score predictions against gold, micro-averaged over replies. A prediction for a doc with no gold is ignored. */
export function score(gold: GoldReply[], predicted: PredictedReply[]): EvalReport {
  const byDoc = new Map(predicted.map((p) => [p.doc, p]));
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, Counts>;
  const errors: EntityError[] = [];
  const byField: Record<string, { correct: number; total: number }> = {};
  const fieldErrors: EvalReport['fieldErrors'] = [];
  for (const g of gold) {
    const p = byDoc.get(g.doc) ?? { doc: g.doc, reply: {}, entities: [] };
    for (const type of ENTITY_TYPES) {
      const golds = g.entities.filter((e) => e.type === type).map((e) => ({ e, keys: new Set([e.name, ...(e.aliases ?? [])].map(normName)), used: false }));
      const seen = new Set<string>();
      for (const pe of p.entities.filter((e) => e.type === type)) {
        const k = normName(pe.name);
        if (seen.has(k)) continue;
        seen.add(k);
        const m = golds.find((x) => !x.used && x.keys.has(k));
        if (m) {
          m.used = true;
          counts[type].tp++;
        } else {
          counts[type].fp++;
          errors.push({ doc: g.doc, type, name: pe.name, kind: 'spurious' });
        }
      }
      for (const x of golds.filter((x) => !x.used)) {
        counts[type].fn++;
        errors.push({ doc: g.doc, type, name: x.e.name, kind: 'missed' });
      }
    }
    for (const f of REPLY_FIELDS) {
      if (!(f in g.reply)) continue;
      const slot = (byField[f] ??= { correct: 0, total: 0 });
      slot.total++;
      const gv = normField(g.reply[f]);
      const pv = normField(p.reply[f]);
      if (gv === pv) slot.correct++;
      else fieldErrors.push({ doc: g.doc, field: f, gold: g.reply[f] ?? null, predicted: p.reply[f] ?? null });
    }
  }
  const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const fc = Object.values(byField).reduce((a, c) => ({ correct: a.correct + c.correct, total: a.total + c.total }), { correct: 0, total: 0 });
  return {
    overall: prf(total),
    byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts[t])])) as Record<EntityType, Prf>,
    fields: { ...fc, accuracy: fc.total ? fc.correct / fc.total : 1, byField },
    fieldErrors,
    errors,
    docs: gold.length,
  };
}

/** A plain-text table of a report, for the terminal. */
export function formatReport(r: EvalReport, opts: { errors?: boolean } = {}): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [`replies scored: ${r.docs}`, '', 'type           P      R     F1    tp   fp   fn'];
  for (const t of ENTITY_TYPES) {
    const s = r.byType[t];
    if (!s.tp && !s.fp && !s.fn) continue;
    lines.push(`${t.padEnd(13)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)} ${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`);
  }
  const o = r.overall;
  lines.push(`${'overall'.padEnd(13)}${pct(o.precision)}${pct(o.recall)}${pct(o.f1)} ${String(o.tp).padStart(5)}${String(o.fp).padStart(5)}${String(o.fn).padStart(5)}`);
  lines.push('', `reply fields: ${r.fields.correct}/${r.fields.total} = ${pct(r.fields.accuracy).trim()}%`);
  for (const [f, c] of Object.entries(r.fields.byField)) if (c.correct < c.total) lines.push(`  ${f}: ${c.correct}/${c.total}`);
  if (opts.errors) {
    lines.push('', 'field errors:');
    for (const e of r.fieldErrors) lines.push(`  ${e.doc} ${e.field}: gold ${JSON.stringify(e.gold)} predicted ${JSON.stringify(e.predicted)}`);
    lines.push('', 'entity errors:');
    for (const e of r.errors) lines.push(`  ${e.kind === 'missed' ? '-' : '+'} ${e.doc} ${e.type} ${e.name}`);
  }
  return lines.join('\n');
}
