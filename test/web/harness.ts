/**
 * Browser test harness: writes fixture graphs to a temporary folder, starts
 * the viewer's Vite server on a free port of 127.0.0.1 serving that folder at
 * ./graph/, and launches Debian's Chromium through playwright-core.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { createServer, preview, build, type PreviewServer, type ViteDevServer } from 'vite';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle',
];

/** Launch Chromium; throws a clear error when it is not installed (never skips). */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH; the viewer's browser tests need it`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'replygraph-chromium-'));
  // a fresh --user-data-dir: playwright passes `profile` as Chromium's user data dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A temporary folder of graph files, served at ./graph/ by the viewer. */
export function graphDir(files: Record<string, unknown>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'replygraph-graphs-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Served { url: string; close: () => Promise<void> }

/** The Vite dev server of web/ on a free port, serving `dir` at ./graph/. */
export async function startDevServer(dir: string): Promise<Served> {
  process.env.REPLYGRAPH_GRAPH_DIR = dir;
  const server: ViteDevServer = await createServer({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite: no address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Build web/ into `outDir` and serve it with `vite preview` on a free port, `dir` at ./graph/. */
export async function startPreview(dir: string, outDir: string): Promise<Served> {
  process.env.REPLYGRAPH_GRAPH_DIR = dir;
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview: no address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Build web/ into `outDir` (copying `dir`/graph.json into it), without serving it. */
export async function buildSite(dir: string, outDir: string): Promise<void> {
  process.env.REPLYGRAPH_GRAPH_DIR = dir;
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A plain static file server (no Vite) on a free port, serving `root` under `prefix`. */
export async function staticServer(root: string, prefix = '/'): Promise<Served> {
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no address');
  return { url: `http://127.0.0.1:${address.port}${prefix}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
