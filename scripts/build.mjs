#!/usr/bin/env node
// Builds the one-file bundle a trust pastes into its page, and prints its gzipped size.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const outfile = 'dist/wellbeing-conversation-guide.js';

await build({
  entryPoints: ['src/register.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile,
  legalComments: 'none',
  logLevel: 'warning',
});

const bytes = readFileSync(outfile);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${outfile}: ${kib(bytes.length)} minified, ${kib(gzipSync(bytes, { level: 9 }).length)} gzipped`);
