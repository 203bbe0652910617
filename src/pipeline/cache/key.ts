import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicons } from '../../lexicon/index.js';

/**
 * Key of one cache entry: a file's path as given, the reply id it is read
 * under (which depends on the other files' names: see ingest/list.ts) and its
 * bytes (sha-256, hex).
 */
export function entryKey(file: string, id: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(id).update('\0').update(bytes).digest('hex');
}

/**
 * The key of a file's entry from the bytes read of it, or null when it could
 * not be read or is larger than `maxBytes` (the build skips it, and it has
 * no entry).
 */
export function fileKey(file: string, id: string, bytes: Uint8Array | null, maxBytes: number | undefined): string | null {
  return bytes && (maxBytes === undefined || bytes.length <= maxBytes) ? entryKey(file, id, bytes) : null;
}

/**
 * Folders (relative to the compiled package root, dist/) whose code or data
 * decide what the extractor outputs for a text (and the graph fragment made of it). Any change in them changes
 * the fingerprint, so a cache is never used across extractor builds even if
 * EXTRACTOR_VERSION was not bumped.
 */
export const EXTRACTOR_FOLDERS = ['ingest', 'extract', 'resolve', 'lexicon', 'ontology', 'graph', 'pipeline/process.js'];

function hashTree(h: ReturnType<typeof createHash>, path: string): void {
  let s;
  try {
    s = statSync(path);
  } catch {
    return;
  }
  if (s.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!name.endsWith('.map') && !name.endsWith('.d.ts')) hashTree(h, join(path, name));
  } else {
    h.update(path.slice(path.lastIndexOf('/') + 1)).update('\0').update(readFileSync(path));
  }
}

/**
 * Folders (relative to dist/) whose code decides how the outputs are written
 * from the graph: a patch of the previous outputs (pipeline/patch) is only
 * made by the same writers, or its copied bytes would be in the old form.
 */
export const WRITER_FOLDERS = ['export', 'pipeline/patch', 'pipeline/snapshot', 'graph'];

const codeHashes = new Map<string, string>();

/** sha-256 of the compiled code and data in some folders of dist/ (computed once per process). */
function codeHashOf(folders: readonly string[]): string {
  const id = folders.join('\0');
  let hash = codeHashes.get(id);
  if (!hash) {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const h = createHash('sha256');
    for (const f of folders) hashTree(h, join(root, f));
    codeHashes.set(id, (hash = h.digest('hex')));
  }
  return hash;
}

/** sha-256 of the extractor's compiled code and bundled data. */
export function extractorCodeHash(): string {
  return codeHashOf(EXTRACTOR_FOLDERS);
}

/** sha-256 of the writers' compiled code (WRITER_FOLDERS), the first 16 hex digits. */
export function writersCodeHash(): string {
  return codeHashOf(WRITER_FOLDERS).slice(0, 16);
}

/**
 * Fingerprint of everything besides a file's own bytes that its extraction
 * depends on: extractor version, extractor code and data, and the user's
 * lexicon entries. A cache is only used by builds with the same fingerprint.
 */
export function cacheFingerprint(extractorVersion: string, lexicons: Lexicons): string {
  return createHash('sha256')
    .update(extractorVersion)
    .update('\0')
    .update(extractorCodeHash())
    .update('\0')
    .update(JSON.stringify(lexicons.user))
    .digest('hex')
    .slice(0, 16);
}
