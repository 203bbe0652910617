import { lintCypherQuery } from '@neo4j-cypher/language-support';

/** Syntax errors Neo4j's own parser (@neo4j-cypher/language-support) finds in a Cypher text. */
export function cypherErrors(text: string, opts: { consoleCommands?: boolean } = {}): string[] {
  const { diagnostics } = lintCypherQuery(text, {}, { consoleCommandsEnabled: opts.consoleCommands ?? false });
  return diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

/**
 * An independent decoder of a Cypher string literal (single- or double-quoted)
 * starting at `text[at]`: returns its value and the offset after it.
 * Escapes per the Cypher manual: \\ \' \" \t \b \n \r \f \uXXXX \UXXXXXXXX.
 */
export function decodeCypherString(text: string, at = 0): { value: string; end: number } {
  const quote = text[at];
  if (quote !== "'" && quote !== '"') throw new Error(`no string literal at ${at}`);
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', t: '\t', b: '\b', n: '\n', r: '\r', f: '\f' };
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === quote) return { value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[++i]!;
    if (simple[e] !== undefined) out += simple[e];
    else if (e === 'u') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e === 'U') {
      out += String.fromCodePoint(parseInt(text.slice(i + 1, i + 9), 16));
      i += 8;
    } else throw new Error(`bad escape \\${e} at ${i}`);
  }
  throw new Error('unterminated string literal');
}
