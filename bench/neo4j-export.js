// Benchmark of the Neo4j exporters (graph.cypher, neo4j-admin CSV) on a synthetic graph shaped like
// the seeds' (per reply: ~17 measures, ~10 metrics, ~40 mentions of entities drawn from shared pools,
// RUNS from the reply's city). Prints seconds, MB written and peak memory; asserts nothing.
// Usage: npm run build && node bench/neo4j-export.js [replies=10000]
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { writeCypherScript, writeNeo4jCsv } from '../dist/export/index.js';

const replies = Number(process.argv[2] ?? 10000);
const rand = (() => { let s = 42; return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31); })();
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const cities = Array.from({ length: 300 }, (_, i) => `城市${i}市`);
const programs = Array.from({ length: 2000 }, (_, i) => `项目${i}工程`);
const colleges = Array.from({ length: 3000 }, (_, i) => `第${i}技师学院`);
const companies = Array.from({ length: 20000 }, (_, i) => `第${i}集团有限公司`);
const sentence = '全市开展企业新型学徒制培训4859人，“人人持证、技能社会”建设扎实推进。';

const t0 = performance.now();
const g = new graphology.DirectedGraph();
const ev = (reply) => ({ reply, start: 100, end: 100 + sentence.length, sentence, mention: { start: 104, end: 109 } });
const entity = (type, name, reply) => {
  const key = `${type}:${name}`;
  if (!g.hasNode(key)) g.addNode(key, { type, name, aliases: [`市${name}`], replies: [], evidence: [] });
  const a = g.getNodeAttributes(key);
  if (a.replies.length < 50) a.replies.push(reply);
  if (a.evidence.length < 3) a.evidence.push(ev(reply));
  return key;
};
const edge = (type, s, t, reply) => {
  const key = `${type}:${s}->${t}`;
  if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, s, t, { type, replies: [], evidence: [], weight: 0 });
  const a = g.getEdgeAttributes(key);
  a.weight++;
  if (a.replies.length < 50) a.replies.push(reply);
  if (a.evidence.length < 5) a.evidence.push(ev(reply));
};
for (let i = 0; i < replies; i++) {
  const id = `r${String(i).padStart(6, '0')}`;
  const city = entity('City', pick(cities), id);
  const rk = `Reply:${id}`;
  g.addNode(rk, { type: 'Reply', name: `关于加强技能人才培养的建议${i}`, id, file: `in/${id}.txt`, length: 3000, replies: [id], city: g.getNodeAttribute(city, 'name'), province: '河南省', county: null, agency: null, docNumber: `人社函〔2024〕${i}号`, date: '2024-06-01', proposalKind: '建议', proposalNumber: String(i), session: '市九届人大三次会议', proposers: ['张三'], title: '关于加强技能人才培养的建议', grade: 'A', signer: null, contacts: null });
  for (let m = 0; m < 17; m++) {
    const mk = `Measure:${id}#${m}`;
    g.addNode(mk, { type: 'Measure', name: '加强人才培养', replies: [id], reply: id, heading: '加强人才培养', text: sentence.repeat(4), parent: null, level: 1, marker: '一、', status: m > 13 ? 'planned' : 'done', start: m * 150, end: m * 150 + 140 });
    edge('HAS_MEASURE', rk, mk, id);
    const p = entity('Program', pick(programs), id);
    edge('MENTIONS', mk, p, id);
    edge('RUNS', city, p, id);
    edge('MENTIONS', mk, entity('Company', pick(companies), id), id);
    if (m < 10) {
      const xk = `Metric:${id}@${m * 150 + 120}`;
      g.addNode(xk, { type: 'Metric', name: '4859人', replies: [id], reply: id, value: 4859, unit: '人', counts: '开展企业新型学徒制培训', year: 2024, surface: '4859人', start: m * 150 + 120, end: m * 150 + 125 });
      edge('REPORTS', mk, xk, id);
    }
  }
  edge('PARTNERS_WITH', entity('College', pick(colleges), id), entity('Company', pick(companies), id), id);
}
const tBuild = (performance.now() - t0) / 1000;
console.log(`synthetic graph: ${replies} replies, ${g.order} nodes, ${g.size} relationships (built in ${tBuild.toFixed(1)} s)`);

const dir = mkdtempSync(join(tmpdir(), 'replygraph-bench-'));
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const mb = (n) => (n / 2 ** 20).toFixed(1);
try {
  let t = performance.now();
  await writeCypherScript(g, join(dir, 'graph.cypher'));
  const cs = statSync(join(dir, 'graph.cypher')).size;
  console.log(`graph.cypher: ${((performance.now() - t) / 1000).toFixed(1)} s, ${mb(cs)} MB`);
  t = performance.now();
  await writeNeo4jCsv(g, join(dir, 'csv'));
  const size = readdirSync(join(dir, 'csv')).reduce((n, f) => n + statSync(join(dir, 'csv', f)).size, 0);
  console.log(`csv/: ${((performance.now() - t) / 1000).toFixed(1)} s, ${mb(size)} MB in ${readdirSync(join(dir, 'csv')).length} files`);
  console.log(`peak RSS: ${mb(peak)} MB`);
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
