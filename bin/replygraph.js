#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript under src/ and compiled to dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('replygraph: dist/ is missing; run `npm install` (or `npm run build`) in ' + fileURLToPath(new URL('..', import.meta.url)));
  process.exit(2);
}
await import(cli.href);
