import { writeFileAtomicSync } from '../../export/atomic.js';
import { fragmentOps, type SharedOp } from '../../graph/index.js';
import type { OutputLayout } from '../../export/pieces/layout.js';
import { SpliceError } from '../../export/pieces/splice.js';
import { GraphChanges } from './changes.js';
import type { NewGraph } from './splice-outputs.js';
import { spliceOutputs } from './splice-threads.js';
import { listInputs, type SkippedFile } from '../../ingest/index.js';
import { loadLexicons } from '../../lexicon/index.js';
import { replyRecord } from '../build.js';
import { cacheFingerprint, openCacheGeneration, ReplyCache, writersCodeHash } from '../cache/index.js';
import { extractFiles, fileTasks } from '../pool/index.js';
import { EXTRACTOR_VERSION } from '../process.js';
import { fileStamp, loadSnapshot, outputStamps, sameStamp, sameStamps, saveSnapshot, type FileStamp, type ReplyRecord } from '../snapshot/index.js';
import { hashFiles } from './hash-files.js';
import { PatchError, SharedPatch } from './shared-patch.js';
import { spliceGraphJson, type BuildItem } from './splice.js';

export interface PatchOptions {
  lexiconFiles?: string[];
  /** cache root folder */
  cache: string;
  workers?: number;
  maxBytes?: number;
  /**
   * other outputs the build asks for beside graph.json (format → path): each
   * is spliced the way graph.json is patched (export/pieces) when the
   * snapshot holds its layout and it is as the previous build wrote it
   */
  others?: Record<string, string>;
  /** the patch is tried only when at most this share of the previous replies changed (default 0.2) */
  maxChangedShare?: number;
  /** called with the number of files, before they are hashed */
  onStart?: (total: number) => void;
  onFile?: (file: string) => void;
  /** called as each other output is spliced */
  onSpliced?: (format: string, path: string) => void;
}

export interface PatchResult {
  files: string[];
  skipped: SkippedFile[];
  warnings: { file: string; warnings: string[] }[];
  chars: number;
  /** files taken out of and put into the previous build */
  removed: number;
  added: number;
  counts: { nodes: Map<string, number>; edges: Map<string, number> };
}

/** A patched graph.json, or why the build must be done in full (`snapshot`: there was one to patch from). */
export type PatchOutcome = { patched: PatchResult } | { full: string; snapshot: boolean };

/**
 * Rebuild graph.json by patching the previous one, when the cache holds a
 * snapshot of the build that wrote it (pipeline/snapshot) and that file is
 * as it was written: inputs are hashed, the changed files extracted (through
 * the cache), the replies taken out and put in patched into the shared part
 * (SharedPatch) and every other reply's lines copied from the previous file.
 * The file is byte for byte what a full build would write. Anything the
 * snapshot cannot vouch for — no snapshot, an edited graph.json, a reply id
 * that moved, a missing cache entry, too many changes — returns { full }
 * with the reason, graph.json untouched.
 */
export async function patchGraphJson(inputs: readonly string[], graphJson: string, opts: PatchOptions): Promise<PatchOutcome> {
  const lexiconFiles = opts.lexiconFiles ?? [];
  const lexicons = loadLexicons(lexiconFiles);
  const cacheDir = openCacheGeneration(opts.cache, EXTRACTOR_VERSION, cacheFingerprint(EXTRACTOR_VERSION, lexicons));
  const snap = loadSnapshot(cacheDir);
  if (!snap) return { full: 'no snapshot of a previous build in the cache', snapshot: false };
  if (snap.writers !== writersCodeHash()) return { full: 'the writers changed since the previous build', snapshot: true };
  if (!sameStamp(fileStamp(graphJson), snap.graphJson)) return { full: `${graphJson} is not the file the previous build wrote`, snapshot: true };
  const others = Object.entries(opts.others ?? {});
  for (const [format, path] of others) {
    if (!sameStamps(outputStamps(path), snap.others[format])) return { full: `${path} is not what the previous build wrote`, snapshot: true };
  }
  const { files, ids, skipped } = await listInputs(inputs);
  opts.onStart?.(files.length);
  const keys = await hashFiles(fileTasks(files, ids), opts.maxBytes, opts.onFile);

  const previous = snap.replies;
  const oldIndex = new Map(previous.map((r, i) => [r.file, i]));
  const kept = new Map<string, number>(); // file → index in previous
  for (let i = 0; i < files.length; i++) {
    const j = oldIndex.get(files[i]!);
    if (j !== undefined && keys[i] !== null && previous[j]!.key === keys[i] && previous[j]!.id === ids.get(files[i]!)) kept.set(files[i]!, j);
  }
  const addedFiles = files.filter((f) => !kept.has(f));
  const removedIdx = previous.map((_r, j) => j).filter((j) => !kept.has(previous[j]!.file));
  const changes = new Set([...addedFiles, ...removedIdx.map((j) => previous[j]!.file)]).size; // an edited file is both
  const limit = Math.max(1, Math.floor((opts.maxChangedShare ?? 0.2) * previous.length));
  // the other outputs are spliced from their layouts: one without is written in full, and so is graph.json
  const unspliced = others.filter(([format]) => !snap.layouts[format]);
  const changedOthers: PatchOutcome = { full: `${changes} file(s) changed since the previous build, which kept no layout of ${unspliced.map(([f]) => f).join(', ')}`, snapshot: true };
  if (unspliced.length && removedIdx.length) return changedOthers;
  if (changes > limit) return { full: `${changes} files changed since the previous build (it is patched for up to ${limit})`, snapshot: true };
  // nothing to do: graph.json is the one these files give
  const unchanged = (): PatchOutcome => {
    const warnings = previous.filter((r) => r.warnings?.length).map((r) => ({ file: r.file, warnings: r.warnings! }));
    const counts = { nodes: new Map(snap.counts.nodes), edges: new Map(snap.counts.edges) };
    return { patched: { files: previous.map((r) => r.file), skipped, warnings, chars: previous.reduce((n, r) => n + r.chars, 0), removed: 0, added: 0, counts } };
  };
  if (changes === 0) return unchanged();

  const cache = new ReplyCache(cacheDir);
  const opsCache = new Map<string, readonly SharedOp[]>();
  const opsOfKey = (key: string, file: string): readonly SharedOp[] => {
    let ops = opsCache.get(key);
    if (!ops) {
      const hit = cache.get(key);
      if (!hit) throw new PatchError(`no cache entry for ${file}`);
      opsCache.set(key, (ops = fragmentOps(hit.fragment)));
    }
    return ops;
  };

  // the changed files, extracted through the cache
  const items = new Map<string, BuildItem>();
  const records = new Map<string, ReplyRecord>();
  const warnings: PatchResult['warnings'] = [];
  let chars = 0;
  for await (const r of extractFiles(addedFiles, { lexiconFiles, cacheDir, workers: opts.workers, maxBytes: opts.maxBytes, ids })) {
    if ('skipped' in r) {
      skipped.push(r.skipped);
      continue;
    }
    if (!r.key) return { full: `${r.file} has no cache key`, snapshot: true };
    items.set(r.file, { fragment: r.fragment });
    records.set(r.file, replyRecord(r.file, r.key, r.fragment, r.chars, r.warnings));
  }
  // only files that could not be read, as before: the graph is the same
  if (!removedIdx.length && !items.size) return unchanged();
  if (unspliced.length) return changedOthers;
  for (const [f, j] of kept) {
    items.set(f, { old: j });
    records.set(f, previous[j]!);
  }
  const order: BuildItem[] = [];
  const newRecords: ReplyRecord[] = [];
  const readFiles: string[] = [];
  for (const f of files) {
    const item = items.get(f);
    if (!item) continue;
    order.push(item);
    const rec = records.get(f)!;
    newRecords.push(rec);
    readFiles.push(f);
    chars += rec.chars;
    if (rec.warnings?.length) warnings.push({ file: f, warnings: rec.warnings });
  }
  const rank = new Map<string, number>();
  for (const [i, r] of newRecords.entries()) {
    if (rank.has(r.id)) return { full: `two files give the reply id ${r.id}`, snapshot: true };
    rank.set(r.id, i);
  }
  const byId = new Map(newRecords.map((r) => [r.id, r]));

  try {
    const removed = removedIdx.map((j) => ({ reply: previous[j]!.id, ops: opsOfKey(previous[j]!.key, previous[j]!.file) }));
    const added = order.flatMap((it) => ('fragment' in it ? [{ reply: it.fragment.id, ops: fragmentOps(it.fragment) }] : []));
    const patch = new SharedPatch(removed, added, new Map(snap.aids), (reply) => rank.get(reply) ?? Infinity, (reply) => {
      const r = byId.get(reply);
      if (!r) throw new PatchError(`reply ${reply} is not in the build`);
      return opsOfKey(r.key, r.file);
    });
    // what changed, for the other outputs: shared nodes whose degree may change (touched edges' ends, the changed replies' reach)
    const changed = others.length ? new GraphChanges(patch.edgeEnds()) : null;
    if (changed) {
      for (const j of removedIdx) {
        const hit = cache.get(previous[j]!.key);
        if (!hit) throw new PatchError(`no cache entry for ${previous[j]!.file}`);
        changed.reach(hit.fragment.sharedDegrees, -1);
      }
      for (const it of order) if ('fragment' in it) changed.reach(it.fragment.sharedDegrees, 1);
    }
    const spliced = writeFileAtomicSync(graphJson, (out) => spliceGraphJson(graphJson, out, previous, { nodes: snap.sharedNodes, edges: snap.sharedEdges }, order, patch, changed));
    const layouts: Record<string, OutputLayout> = {};
    const stamps: Record<string, FileStamp[]> = {};
    if (changed) {
      const nodeCount = [...spliced.nodeTypes.values()].reduce((a, b) => a + b, 0);
      const edgeCount = [...spliced.edgeTypes.values()].reduce((a, b) => a + b, 0);
      const g: NewGraph = { attributes: spliced.attributes, order: nodeCount, size: edgeCount, items: order, records: newRecords, previous: previous.length, changes: changed };
      const jobs = others.map(([format, path]) => ({ format, path, layout: snap.layouts[format]! }));
      for (const [format, layout] of await spliceOutputs(jobs, g, (j) => opts.onSpliced?.(j.format, j.path))) layouts[format] = layout;
      for (const [format, path] of others) {
        const s = outputStamps(path);
        if (s) stamps[format] = s;
      }
    }
    const now = fileStamp(graphJson);
    if (now) {
      saveSnapshot(cacheDir, {
        graphJson: now,
        others: stamps,
        layouts,
        sharedNodes: spliced.sharedNodes,
        sharedEdges: spliced.sharedEdges,
        replies: newRecords,
        aids: [...patch.aids],
        counts: { nodes: [...spliced.nodeTypes], edges: [...spliced.edgeTypes] },
      });
    }
    return {
      patched: {
        files: readFiles,
        skipped,
        warnings,
        chars,
        removed: removedIdx.length,
        added: order.length - kept.size,
        counts: { nodes: spliced.nodeTypes, edges: spliced.edgeTypes },
      },
    };
  } catch (e) {
    if (e instanceof PatchError || e instanceof SpliceError) return { full: e.message, snapshot: true };
    throw e;
  }
}


