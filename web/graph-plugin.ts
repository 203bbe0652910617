import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the files of `graphDir` at `<base>graph/` in dev and preview, and copies
 * its graph.json into the build's graph/ folder, so the page opens
 * graph/graph.json by default wherever it is served.
 */
export function serveGraphDir(graphDir: string): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const m = /\/graph\/([^/]+\.(?:json|gexf|cypher))$/.exec(path);
    if (!m) return next();
    const file = normalize(join(graphDir, m[1]!));
    if (!file.startsWith(resolve(graphDir) + sep)) return next();
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end(`not found: graph/${m[1]!}`);
      return;
    }
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    createReadStream(file).pipe(res);
  };
  let outDir = '';
  let building = false;
  return {
    name: 'replygraph-graph-dir',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
    closeBundle() {
      const src = join(graphDir, 'graph.json');
      if (!building || !outDir || !existsSync(src)) return;
      mkdirSync(join(outDir, 'graph'), { recursive: true });
      copyFileSync(src, join(outDir, 'graph', 'graph.json'));
    },
  };
}
