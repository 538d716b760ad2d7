#!/usr/bin/env node
// Checks the bundle against the budget in docs/design.md ("Budgets"): every element with the en-GB text, at most 50 KiB
// gzipped. Prints the size either way and exits 1 when it is over. `--breakdown` also prints where
// the bytes go, as the Markdown table in docs/performance.md; `--floor` prints what the dependencies
// and the en-GB text alone come to.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { bundleFile, bundleOptions, gzipSize, kib, sizeBudget } from './bundle-config.mjs';

const litPackages = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);

/** The row of the breakdown a bundled file counts towards. */
export function groupOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'node_modules') {
    const name = parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
    return litPackages.has(name) ? 'lit' : name;
  }
  if (parts[0] === 'locales') return `en-GB text: ${parts[2].replace(/\.json$/, '')}`;
  if (parts[0] === 'components') return `components/${parts[1]}`;
  if (parts[0] === 'src' && parts[1] === 'content' && parts.length > 3) return `src/content/${parts[2]}`;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Builds the bundle in memory; resolves to its bytes and esbuild's metafile. */
export async function measure(extra = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'wcg-size-'));
  try {
    const result = await build({ ...bundleOptions(outdir), write: false, metafile: true, ...extra });
    const js = result.outputFiles.find((file) => file.path.endsWith(bundleFile));
    const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(bundleFile))[1];
    return { bytes: js.contents, inputs: output.inputs };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Decodes one source-map segment: base64 VLQ numbers, each a delta from the previous segment.
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = base64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Splits the minified bundle by the source file each stretch of it came from (via its source map),
 * so each group's share can be gzipped on its own. Gzip works across the whole file, so the groups
 * gzipped apart add up to a little more than the bundle gzipped whole.
 */
function textByGroup(code, map, outdir) {
  const lines = code.split('\n');
  const groups = new Map();
  const add = (group, text) => groups.set(group, (groups.get(group) ?? '') + text);
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? '';
    let column = 0;
    const segments = line ? line.split(',').map(decodeSegment) : [];
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      const end = i + 1 < segments.length ? column + decodeSegment(line.split(',')[i + 1])[0] : text.length;
      const path = relative(process.cwd(), resolve(outdir, map.sources[source]));
      add(segment.length > 1 ? groupOf(path) : 'bundle glue', text.slice(column, end));
    });
  });
  return groups;
}

/** Every group with its minified bytes and its gzipped size on its own, largest first; `extra` overrides esbuild options. */
export async function breakdown(extra = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'wcg-size-'));
  try {
    const result = await build({ ...bundleOptions(outdir), write: false, sourcemap: 'external', sourcesContent: false, ...extra });
    // The main file only: each language is a chunk of its own, loaded when asked for.
    const js = result.outputFiles.find((file) => file.path.endsWith(`/${bundleFile}`));
    const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith(`/${bundleFile}.map`)).text);
    const code = js.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
    const rows = [...textByGroup(code, map, outdir)].map(([group, text]) => ({
      group,
      minified: Buffer.byteLength(text),
      gzipped: gzipSize(Buffer.from(text)),
    }));
    return { total: gzipSize(Buffer.from(code)), rows: rows.filter((row) => row.minified > 0).sort((a, b) => b.gzipped - a.gzipped) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * What the budget has to hold before any of our own code: the four fixed dependencies and the en-GB text
 * every element shows, bundled and gzipped together with the shipped settings. Resolves to gzipped bytes.
 */
export async function floor() {
  const outdir = mkdtempSync(join(tmpdir(), 'wcg-size-'));
  const contents = [
    "export { LitElement, html, css, nothing } from 'lit';",
    "export { property, state } from 'lit/decorators.js';",
    "export { ContextProvider, ContextConsumer, createContext } from '@lit/context';",
    "export { setup, createActor, assign } from 'xstate';",
    "export { default as i18next } from 'i18next';",
    "export { sourceResources } from './src/i18n/resources.js';",
  ].join('\n');
  try {
    const { entryPoints, ...options } = bundleOptions(outdir);
    const result = await build({ ...options, stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'floor.ts' }, write: false });
    return gzipSize(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { bytes } = await measure();
  const gzipped = gzipSize(bytes);
  console.log(`${bundleFile} (every element, en-GB): ${kib(bytes.length)} minified, ${kib(gzipped)} gzipped; budget ${kib(sizeBudget)} gzipped`);
  if (process.argv.includes('--breakdown')) {
    const { rows } = await breakdown();
    const shown = rows.filter((row) => row.gzipped >= 1024);
    const rest = rows.filter((row) => row.gzipped < 1024);
    console.log('\n| part | minified | gzipped on its own |\n| --- | ---: | ---: |');
    for (const row of shown) console.log(`| ${row.group} | ${kib(row.minified)} | ${kib(row.gzipped)} |`);
    const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
    if (rest.length) console.log(`| ${rest.length} smaller parts | ${kib(sum(rest, 'minified'))} | ${kib(sum(rest, 'gzipped'))} |`);
  }
  if (process.argv.includes('--floor')) {
    console.log(`lit, @lit/context, xstate and i18next with the en-GB text, no code of ours: ${kib(await floor())} gzipped`);
  }
  if (gzipped > sizeBudget) {
    console.error(`The bundle is ${kib(gzipped - sizeBudget)} over its ${kib(sizeBudget)} gzipped budget.`);
    process.exitCode = 1;
  }
}
