import type { ReplyFragment } from '../../graph/index.js';
import type { CachedReply } from './store.js';

/** The header line of an entry: everything but the fragment's operations and serialised lines, which follow it as they are. */
interface Header {
  key: string;
  chars: number;
  warnings?: string[];
  id: string;
  file: string;
  sharedDegrees: ReplyFragment['sharedDegrees'];
  /** [kind, group, line count, byte length of the lines] */
  groups: ['n' | 'e', string, number, number][];
}

/**
 * An entry as bytes: one JSON header line, the fragment's operations (their
 * JSON text, one line: read back as text, parsed only by the thread that
 * replays them), then its node and edge lines verbatim (UTF-8 JSON lines
 * already: a warm build reads them into the spool without parsing or
 * decoding them).
 */
export function encodeEntry(key: string, v: CachedReply): Buffer {
  const f = v.fragment;
  const groups: Header['groups'] = [
    ...f.nodes.map(([g, l, n]): Header['groups'][number] => ['n', g, n, l.byteLength]),
    ...f.edges.map(([g, l, n]): Header['groups'][number] => ['e', g, n, l.byteLength]),
  ];
  const header: Header = { key, chars: v.chars, ...(v.warnings?.length ? { warnings: v.warnings } : {}), id: f.id, file: f.file, sharedDegrees: f.sharedDegrees, groups };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n${f.opsJson}\n`, 'utf8'), ...f.nodes.map(([, l]) => l), ...f.edges.map(([, l]) => l)]);
}

/** The entry of a key, or null when the bytes are not a whole entry of that key. */
export function decodeEntry(key: string, bytes: Buffer): CachedReply | null {
  const nl = bytes.indexOf(10);
  const opsEnd = nl < 0 ? -1 : bytes.indexOf(10, nl + 1);
  if (opsEnd < 0 || bytes[nl + 1] !== 0x5b || bytes[opsEnd - 1] !== 0x5d) return null; // the operations: [ … ]
  const h = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Header;
  if (h.key !== key || !Array.isArray(h.groups) || typeof h.chars !== 'number') return null;
  const fragment: ReplyFragment = { id: h.id, file: h.file, opsJson: bytes.toString('utf8', nl + 1, opsEnd), sharedDegrees: h.sharedDegrees, nodes: [], edges: [] };
  let at = opsEnd + 1;
  for (const [kind, g, n, len] of h.groups) {
    if (at + len > bytes.length) return null;
    (kind === 'n' ? fragment.nodes : fragment.edges).push([g, bytes.subarray(at, at + len), n]);
    at += len;
  }
  if (at !== bytes.length) return null;
  return { fragment, chars: h.chars, ...(h.warnings?.length ? { warnings: h.warnings } : {}) };
}
