/**
 * A knowledge graph of the five seed replies, built by hand from the gold
 * annotations and the seed texts with the attributes of the graph.json
 * contract (src/ontology/attributes.ts), for the exporters' tests while the
 * extractor is not complete. Every node and edge it makes is grounded in the
 * texts: an entity is linked to a measure only where one of its names occurs
 * in that measure's text, with the sentence and span where it does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import type { ReplyGraph } from '../../src/graph/index.js';
import {
  edgeKey,
  nodeKey,
  type EdgeType,
  type EntityNodeAttributes,
  type EntityType,
  type Evidence,
  type MeasureNodeAttributes,
  type MetricNodeAttributes,
  type ReplyFields,
} from '../../src/ontology/index.js';

interface Gold {
  doc: string;
  reply: ReplyFields;
  entities: { type: EntityType; name: string; aliases?: string[] }[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const SECTION = /^(?:#+\s*)?(?:\*\*)?([一二三四五六七八九十]+、)/;
const PLANNED = /下一?步/;
const ITEM = /^\*\*([一二三四五六七八九十]+是)/;
const METRIC = /(\d+(?:\.\d+)?)(万)?(余)?(人次|人|家|个|所)/g;
const PARTNER_CUE = /校企合作|订单|学徒|合作/;

interface Sentence {
  start: number;
  end: number;
  text: string;
}
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；\n]+[。！？；]?/g;
  for (let m; (m = re.exec(text)); ) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
function sentenceAt(ss: Sentence[], pos: number): Sentence {
  return ss.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos, text: '' };
}

interface MeasureDraft {
  path: string;
  parent: string | null;
  heading: string;
  marker: string;
  level: number;
  status: 'done' | 'planned';
  start: number;
  end: number;
}

function measuresOf(text: string): MeasureDraft[] {
  const out: MeasureDraft[] = [];
  let pos = 0;
  let planned: MeasureDraft | null = null;
  let n = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const t = line.trim();
    if (!t) continue;
    if (t.startsWith('以上答复')) break;
    const last = out[out.length - 1];
    const sec = SECTION.exec(t);
    const item = ITEM.exec(t);
    if (sec && !planned) {
      const heading = t.replace(/^#+\s*/, '').replace(/\*\*/g, '');
      out.push({ path: String(++n), parent: null, heading, marker: sec[1]!, level: 1, status: PLANNED.test(heading) ? 'planned' : 'done', start, end: pos - 1 });
    } else if (t.startsWith('下一步') && !planned) {
      planned = { path: String(++n), parent: null, heading: '下一步', marker: '下一步', level: 1, status: 'planned', start, end: pos - 1 };
      out.push(planned);
    } else if (item && planned) {
      planned.end = pos - 1;
      out.push({ path: `${planned.path}.${item[1]}`, parent: planned.path, heading: t.replace(/\*\*/g, '').split('。')[0]!, marker: item[1]!, level: 2, status: 'planned', start, end: pos - 1 });
    } else if (last) {
      last.end = pos - 1;
      if (planned && last !== planned) planned.end = pos - 1;
    }
  }
  return out;
}

export function seedGraph(): ReplyGraph {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: false }) as unknown as ReplyGraph;
  const goldDir = join(ROOT, 'test/fixtures/gold');
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  g.replaceAttributes({ name: 'replygraph', generator: 'test/helpers/seed-graph', extractorVersion: 'gold', replies: files.length });

  const entity = (type: EntityType, name: string, reply: string, aliases: string[] = [], ev?: Evidence): string => {
    const key = nodeKey(type, name);
    if (!g.hasNode(key)) g.addNode(key, { type, name, aliases: [], replies: [], evidence: [] } satisfies EntityNodeAttributes);
    const a = g.getNodeAttributes(key) as EntityNodeAttributes;
    if (!a.replies.includes(reply)) a.replies = [...a.replies, reply].sort();
    a.aliases = [...new Set([...a.aliases, ...aliases])].filter((x) => x !== name).sort();
    if (ev && a.evidence.length < 3) a.evidence.push(ev);
    return key;
  };
  const edge = (type: EdgeType, source: string, target: string, reply: string, ev?: Evidence) => {
    const key = edgeKey(type, source, target);
    if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, source, target, { type, replies: [], evidence: [], weight: 0 });
    const a = g.getEdgeAttributes(key);
    a.weight++;
    if (!a.replies.includes(reply)) a.replies = [...a.replies, reply].sort();
    if (ev && a.evidence.length < 5) a.evidence.push(ev);
  };

  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
    const id = gold.doc;
    const text = readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8');
    const ss = sentences(text);
    const fields = gold.reply;
    const replyKey = nodeKey('Reply', id);
    g.addNode(replyKey, { type: 'Reply', name: fields.title ?? id, id, file: `seeds/${id}.txt`, length: text.length, replies: [id], ...fields });
    const proposalKey = nodeKey('Proposal', id);
    g.addNode(proposalKey, {
      type: 'Proposal', name: fields.title ?? id, replies: [id],
      proposalKind: fields.proposalKind, proposalNumber: fields.proposalNumber, session: fields.session, title: fields.title, city: fields.city,
    });
    edge('ANSWERS', replyKey, proposalKey, id);
    for (const p of fields.proposers ?? []) edge('PROPOSED', entity('Person', p, id), proposalKey, id);
    if (fields.agency) edge('ISSUED', entity('Agency', fields.agency, id), replyKey, id);
    const city = fields.city ? entity('City', fields.city, id) : null;
    if (city && fields.province) edge('LOCATED_IN', city, entity('Province', fields.province, id), id);

    const measures = measuresOf(text);
    const mkey = (m: MeasureDraft) => `Measure:${id}#${m.path}`;
    for (const m of measures) {
      const attrs: MeasureNodeAttributes = {
        type: 'Measure', name: m.heading, replies: [id], reply: id, heading: m.heading, text: text.slice(m.start, m.end),
        parent: m.parent ? `Measure:${id}#${m.parent}` : null, level: m.level, marker: m.marker, status: m.status, start: m.start, end: m.end,
      };
      g.addNode(mkey(m), attrs);
      edge('HAS_MEASURE', m.parent ? `Measure:${id}#${m.parent}` : replyKey, mkey(m), id);
      // the deepest measure holding an offset gets the mentions
    }
    const holder = (pos: number): MeasureDraft | undefined => {
      let best: MeasureDraft | undefined;
      for (const m of measures) if (m.start <= pos && pos < m.end && (!best || m.level > best.level)) best = m;
      return best;
    };

    for (const e of gold.entities) {
      const names = [e.name, ...(e.aliases ?? [])];
      const seen = new Set<string>();
      let found = false;
      for (const surface of names) {
        for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
          const s = sentenceAt(ss, at);
          const ev: Evidence = { reply: id, start: s.start, end: s.end, sentence: s.text, mention: { start: at, end: at + surface.length } };
          const key = entity(e.type, e.name, id, surface === e.name ? [] : [surface], found ? undefined : ev);
          found = true;
          const m = holder(at);
          const from = m ? mkey(m) : replyKey;
          if (seen.has(from)) continue;
          seen.add(from);
          edge('MENTIONS', from, key, id, ev);
          if (e.type === 'Policy') edge('CITES', from, key, id, ev);
          if (e.type === 'Program' && m && city) edge('RUNS', city, key, id, ev);
        }
      }
      if (!found) {
        const key = entity(e.type, e.name, id);
        edge('MENTIONS', replyKey, key, id);
        if (e.type === 'Policy') edge('CITES', replyKey, key, id);
      }
    }

    for (const m of measures) {
      const body = text.slice(m.start, m.end);
      for (const x of body.matchAll(METRIC)) {
        const at = m.start + x.index;
        if (holder(at) !== m) continue;
        const value = Number(x[1]) * (x[2] ? 10000 : 1);
        const s = sentenceAt(ss, at);
        const yearMatch = /(20\d\d)年/.exec(s.text);
        const key = `Metric:${id}@${at}`;
        const attrs: MetricNodeAttributes = {
          type: 'Metric', name: x[0], replies: [id], reply: id, value, unit: x[4]!, counts: text.slice(Math.max(s.start, at - 12), at),
          year: yearMatch ? Number(yearMatch[1]) : null, surface: x[0], start: at, end: at + x[0].length,
        };
        g.addNode(key, attrs);
        edge('REPORTS', mkey(m), key, id, { reply: id, start: s.start, end: s.end, sentence: s.text, mention: { start: at, end: at + x[0].length } });
      }
    }

    const colleges = gold.entities.filter((e) => e.type === 'College');
    const companies = gold.entities.filter((e) => e.type === 'Company');
    for (const s of ss) {
      if (!PARTNER_CUE.test(s.text)) continue;
      for (const c of colleges) {
        if (!s.text.includes(c.name)) continue;
        for (const k of companies) {
          const names = [k.name, ...(k.aliases ?? [])];
          if (!names.some((n) => s.text.includes(n))) continue;
          edge('PARTNERS_WITH', nodeKey('College', c.name), nodeKey('Company', k.name), id, { reply: id, start: s.start, end: s.end, sentence: s.text });
        }
      }
    }
  }
  return g;
}
