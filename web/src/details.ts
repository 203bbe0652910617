/**
 * Details panel: type, canonical name, aliases, the replies that mention the
 * node, its evidence sentences with the mention highlighted, the programs a
 * city runs or the cities that run a program, and its other neighbours.
 * Every listed node is a button that selects it. All data goes in as text.
 */
import type { Evidence } from '../../src/ontology/index.js';
import { h, replace, type Child } from './dom.js';
import type { GraphFacts } from './facts.js';
import type { ViewerGraph } from './load.js';
import { swatch } from './search.js';

const MAX_LISTED = 60;
const REPLY_FIELDS = ['title', 'city', 'province', 'county', 'agency', 'docNumber', 'date', 'proposalKind', 'proposalNumber', 'session', 'proposers', 'grade', 'signer', 'contacts'] as const;

/** Split a sentence into text and <mark> around the mention: the given span, else the first surface form found. */
export function highlightSentence(ev: Evidence, forms: string[]): Child[] {
  const s = ev.sentence;
  let from = -1;
  let to = -1;
  if (ev.mention && typeof ev.start === 'number') {
    const a = ev.mention.start - ev.start;
    const b = ev.mention.end - ev.start;
    if (a >= 0 && b > a && b <= s.length) [from, to] = [a, b];
  }
  if (from < 0) {
    for (const f of [...forms].sort((x, y) => y.length - x.length)) {
      const i = f ? s.indexOf(f) : -1;
      if (i >= 0) {
        [from, to] = [i, i + f.length];
        break;
      }
    }
  }
  if (from < 0) return [s];
  return [s.slice(0, from), h('mark', null, s.slice(from, to)), s.slice(to)];
}

function nodeButton(graph: ViewerGraph, key: string, onSelect: (key: string) => void): HTMLElement {
  const a = graph.getNodeAttributes(key);
  return h('button', { type: 'button', class: 'node-link', dataset: { key }, on: { click: () => onSelect(key) } }, swatch(a.type), a.name);
}

function nodeList(graph: ViewerGraph, title: string, keys: string[], onSelect: (key: string) => void): HTMLElement | null {
  if (!keys.length) return null;
  const sorted = [...keys].sort((a, b) => graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name'), 'zh'));
  return h('section', { class: 'list', dataset: { list: title } },
    h('h3', null, `${title} (${keys.length})`),
    h('ul', null, ...sorted.slice(0, MAX_LISTED).map((k) => h('li', null, nodeButton(graph, k, onSelect)))),
    keys.length > MAX_LISTED ? h('p', { class: 'hint' }, `… and ${keys.length - MAX_LISTED} more`) : null);
}

function replyKeyOf(graph: ViewerGraph, id: string): string | null {
  const k = `Reply:${id}`;
  return graph.hasNode(k) ? k : null;
}

export function renderDetails(root: HTMLElement, graph: ViewerGraph, facts: GraphFacts, key: string | null, onSelect: (key: string) => void): void {
  if (!key || !graph.hasNode(key)) {
    replace(root, h('p', { class: 'hint' }, 'Click a node or search to see its details.'));
    return;
  }
  const a = graph.getNodeAttributes(key) as Record<string, unknown> & { type: string; name: string; replies: string[] };
  const aliases = Array.isArray(a.aliases) ? (a.aliases as unknown[]).map(String) : [];
  const evidence = Array.isArray(a.evidence) ? (a.evidence as Evidence[]).filter((e) => e && typeof e.sentence === 'string') : [];
  const parts: Child[] = [
    h('p', { class: 'type' }, swatch(a.type), a.type),
    h('h2', { class: 'name' }, a.name),
  ];
  if (aliases.length) parts.push(h('p', { class: 'aliases' }, h('b', null, 'Aliases: '), aliases.join('、')));
  if (a.type === 'Reply') {
    const dl = h('dl', { class: 'meta' });
    for (const f of REPLY_FIELDS) {
      const v = a[f];
      if (v === null || v === undefined || v === '') continue;
      dl.append(h('dt', null, f), h('dd', null, Array.isArray(v) ? v.map(String).join('、') : String(v)));
    }
    parts.push(dl);
  }
  if (a.type === 'Measure' && typeof a.text === 'string') parts.push(h('p', { class: 'measure-text' }, h('b', null, `${String(a.status ?? '')} · `), a.text.slice(0, 300)));
  if (a.type === 'City') parts.push(nodeList(graph, 'Programs it runs', facts.programsOf.get(key) ?? [], onSelect));
  if (a.type === 'Program') parts.push(nodeList(graph, 'Cities that run it', facts.citiesRunning.get(key) ?? [], onSelect));
  const replies = a.replies.filter((r) => typeof r === 'string');
  if (replies.length && a.type !== 'Reply') {
    parts.push(h('section', { class: 'replies' }, h('h3', null, `Replies (${replies.length})`),
      h('ul', null, ...replies.slice(0, MAX_LISTED).map((r) => {
        const rk = replyKeyOf(graph, r);
        return h('li', null, rk ? nodeButton(graph, rk, onSelect) : r);
      }))));
  }
  if (evidence.length) {
    const forms = [a.name, ...aliases];
    parts.push(h('section', { class: 'evidence' }, h('h3', null, `Evidence (${evidence.length})`),
      ...evidence.slice(0, 20).map((ev) => h('blockquote', null, ...highlightSentence(ev, forms), h('cite', null, ev.reply)))));
  }
  const byType = new Map<string, Set<string>>();
  graph.forEachEdge(key, (_e, ea, s, t) => {
    const other = s === key ? t : s;
    const label = s === key ? `${ea.type} →` : `← ${ea.type}`;
    if ((a.type === 'City' || a.type === 'Program') && ea.type === 'RUNS') return;
    let set = byType.get(label);
    if (!set) byType.set(label, (set = new Set()));
    set.add(other);
  });
  for (const [label, set] of [...byType].sort()) parts.push(nodeList(graph, label, [...set], onSelect));
  replace(root, ...parts);
}
