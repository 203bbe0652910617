import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serveGraphDir } from './graph-plugin.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
/** The folder served at ./graph/ (dev and preview) and copied into dist/graph/ (build). */
const graphDir = resolve(process.env.REPLYGRAPH_GRAPH_DIR ?? resolve(repo, 'graph'));

export default defineConfig({
  root: here,
  base: './',
  cacheDir: resolve(here, '.vite'),
  plugins: [serveGraphDir(graphDir)],
  server: { host: '127.0.0.1', fs: { allow: [repo, realpathSync(resolve(repo, 'node_modules'))] } },
  preview: { host: '127.0.0.1' },
  build: { outDir: resolve(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
