/**
 * Hand-made graph.json fixtures for the viewer's tests and benchmark:
 * - seedsGraph(): the five seed replies, entities from the gold annotations,
 *   evidence sentences and mention spans found in the seeds' real text;
 * - largeGraph(): a synthetic graph of any size with the same attribute shapes;
 * - xssGraph(): names, aliases and sentences carrying HTML and script.
 * All follow the graph.json contract of src/ontology/attributes.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import {
  edgeKey,
  nodeKey,
  type EdgeAttributes,
  type EdgeType,
  type EntityNodeAttributes,
  type EntityType,
  type Evidence,
  type MeasureNodeAttributes,
  type NodeAttributes,
  type ReplyFields,
  type ReplyNodeAttributes,
} from '../../src/ontology/index.js';
import { prng } from '../../web/src/layout.js';

type G = InstanceType<typeof DirectedGraph<NodeAttributes, EdgeAttributes>>;
export type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes>;

interface GoldEntity { type: EntityType; name: string; aliases: string[] }
interface Gold { doc: string; reply: ReplyFields; entities: GoldEntity[] }

const SENTENCE_END = /[。！？；\n]/;

/** Sentences of a text with their spans. */
function sentences(text: string): { start: number; end: number; sentence: string }[] {
  const out: { start: number; end: number; sentence: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i]!)) {
      const end = i < text.length ? i + 1 : i;
      const s = text.slice(start, end).trim();
      if (s.length > 1) {
        const lead = text.slice(start, end).indexOf(s);
        out.push({ start: start + lead, end: start + lead + s.length, sentence: s });
      }
      start = end;
    }
  }
  return out;
}

/** Evidence of the first sentences containing any surface form. */
function findEvidence(reply: string, text: string, forms: string[], cap: number): Evidence[] {
  const out: Evidence[] = [];
  for (const s of sentences(text)) {
    for (const f of forms) {
      const i = s.sentence.indexOf(f);
      if (f && i >= 0) {
        out.push({ reply, start: s.start, end: s.end, sentence: s.sentence, mention: { start: s.start + i, end: s.start + i + f.length } });
        break;
      }
    }
    if (out.length >= cap) break;
  }
  return out;
}

function addEdge(g: G, type: EdgeType, source: string, target: string, reply: string, evidence: Evidence[] = []): void {
  if (!g.hasNode(source) || !g.hasNode(target) || source === target) return;
  const key = edgeKey(type, source, target);
  if (g.hasEdge(key)) {
    const a = g.getEdgeAttributes(key);
    a.weight += 1;
    if (!a.replies.includes(reply)) a.replies = [...a.replies, reply].sort();
    a.evidence = [...a.evidence, ...evidence].slice(0, 3);
    return;
  }
  if (g.hasDirectedEdge(source, target)) return; // a simple graph: the first relationship of a pair wins
  g.addDirectedEdgeWithKey(key, source, target, { type, replies: [reply], evidence: evidence.slice(0, 3), weight: 1 });
}

function entity(g: G, type: EntityType, name: string, reply: string, aliases: string[], evidence: Evidence[]): string {
  const key = nodeKey(type, name);
  if (!g.hasNode(key)) {
    const a: EntityNodeAttributes = { type, name, aliases: [], replies: [], evidence: [] };
    g.addNode(key, a);
  }
  const a = g.getNodeAttributes(key) as EntityNodeAttributes;
  a.replies = [...new Set([...a.replies, reply])].sort();
  a.aliases = [...new Set([...a.aliases, ...aliases])].filter((x) => x !== name).sort();
  a.evidence = [...a.evidence, ...evidence].slice(0, 5);
  return key;
}

/** Top-level sections (一、…) of a reply: heading, span, planned when it speaks of next steps. */
function measures(text: string): { heading: string; start: number; end: number; marker: string }[] {
  const re = /^([一二三四五六七八九十]+、)([^\n。]*)/gm;
  const heads: { heading: string; start: number; marker: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) heads.push({ heading: m[2]!.trim(), start: m.index, marker: m[1]! });
  return heads.map((h, i) => ({ ...h, end: heads[i + 1]?.start ?? text.length }));
}

/** The seeds' graph: gold entities placed in the seeds' real text. */
export function seedsGraph(root: string): GraphJson {
  const g: G = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  g.replaceAttributes({ name: 'replygraph seeds fixture', generator: 'test/web/fixture-graph.ts', extractorVersion: 'gold', replies: 0 });
  const goldDir = join(root, 'test/fixtures/gold');
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
    const id = gold.doc;
    const text = readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8');
    const replyKey = nodeKey('Reply', id);
    const reply: ReplyNodeAttributes = {
      type: 'Reply', name: gold.reply.title ?? id, id, file: `seeds/${basename(id)}.txt`, length: text.length, replies: [id], ...gold.reply,
    };
    g.addNode(replyKey, reply);
    const keys = new Map<string, string>();
    for (const e of gold.entities) {
      const forms = [e.name, ...e.aliases].sort((a, b) => b.length - a.length);
      const key = entity(g, e.type, e.name, id, e.aliases, findEvidence(id, text, forms, 3));
      keys.set(key, forms.join('\u0000'));
      if (e.type === 'Policy') addEdge(g, 'CITES', replyKey, key, id);
      addEdge(g, 'MENTIONS', replyKey, key, id);
    }
    const city = gold.reply.city ? entity(g, 'City', gold.reply.city, id, [], findEvidence(id, text, [gold.reply.city], 1)) : null;
    const province = gold.reply.province ? entity(g, 'Province', gold.reply.province, id, [], []) : null;
    if (city && province) addEdge(g, 'LOCATED_IN', city, province, id);
    if (gold.reply.agency) {
      const agency = nodeKey('Agency', gold.reply.agency);
      addEdge(g, 'ISSUED', agency, replyKey, id);
      if (city) addEdge(g, 'LOCATED_IN', agency, city, id);
    }
    for (const key of keys.keys()) {
      if (key.startsWith('Program:') && city) {
        const a = g.getNodeAttributes(key) as EntityNodeAttributes;
        addEdge(g, 'RUNS', city, key, id, a.evidence.filter((e) => e.reply === id).slice(0, 1));
      }
      if (key.startsWith('Competition:') && city) addEdge(g, 'HOSTS', city, key, id);
      if (key.startsWith('Policy:')) addEdge(g, 'CITES', replyKey, key, id);
    }
    for (const [i, m] of measures(text).entries()) {
      const mKey = `Measure:${id}#${i + 1}`;
      const body = text.slice(m.start, m.end);
      const ma: MeasureNodeAttributes = {
        type: 'Measure', name: m.heading || m.marker, replies: [id], reply: id, heading: m.heading, text: body.slice(0, 400),
        parent: null, level: 1, marker: m.marker, status: /下一?步|计划|将/.test(m.heading) ? 'planned' : 'done', start: m.start, end: m.end,
      };
      g.addNode(mKey, ma);
      addEdge(g, 'HAS_MEASURE', replyKey, mKey, id);
      for (const [key, forms] of keys) if (forms.split('\u0000').some((f) => body.includes(f))) addEdge(g, 'MENTIONS', mKey, key, id);
    }
  }
  g.setAttribute('replies', files.length);
  return g.export() as GraphJson;
}

const SYLLABLES = '技能人才培训工匠学徒企业职业就业创业服务平台基地工程行动计划数字乡村振兴产教融合校企合作'.split('');
const CITIES = ['邯郸市', '临汾市', '濮阳市', '三门峡市', '衢州市', '洛阳市', '郑州市', '太原市', '杭州市', '石家庄市'];
const PROVINCES = ['河北省', '山西省', '河南省', '河南省', '浙江省', '河南省', '河南省', '山西省', '浙江省', '河北省'];

/**
 * A synthetic graph of `nodeCount` nodes and about `edgeCount` edges: replies,
 * cities, programs and other entities with Chinese names; without positions
 * unless `withPositions`.
 */
export function largeGraph(nodeCount: number, edgeCount: number, seed = 1, withPositions = false): GraphJson {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const nodes: GraphJson['nodes'] = [];
  const cityCount = Math.max(10, Math.floor(nodeCount / 50));
  const replyCount = Math.max(10, Math.floor(nodeCount / 10));
  const types: EntityType[] = ['Program', 'Company', 'College', 'Agency', 'Award', 'Competition', 'Policy', 'Organization', 'Person'];
  const keys: string[] = [];
  const byType = new Map<string, string[]>();
  const push = (key: string, attributes: NodeAttributes): void => {
    if (withPositions) { attributes.x = rnd() * 1000; attributes.y = rnd() * 1000; }
    nodes.push({ key, attributes });
    keys.push(key);
    const list = byType.get(attributes.type) ?? [];
    list.push(key);
    byType.set(attributes.type, list);
  };
  const name = (n: number, suffix: string): string => {
    let s = '';
    for (let i = 0; i < 3 + (n % 4); i++) s += pick(SYLLABLES);
    return `${s}${suffix}${n}`;
  };
  for (let i = 0; i < 5; i++) push(nodeKey('Province', `省份${i}`), { type: 'Province', name: `省份${i}`, aliases: [], replies: [], evidence: [] });
  for (let i = 0; i < cityCount; i++) {
    const nm = i < CITIES.length ? CITIES[i]! : `${name(i, '')}市`;
    push(nodeKey('City', nm), { type: 'City', name: nm, aliases: [], replies: [], evidence: [] });
  }
  for (let i = 0; i < replyCount; i++) {
    const id = `r${String(i).padStart(5, '0')}`;
    const ci = i % cityCount;
    const reply: ReplyNodeAttributes = {
      type: 'Reply', name: `关于${name(i, '')}的建议`, id, file: `${id}.txt`, length: 3000, replies: [id],
      city: ci < CITIES.length ? CITIES[ci]! : null, province: ci < PROVINCES.length ? PROVINCES[ci]! : null, county: null, agency: null,
      docNumber: null, date: '2023-06-05', proposalKind: '建议', proposalNumber: String(i), session: null, proposers: null, title: null,
      grade: null, signer: null, contacts: null,
    };
    push(nodeKey('Reply', id), reply);
  }
  let i = 0;
  while (nodes.length < nodeCount) {
    const type = pick(types);
    const nm = name(i++, type === 'Program' ? '工程' : type === 'Company' ? '集团' : '');
    const reply = `r${String(Math.floor(rnd() * replyCount)).padStart(5, '0')}`;
    push(nodeKey(type, nm), {
      type, name: nm, aliases: [], replies: [reply],
      evidence: [{ reply, start: 0, end: nm.length + 4, sentence: `开展${nm}。`, mention: { start: 2, end: 2 + nm.length } }],
    });
  }
  const edges: GraphJson['edges'] = [];
  const seen = new Set<string>();
  const programs = byType.get('Program') ?? [];
  const cities = byType.get('City') ?? [];
  const replies = byType.get('Reply') ?? [];
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 3) {
    let type: EdgeType;
    let source: string;
    let target: string;
    const r = rnd();
    if (r < 0.15 && programs.length) { type = 'RUNS'; source = pick(cities); target = pick(programs); }
    else { type = 'MENTIONS'; source = pick(replies); target = keys[Math.floor(Math.pow(rnd(), 1.6) * keys.length)]!; }
    const key = edgeKey(type, source, target);
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({ key, source, target, attributes: { type, replies: [], evidence: [], weight: 1 } });
  }
  return {
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    attributes: { name: `synthetic ${nodeCount}/${edgeCount}`, generator: 'test/web/fixture-graph.ts', extractorVersion: 'synthetic', replies: replyCount },
    nodes,
    edges,
  };
}

/** The XSS payloads a hostile graph.json may carry in names, aliases and sentences. */
export const XSS_NAME = '<img src=x onerror="window.__xss=1">';
export const XSS_ALIAS = '<script>window.__xss=2</script>';
export const XSS_SENTENCE = '全市推行<b onmouseover="window.__xss=3">新型学徒制</b><img src=y onerror="window.__xss=4">。';

/** The seeds' graph with a hostile Program and a hostile reply title. */
export function xssGraph(root: string): GraphJson {
  const g = seedsGraph(root);
  const reply = '000_8a2f8544eff6131c';
  g.nodes.push({
    key: nodeKey('Program', XSS_NAME),
    attributes: {
      type: 'Program', name: XSS_NAME, aliases: [XSS_ALIAS], replies: [reply],
      evidence: [{ reply, start: 0, end: XSS_SENTENCE.length, sentence: XSS_SENTENCE, mention: { start: 4, end: 30 } }],
    },
  });
  g.edges!.push({
    key: edgeKey('RUNS', nodeKey('City', '邯郸市'), nodeKey('Program', XSS_NAME)),
    source: nodeKey('City', '邯郸市'), target: nodeKey('Program', XSS_NAME),
    attributes: { type: 'RUNS', replies: [reply], evidence: [], weight: 1 },
  });
  const r = g.nodes.find((n) => n.key === nodeKey('Reply', reply));
  if (r?.attributes) r.attributes.name = `<svg onload="window.__xss=5">${r.attributes.name}`;
  return g;
}
