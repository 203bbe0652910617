/**
 * Search: an index of names, aliases and their pinyin (full and initials, so
 * `xxtz` finds 新型学徒制), ranked suggestions under an <input type=search>,
 * Enter picks the highlighted or best match.
 */
import { STRUCTURE_TYPES } from '../../src/ontology/index.js';
import { normalise } from './pinyin.js';
import type { PinyinRequest, PinyinResponse } from './pinyin-worker.js';
import { h, replace } from './dom.js';
import type { ViewerGraph } from './load.js';
import { typeColor } from './style.js';

interface Entry {
  key: string;
  name: string;
  type: string;
  /** lower-cased name and aliases */
  forms: string[];
  /** pinyin without tones or spaces, of the name and aliases */
  full: string[];
  /** pinyin initials of the name and aliases */
  initials: string[];
  degree: number;
}

export interface Suggestion {
  key: string;
  name: string;
  type: string;
  /** what matched: name, alias, pinyin or initials */
  via: string;
  score: number;
}

const STRUCTURE = new Set<string>(STRUCTURE_TYPES);

/** Most names and aliases per node given pinyin. */
const PINYIN_FORMS = 6;

export class SearchIndex {
  private entries: Entry[] = [];
  /** resolves when the pinyin of every entry is known */
  readonly ready: Promise<void>;
  pinyinReady = false;

  /** `degree` ranks equal matches (default: the graph's own degrees). */
  constructor(graph: ViewerGraph, degree: (key: string) => number = (k) => graph.degree(k)) {
    graph.forEachNode((key, a) => {
      const names = [a.name, ...((a as { aliases?: string[] }).aliases ?? [])].filter((s): s is string => typeof s === 'string');
      this.entries.push({ key, name: a.name, type: a.type, forms: names.map(normalise), full: [], initials: [], degree: degree(key) });
    });
    this.ready = this.computePinyin();
  }

  get size(): number {
    return this.entries.length;
  }

  private computePinyin(): Promise<void> {
    const worker = new Worker(new URL('./pinyin-worker.ts', import.meta.url), { type: 'module' });
    return new Promise<void>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<PinyinResponse>) => {
        this.entries.forEach((entry, i) => {
          entry.full = e.data.full[i] ?? [];
          entry.initials = e.data.initials[i] ?? [];
        });
        this.pinyinReady = true;
        worker.terminate();
        resolve();
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(`pinyin worker: ${e.message}`));
      };
      const req: PinyinRequest = { names: this.entries.map((e) => [e.name, ...e.forms.slice(1)].slice(0, PINYIN_FORMS)) };
      worker.postMessage(req);
    });
  }

  /** Ranked matches of a query: exact name, name prefix, alias, pinyin, initials, substring. */
  query(raw: string, limit = 10): Suggestion[] {
    const q = normalise(raw);
    if (!q) return [];
    const out: Suggestion[] = [];
    for (const e of this.entries) {
      let score = 0;
      let via = '';
      // closeness: a query covering more of the matched form ranks higher (xxtz: 新型学徒制 before a long sentence)
      const take = (s: number, v: string, form: string): void => {
        const t = s + 10 * Math.min(1, q.length / Math.max(1, form.length));
        if (t > score) {
          score = t;
          via = v;
        }
      };
      e.forms.forEach((f, i) => {
        const alias = i > 0;
        if (f === q) take(alias ? 90 : 100, alias ? 'alias' : 'name', f);
        else if (f.startsWith(q)) take(alias ? 70 : 80, alias ? 'alias' : 'name', f);
        else if (f.includes(q)) take(alias ? 50 : 60, alias ? 'alias' : 'name', f);
      });
      for (const f of e.full) {
        if (f === q) take(85, 'pinyin', f);
        else if (f.startsWith(q)) take(65, 'pinyin', f);
        else if (q.length >= 3 && f.includes(q)) take(40, 'pinyin', f);
      }
      for (const f of e.initials) {
        if (f === q) take(75, 'initials', f);
        else if (q.length >= 2 && f.startsWith(q)) take(55, 'initials', f);
        else if (q.length >= 3 && f.includes(q)) take(35, 'initials', f);
      }
      // named entities before reply structure (measures, metrics), then by degree
      if (score > 0) out.push({ key: e.key, name: e.name, type: e.type, via, score: score + (STRUCTURE.has(e.type) ? 0 : 5) + Math.min(9, Math.log2(1 + e.degree)) / 10 });
    }
    out.sort((a, b) => b.score - a.score || a.name.length - b.name.length || (a.key < b.key ? -1 : 1));
    return out.slice(0, limit);
  }
}

export function swatch(type: string): HTMLElement {
  const el = h('span', { class: 'swatch' });
  el.style.background = typeColor(type);
  return el;
}

/**
 * Wire an <input type=search> and a suggestion list: typing shows suggestions,
 * arrows move, Enter (or a click) picks. The index is built on first use.
 */
export function bindSearch(input: HTMLInputElement, list: HTMLElement, getIndex: () => SearchIndex, onPick: (key: string) => void): void {
  let current: Suggestion[] = [];
  let active = -1;
  const close = (): void => {
    current = [];
    active = -1;
    replace(list);
    list.hidden = true;
  };
  const pick = (s: Suggestion | undefined): void => {
    if (!s) return;
    input.value = s.name;
    close();
    onPick(s.key);
  };
  const render = (): void => {
    replace(list, ...current.map((s, i) =>
      h('li', { class: i === active ? 'active' : '', attrs: { role: 'option', 'data-key': s.key }, on: { mousedown: (e) => { e.preventDefault(); pick(s); } } },
        swatch(s.type), h('span', { class: 'name' }, s.name), h('span', { class: 'via' }, `${s.type} · ${s.via}`))));
    list.hidden = current.length === 0;
  };
  const update = (): void => {
    current = getIndex().query(input.value);
    active = current.length ? 0 : -1;
    render();
  };
  input.addEventListener('input', () => {
    update();
    const index = getIndex();
    if (!index.pinyinReady) void index.ready.then(() => { if (document.activeElement === input) update(); });
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!current.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + current.length) % current.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const index = getIndex();
      if (!current.length && !index.pinyinReady) {
        void index.ready.then(() => pick(index.query(input.value)[0]));
        return;
      }
      if (!current.length) current = index.query(input.value);
      pick(current[Math.max(0, active)]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
