import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, ReplyFields } from '../ontology/index.js';

/** A gold annotation of one reply (docs/ontology.md, "Gold file format"). */
export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
}
export interface GoldReply {
  doc: string;
  reply: Partial<ReplyFields>;
  entities: GoldEntity[];
}

/** Read every *.gold.json of a folder, sorted by doc id. */
export function readGoldDir(dir: string): GoldReply[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (!files.length) throw new Error(`${dir}: no *.gold.json files`);
  return files.map((f) => {
    const path = join(dir, f);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as GoldReply;
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
  });
}
