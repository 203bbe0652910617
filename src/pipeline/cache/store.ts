import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ReplyFragment } from '../../graph/index.js';
import { decodeEntry, encodeEntry } from './entry.js';

/** Format of the entries; bump when the way entries are written changes. */
export const CACHE_FORMAT = 7;

const MANIFEST = 'manifest.json';
/** Names of generation folders: only these are ever deleted from a cache root. */
const GENERATION = /^v\d+-.+-[0-9a-f]{16}$/;

interface Manifest {
  format: number;
  extractorVersion: string;
  fingerprint: string;
}

/** What a file gave: its reply's fragment of the graph and the length of its clean text. */
export interface CachedReply {
  fragment: ReplyFragment;
  chars: number;
  /** what reading the file noted (e.g. a truncated last character) */
  warnings?: string[];
}

/** The folder of the cache generation for one fingerprint, inside the cache root. */
export function generationDir(root: string, extractorVersion: string, fingerprint: string): string {
  return join(root, `v${CACHE_FORMAT}-${extractorVersion.replace(/[^\w.-]/g, '_')}-${fingerprint}`);
}

/**
 * Prepare the cache root for a build (main thread, once): create the folder
 * of this generation with its manifest, and delete every other generation —
 * a cache written by another extractor version, code or lexicon is never
 * read, not even partly. Other files in the root are left alone. Returns the generation folder.
 */
export function openCacheGeneration(root: string, extractorVersion: string, fingerprint: string): string {
  const dir = generationDir(root, extractorVersion, fingerprint);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    if (p !== dir && GENERATION.test(name)) rmSync(p, { recursive: true, force: true });
  }
  const manifest: Manifest = { format: CACHE_FORMAT, extractorVersion, fingerprint };
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest) + '\n');
  return dir;
}

/**
 * Replies' graph fragments (see src/graph/fragment.ts), stored one file per entry under a generation folder
 * (`<generation>/<first 2 hex>/<key>.entry`: a JSON header line, then the fragment's lines; see entry.ts). Safe to share between worker
 * threads: entries are written to a temporary name and renamed, so a reader
 * sees a whole entry or none; an unreadable entry counts as a miss.
 */
export class ReplyCache {
  private readonly made = new Set<string>();
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.entry`);
  }

  get(key: string): CachedReply | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path(key));
    } catch {
      return null;
    }
    try {
      return decodeEntry(key, bytes);
    } catch {
      return null;
    }
  }

  put(key: string, value: CachedReply): void {
    const sub = join(this.dir, key.slice(0, 2));
    if (!this.made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      this.made.add(sub);
    }
    const final = this.path(key);
    const tmp = `${final}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, encodeEntry(key, value));
    renameSync(tmp, final);
  }
}
