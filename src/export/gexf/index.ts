import type { StoredEdge, StoredNode, StoreReader } from '../../graph/index.js';
import { addCount, type LayoutRecorder } from '../pieces/layout.js';
import { NODE_COLORS, type NodeType } from '../../ontology/index.js';
import { writeFileAtomic, type TextSink } from '../atomic.js';
import { REPLACEMENT, SINK_ENCODING, type StringForm } from '../../graph/string-form.js';
import { asStore, type GraphSource } from '../source/index.js';

type Scalar = string | number | boolean;
type Flat = Record<string, Scalar>;
type AttrType = 'string' | 'integer' | 'double' | 'boolean';

/** Node attributes not written as GEXF attributes (positions go to viz, a measure's text is too long for Gephi's table). */
const SKIP_NODE = ['x', 'y', 'text'];

/** Attributes as GEXF can hold them: scalars only, lists of scalars joined with '|', lists of objects counted. */
function flatten(a: Record<string, unknown>, skip: readonly string[]): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(a)) {
    if (skip.includes(k) || v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length && typeof v[0] !== 'object') out[k] = v.join('|');
      else if (k === 'replies' || k === 'evidence') out[`${k}Count`] = v.length;
    } else if (typeof v === 'object') continue;
    else out[k] = v as Scalar;
  }
  return out;
}

function typeOf(v: Scalar): AttrType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'double';
  return 'string';
}

/** The signature of an attribute value: its key and GEXF type (declarations are a function of how many nodes show each). */
const signature = (k: string, v: Scalar) => `${k}\t${typeOf(v)}`;

/**
 * Attribute declarations from the signatures the elements show: a key's
 * type is the one every value has, double where integers and doubles mix,
 * string where other types mix; keys sorted. Independent of element order,
 * so a patched file declares what a full build would.
 */
export function declarationsOf(signatures: Record<string, number>): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const sig of Object.keys(signatures).sort()) {
    const tab = sig.indexOf('\t');
    const k = sig.slice(0, tab);
    const t = sig.slice(tab + 1) as AttrType;
    const old = types.get(k);
    if (!old) types.set(k, t);
    else if (old !== t) types.set(k, (old === 'integer' && t === 'double') || (old === 'double' && t === 'integer') ? 'double' : 'string');
  }
  return types;
}

/** Count the signatures of a node's attributes into `into`. */
export function countNodeSignatures(attributes: Record<string, unknown>, into: Record<string, number>, n = 1): void {
  for (const [k, v] of Object.entries(flatten(attributes, SKIP_NODE))) addCount(into, signature(k, v), n);
}

// XML 1.0 forbids most control characters even as references
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

// the same in byte strings (graph/string-form.ts): U+FFFE and U+FFFF as their UTF-8 bytes, any surrogate is a lone one
const INVALID_XML_BYTES = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF]|\xEF\xBF[\xBE\xBF]/g;
const XML_SPECIAL = /[&<>"'\n\r\t]/g;
/** Could a string need either pass, in either form? (a superset: surrogates, U+FFFE/U+FFFF and their bytes' lead EF, controls, specials) */
const NEEDS_CARE = /[\x00-\x1F&<>"'\xEF\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text (in `form`) as an XML attribute value: escaped, characters XML cannot hold replaced by U+FFFD. */
export function xmlAttr(s: string, form: StringForm = 'utf16'): string {
  if (!NEEDS_CARE.test(s)) return s; // most names and keys: one scan, no copy
  const valid = form === 'utf16' ? s.replace(INVALID_XML, '\uFFFD') : s.replace(INVALID_XML_BYTES, REPLACEMENT[form]);
  return valid.replace(XML_SPECIAL, (c) => ESCAPES[c]!);
}

function attvalues(flat: Flat, indent: string, form: StringForm): string {
  const entries = Object.entries(flat);
  if (!entries.length) return '';
  return `${indent}<attvalues>\n${entries.map(([k, v]) => `${indent}  <attvalue for="${xmlAttr(k, form)}" value="${xmlAttr(String(v), form)}"/>\n`).join('')}${indent}</attvalues>\n`;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The signatures of every node (the scope of GEXF node declarations in a layout). */
async function nodeSignatures(store: StoreReader): Promise<Record<string, number>> {
  const sigs: Record<string, number> = {};
  for (const label of store.labels()) for await (const n of store.nodesOf(label)) countNodeSignatures(n.attributes as unknown as Record<string, unknown>, sigs);
  return sigs;
}

function edgeFlat(a: Record<string, unknown>): Flat {
  return { type: String(a.type), replies: Array.isArray(a.replies) ? a.replies.join('|') : '' };
}

function declarations(cls: 'node' | 'edge', d: Map<string, AttrType>, form: StringForm): string {
  const rows = [...d].map(([k, t]) => `      <attribute id="${xmlAttr(k, form)}" title="${xmlAttr(k, form)}" type="${t}"/>\n`).join('');
  return `    <attributes class="${cls}">\n${rows}    </attributes>\n`;
}

/** Every edge has the same two string attributes (edgeFlat): no pass over the edges is needed to declare them. */
const EDGE_DECLARATIONS = new Map<string, AttrType>([['type', 'string'], ['replies', 'string']]);

/** The file up to the first node: meta, attribute declarations (`nodeSignatures`: see declarationsOf), `<nodes>`. */
export function gexfHead(a: Record<string, unknown>, nodeSignatures: Record<string, number>, hasEdges: boolean, form: StringForm): string {
  const x = (s: string) => xmlAttr(s, form);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
    `  <meta>\n    <creator>${x(String(a.generator ?? 'replygraph'))} ${x(String(a.extractorVersion ?? ''))}</creator>\n` +
    `    <description>${x(String(a.name ?? 'replygraph'))}: ${Number(a.replies ?? 0)} replies</description>\n  </meta>\n` +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declarations('node', declarationsOf(nodeSignatures), form) +
    declarations('edge', hasEdges ? EDGE_DECLARATIONS : new Map(), form) +
    '    <nodes>\n'
  );
}
export const GEXF_BETWEEN = '    </nodes>\n    <edges>\n';
export const GEXF_TAIL = '    </edges>\n  </graph>\n</gexf>\n';

/** A node's element (its colour from its label). */
export function gexfNode(n: StoredNode, label: string, form: StringForm): string {
  const x = (s: string) => xmlAttr(s, form);
  const [r, g, b] = hexToRgb(NODE_COLORS[label as NodeType] ?? '#999999');
  const at = n.attributes as unknown as Record<string, unknown>;
  const pos = typeof at.x === 'number' && typeof at.y === 'number' ? `        <viz:position x="${at.x}" y="${at.y}" z="0"/>\n` : '';
  return (
    `      <node id="${x(n.key)}" label="${x(String(at.name ?? n.key))}">\n` +
    attvalues(flatten(at, SKIP_NODE), '        ', form) +
    `        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${2 + Math.sqrt(n.degree)}"/>\n${pos}      </node>\n`
  );
}

/** An edge's element. */
export function gexfEdge(e: StoredEdge, form: StringForm): string {
  const x = (s: string) => xmlAttr(s, form);
  const at = e.attributes as unknown as Record<string, unknown>;
  return (
    `      <edge id="${x(e.key)}" source="${x(e.source)}" target="${x(e.target)}" label="${x(String(at.type))}" weight="${Number(at.weight ?? 1)}">\n` +
    attvalues(edgeFlat(at), '        ', form) +
    '      </edge>\n'
  );
}

/**
 * Write a GEXF 1.3 file for Gephi, streamed (two passes over the nodes:
 * attribute declarations, then elements): label = name, colour by node
 * type, size by degree, edge label = type and weight = times seen; scalar
 * attributes as GEXF attributes, lists joined with '|'. With a recorder,
 * where every node and edge lies is recorded (pieces/layout.ts).
 */
export async function writeGexfTo(graph: GraphSource, out: Pick<TextSink, 'write'>, rec: LayoutRecorder | null = null): Promise<void> {
  const store = asStore(graph);
  const form = store.stringForm;
  const sigs = await nodeSignatures(store);
  rec?.openFile('');
  if (rec) rec.layout.signatures.nodes = sigs;
  const write = rec ? (s: string) => (rec.wrote(s), out.write(s)) : (s: string) => out.write(s);
  await write(gexfHead(store.attributes as unknown as Record<string, unknown>, sigs, store.size > 0, form));
  for (const label of store.labels()) {
    rec?.openRegion(`n ${label}`);
    for await (const n of store.nodesOf(label)) {
      const piece = gexfNode(n, label, form);
      rec?.piece(piece.length, n.degree);
      await write(piece);
    }
  }
  rec?.closeRegion();
  await write(GEXF_BETWEEN);
  for (const group of store.edgeGroups()) {
    rec?.openRegion(`e ${group.type}.${group.from}.${group.to}`);
    for await (const e of store.edgesOf(group)) {
      const piece = gexfEdge(e, form);
      rec?.piece(piece.length);
      await write(piece);
    }
  }
  rec?.closeRegion();
  await write(GEXF_TAIL);
}

/** The GEXF document of a (small) graph as one string (in the string form of its store). */
export async function toGexf(graph: GraphSource): Promise<string> {
  const parts: string[] = [];
  await writeGexfTo(graph, { write: async (s: string) => void parts.push(s) });
  return parts.join('');
}

/** Write graph.gexf (streamed, atomically); with a recorder, its layout. */
export async function writeGexf(graph: GraphSource, file: string, rec: LayoutRecorder | null = null): Promise<void> {
  const store = asStore(graph);
  await writeFileAtomic(file, (out) => writeGexfTo(store, out, rec), SINK_ENCODING[store.stringForm]);
}
