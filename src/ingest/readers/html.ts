import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import rules from '../data/html.json' with { type: 'json' };
import { decodeText } from '../decode.js';
import { normaliseCharsetLabel } from '../detect.js';
import { cellsOf, rowLine } from '../table-rows.js';
import type { ReaderResult } from './types.js';

const DROP_TAGS = rules.dropTags.join(',');
const DROP_CLASS = new RegExp(rules.dropClassOrId, 'i');
const BLOCK = new Set(rules.blockTags);
const HAN_BREAK = /([\p{Script=Han}，。、；：“”（）《》])[ \t]*[\r\n][ \t\r\n]*(?=[\p{Script=Han}，。、；：“”（）《》])/gu;

/**
 * A web page: decode it in its declared charset (<meta charset>, http-equiv) or a detected one,
 * drop page chrome, choose the main content block by text density, and turn it into lines.
 * The <h1> of the content, else a line above the article that names a reply, else the <title> without its
 * site suffix becomes the title hint.
 */
export function readHtml(bytes: Uint8Array): ReaderResult {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const $ = cheerio.load(decoded.text);
  const pageTitle = pageTitleOf($);
  $(DROP_TAGS).remove();
  const total = textLength($('body').text());
  $('body [class], body [id]').each((_, el) => {
    const key = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (DROP_CLASS.test(key) && textLength($(el).text()) <= total * rules.keepShare) $(el).remove();
  });
  // the <h1> left once the chrome is gone (a logo in the page header is often an <h1> too)
  const h1 = squash($('h1').first().text());
  const body = $('body').get(0) ?? $.root().get(0);
  const main = body ? mainBlock(body as Element) : null;
  const text = main ? linesOf(main) : '';
  const pageText = body && main !== body ? linesOf(body as Element) : '';
  // the title: the <h1>, a line above the article that names a reply (a bold table cell on older portals), the <title>
  const titleHint = [h1, replyLineOutside(pageText, text), pageTitle].find((t) => t && TITLE_CUE.test(t)) || h1 || pageTitle;
  // the page's metadata table (文号, 成文日期 …) often sits outside the main block: its fields lead the text
  const meta = pageText ? metadataLines(pageText, text) : [];
  // so does the title a portal sets above the article (…关于市政协五届三次会议第106号提案的答复)
  if (titleHint && leadsWithoutTitle(titleHint, text)) meta.push(titleHint);
  return { text: meta.length ? `${meta.join('\n')}\n\n${text}` : text, encoding: decoded.encoding, titleHint, warnings: decoded.warnings };
}

const TITLE_CUE = new RegExp(rules.titleLeadCues.join('|'));

/** A line of the page outside the article that names a reply (…关于市十一届人大三次会议第0089号建议的答复), short as a title is. */
function replyLineOutside(pageText: string, mainText: string): string | null {
  if (!pageText) return null;
  for (const line of pageText.split('\n')) {
    const l = line.trim();
    if (l.length >= 8 && l.length <= rules.titleMaxChars && TITLE_CUE.test(l) && /关于|对/.test(l) && !mainText.includes(l)) return l;
  }
  return null;
}

/** Does the page title name a reply while no line of the article above its salutation (张三委员：) does? */
function leadsWithoutTitle(title: string, text: string): boolean {
  if (!TITLE_CUE.test(title)) return false;
  for (const line of text.split('\n')) {
    if (TITLE_CUE.test(line)) return false;
    if (/[:：]\s*$/.test(line)) break;
  }
  return true;
}

const META_LABEL = new RegExp(`^(${rules.metadataLabels.join('|')})\\s*[:：]\\s*(.*)$`);

/**
 * "label：value" lines of the metadata labels in a page's text (the value on
 * the same line or, from a table, on the next), unless the main text holds the value already.
 */
function metadataLines(pageText: string, mainText: string): string[] {
  // a data row's cells (see dataCells) are fields of their own
  const lines = pageText.split('\n').flatMap(cellsOf).map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = META_LABEL.exec(lines[i]!);
    if (!m) continue;
    let value = m[2]!.trim();
    if (!value && i + 1 < lines.length && !META_LABEL.test(lines[i + 1]!)) value = lines[++i]!;
    // a line may hold several fields (文号：… 发布日期：…): keep this label's value only
    value = value.split(/\s{2,}|\s(?=[\p{Script=Han}]{2,6}[:：])/u)[0]!.trim();
    if (value && value.length <= 60 && !mainText.includes(value) && !out.some((o) => o.startsWith(`${m[1]}：`))) out.push(`${m[1]}：${value}`);
  }
  return out;
}

/**
 * Lines of an HTML fragment made by a converter, not a web page (a .docx through mammoth):
 * every block on its own line, data tables as rows of tab-separated cells; no chrome to drop.
 */
export function fragmentLines(html: string): string {
  const $ = cheerio.load(html);
  const root = $('body').get(0) ?? $.root().get(0);
  return root ? linesOf(root as Element) : '';
}

/** The charset a page declares in its first 4 KiB, normalised to an iconv-lite name. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? normaliseCharsetLabel(m[1]!) : null;
}

/** The <title> without the site name after a separator. */
function pageTitleOf($: cheerio.CheerioAPI): string | null {
  let t = squash($('title').first().text());
  for (const sep of rules.titleSuffixSeparators) {
    const i = t.indexOf(sep);
    if (i > 0) t = t.slice(0, i).trim();
  }
  return t || null;
}

function textLength(s: string): number {
  return s.replace(/\s+/g, '').length;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Weight {
  text: number;
  link: number;
}

/**
 * The main content block: starting at <body>, descend into the child that holds most of the
 * non-link text as long as it holds at least 70 % of it — the innermost element that still
 * contains nearly all the prose. Link-heavy blocks (menus, lists of other articles) weigh little.
 */
function mainBlock(root: Element): Element {
  const weights = new Map<AnyNode, Weight>();
  weigh(root, false, weights);
  let node = root;
  for (;;) {
    const own = prose(weights.get(node)!);
    let best: Element | null = null;
    let bestProse = 0;
    for (const c of node.children) {
      if (c.type !== 'tag') continue;
      const p = prose(weights.get(c)!);
      if (p > bestProse) {
        best = c as Element;
        bestProse = p;
      }
    }
    if (!best || own === 0 || bestProse < own * 0.7) return node;
    node = best;
  }
}

function prose(w: Weight): number {
  return Math.max(0, w.text - w.link * 2);
}

function weigh(node: AnyNode, inLink: boolean, weights: Map<AnyNode, Weight>): Weight {
  const w: Weight = { text: 0, link: 0 };
  if (node.type === 'text') {
    const n = (node as unknown as { data: string }).data.replace(/\s+/g, '').length;
    w.text = n;
    if (inLink) w.link = n;
  } else if ('children' in node) {
    const link = inLink || (node.type === 'tag' && (node as Element).name === 'a');
    for (const c of (node as Element).children) {
      const cw = weigh(c, link, weights);
      w.text += cw.text;
      w.link += cw.link;
    }
  }
  weights.set(node, w);
  return w;
}

/** The text of a node, whitespace collapsed. */
function plainText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  return (node as Element).children.map(plainText).join('');
}

/** The cells of a data row (every cell short: a figure, a label, a year), or null for a row that lays out a page. */
function dataCells(tr: Element): string[] | null {
  const cells = tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
  if (cells.length < 2) return null;
  const texts = cells.map((c) => squash(plainText(c).replace(HAN_BREAK, '$1')));
  return texts.every((t) => t.length <= rules.dataCellMaxChars) && texts.some(Boolean) ? texts : null;
}

/** Text of an element with block elements on their own lines and inline whitespace collapsed. */
function linesOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      // a source line break between two Chinese characters is not a space (课程体⏎系 → 课程体系)
      const data = (node as unknown as { data: string }).data;
      parts.push(data.replace(HAN_BREAK, '$1').replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const cells = el.name === 'tr' ? dataCells(el) : null;
    if (cells) {
      parts.push(`\n${rowLine(cells)}\n`);
      return;
    }
    const block = BLOCK.has(el.name);
    if (block) parts.push('\n');
    for (const c of el.children) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n');
}
