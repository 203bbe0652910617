import type { ReplyFragment } from '../../graph/index.js';
import type { CachedReply } from './store.js';

/** The header line of an entry: everything but the fragment's serialised lines, which follow it as they are. */
interface Header {
  key: string;
  chars: number;
  warnings?: string[];
  id: string;
  file: string;
  ops: ReplyFragment['ops'];
  sharedDegrees: ReplyFragment['sharedDegrees'];
  /** [kind, group, line count, length of the lines in UTF-16 code units] */
  groups: ['n' | 'e', string, number, number][];
}

/**
 * An entry as text: one JSON header line, then the fragment's node and edge
 * lines verbatim (they are JSON already: quoting them again inside one JSON
 * document would double their size to parse on every warm build).
 */
export function encodeEntry(key: string, v: CachedReply): string {
  const f = v.fragment;
  const groups: Header['groups'] = [...f.nodes.map(([g, l, n]) => ['n', g, n, l.length] as const), ...f.edges.map(([g, l, n]) => ['e', g, n, l.length] as const)].map((x) => [...x]);
  const header: Header = { key, chars: v.chars, ...(v.warnings?.length ? { warnings: v.warnings } : {}), id: f.id, file: f.file, ops: f.ops, sharedDegrees: f.sharedDegrees, groups };
  return `${JSON.stringify(header)}\n${f.nodes.map(([, l]) => l).join('')}${f.edges.map(([, l]) => l).join('')}`;
}

/** The entry of a key, or null when the text is not a whole entry of that key. */
export function decodeEntry(key: string, text: string): CachedReply | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const h = JSON.parse(text.slice(0, nl)) as Header;
  if (h.key !== key || !Array.isArray(h.ops) || !Array.isArray(h.groups) || typeof h.chars !== 'number') return null;
  const fragment: ReplyFragment = { id: h.id, file: h.file, ops: h.ops, sharedDegrees: h.sharedDegrees, nodes: [], edges: [] };
  let at = nl + 1;
  for (const [kind, g, n, len] of h.groups) {
    const lines = text.slice(at, at + len);
    if (lines.length !== len) return null;
    (kind === 'n' ? fragment.nodes : fragment.edges).push([g, lines, n]);
    at += len;
  }
  if (at !== text.length) return null;
  return { fragment, chars: h.chars, ...(h.warnings?.length ? { warnings: h.warnings } : {}) };
}
