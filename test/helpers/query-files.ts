import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCypherString } from './cypher-lint.js';

export const QUERY_DIR = join(import.meta.dirname, '..', '..', 'graph', 'queries');

export interface QueryFile {
  file: string;
  text: string;
  /** the leading // comment: what the query answers */
  comment: string;
  /** `:param name => '…';` defaults */
  params: Record<string, string>;
  /** the query without comment and :param lines */
  query: string;
}

export function readQueryFiles(): QueryFile[] {
  return readdirSync(QUERY_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(QUERY_DIR, file), 'utf8');
      const comment: string[] = [];
      const params: Record<string, string> = {};
      const body: string[] = [];
      for (const line of text.split('\n')) {
        const p = /^:param (\w+) => (.*);$/.exec(line);
        if (p) params[p[1]!] = decodeCypherString(p[2]!).value;
        else if (line.startsWith('//') && !body.length) comment.push(line.replace(/^\/\/\s?/, ''));
        else body.push(line);
      }
      return { file, text, comment: comment.join(' '), params, query: body.join('\n').trim().replace(/;$/, '') };
    });
}
