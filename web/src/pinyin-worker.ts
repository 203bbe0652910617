/**
 * Web worker: pinyin of names for the search index. Receives string[][] (the
 * names and aliases of each node), answers { full, initials } as string[][].
 */
import { pinyinForms } from './pinyin.js';

export interface PinyinRequest { names: string[][] }
export interface PinyinResponse { full: string[][]; initials: string[][] }

self.onmessage = (e: MessageEvent<PinyinRequest>) => {
  const full: string[][] = [];
  const initials: string[][] = [];
  for (const list of e.data.names) {
    const f: string[] = [];
    const i: string[] = [];
    for (const n of list) {
      const p = pinyinForms(n);
      if (p) {
        f.push(p.full);
        i.push(p.initials);
      }
    }
    full.push(f);
    initials.push(i);
  }
  const res: PinyinResponse = { full, initials };
  self.postMessage(res);
};
