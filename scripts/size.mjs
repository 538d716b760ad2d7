#!/usr/bin/env node
// Checks the built files against the budget in docs/design.md ("Budgets"), gzipped, with the en-GB text:
//   first download   what a page holding only <wcg-conversation> fetches before the first stage shows: the main
//                    file and every file it imports statically;
//   whole conversation  that, plus every file the conversation fetches as it goes through all its stages in en-GB;
//   own files        each other element, each language and each optional feature is a file of its own, in neither.
// Prints every line either way and exits 1 when one fails. `--breakdown` also prints where the first download's
// bytes go (before terser's second pass), as the Markdown table in docs/performance.md; `--floor` prints what the
// dependencies and the en-GB text alone come to.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { budgets, buildBundle, bundleFile, bundleOptions, gzipSize, kib, loadedApart } from './bundle-config.mjs';

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

/**
 * Builds in memory and follows the imports from the main file. Resolves to the files of the first download (the main
 * file and what it imports statically) and of the whole conversation (those, with every file fetched on demand that is
 * not loaded apart: not another element, language or optional feature), each `{ path, bytes, inputs }`, and to the
 * sources found in either that should have been loaded apart.
 */
export async function measure(extra = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'wcg-size-'));
  try {
    const result = await buildBundle({ ...bundleOptions(outdir), write: false, metafile: true, ...extra });
    return filesOf(result);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The first download, the whole conversation and the misplaced sources (see `measure`) of an in-memory build. */
function filesOf(result) {
  const outputs = result.metafile.outputs;
  const outputFile = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file]));
  const main = Object.keys(outputs).find((path) => path.endsWith(`/${bundleFile}`));
  const isApart = (path) => loadedApart.some((pattern) => pattern.test(path));
  const follow = (dynamic) => {
    const seen = new Set();
    const stack = [main];
    while (stack.length) {
      const path = stack.pop();
      if (seen.has(path)) continue;
      seen.add(path);
      for (const link of outputs[path].imports) {
        if (link.external) continue;
        if (link.kind === 'import-statement') stack.push(link.path);
        else if (dynamic && link.kind === 'dynamic-import' && !isApart(outputs[link.path].entryPoint ?? '')) stack.push(link.path);
      }
    }
    return [...seen].map((path) => ({ path, file: outputFile.get(path), bytes: outputFile.get(path).contents, inputs: outputs[path].inputs }));
  };
  const first = follow(false);
  const whole = follow(true);
  const misplaced = [...new Set(whole.flatMap((f) => Object.keys(f.inputs)).filter(isApart))];
  return { first, whole, misplaced, outputFile };
}

/** The gzipped size of some files, each gzipped on its own as a server sends it. */
export function gzippedTotal(files) {
  return files.reduce((total, file) => total + gzipSize(file.bytes), 0);
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

/**
 * Every group with its minified bytes and its gzipped size on its own, largest first; `extra` overrides esbuild options.
 * Measured on esbuild's output before terser's second pass (scripts/bundle-config.mjs, `buildBundle`): terser's
 * source map leaves long strings (the styles, the text) unmapped, so the parts would not add up. The second pass
 * takes about 2.5 % off every part alike.
 */
export async function breakdown(extra = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'wcg-size-'));
  try {
    const result = await build({ ...bundleOptions(outdir), write: false, metafile: true, sourcemap: 'external', sourcesContent: false, ...extra });
    const { first, outputFile } = filesOf(result);
    // The files of the first download only: the rest are fetched when asked for.
    const groups = new Map();
    for (const { path, file } of first) {
      const map = JSON.parse(outputFile.get(`${path}.map`).text);
      const code = file.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
      for (const [group, text] of textByGroup(code, map, resolve(file.path, '..'))) groups.set(group, (groups.get(group) ?? '') + text);
    }
    const rows = [...groups].map(([group, text]) => ({ group, minified: Buffer.byteLength(text), gzipped: gzipSize(Buffer.from(text)) }));
    return { total: gzippedTotal(first), rows: rows.filter((row) => row.minified > 0).sort((a, b) => b.gzipped - a.gzipped) };
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
    "export { ContextProvider, ContextConsumer, createContext } from '@lit/context';",
    "export { setup, createActor, assign } from 'xstate';",
    "export { default as i18next } from 'i18next';",
    "export { conversationSourceResources } from './src/i18n/conversation-source-resources.js';",
  ].join('\n');
  try {
    const { entryPoints, ...options } = bundleOptions(outdir);
    const result = await buildBundle({ ...options, stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'floor.ts' }, write: false });
    return gzipSize(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { first, whole, misplaced } = await measure();
  const lines = [
    { name: 'first download of a page holding only <wcg-conversation>', files: first, budget: budgets.firstDownload },
    { name: 'the live conversation with every stage visited', files: whole, budget: budgets.wholeConversation },
  ];
  let failed = false;
  for (const line of lines) {
    const gzipped = gzippedTotal(line.files);
    const over = gzipped > line.budget;
    failed ||= over;
    console.log(`${over ? 'over' : 'ok  '}  ${line.name}: ${kib(gzipped)} gzipped in ${line.files.length} files; budget ${kib(line.budget)}`);
  }
  console.log(`${misplaced.length ? 'over' : 'ok  '}  each other element, language and optional feature in a file of its own, loaded when first used`);
  for (const path of misplaced) console.log(`        ${path} is in the conversation's files`);
  failed ||= misplaced.length > 0;
  if (process.argv.includes('--breakdown')) {
    const { rows } = await breakdown();
    const shown = rows.filter((row) => row.gzipped >= 1024);
    const rest = rows.filter((row) => row.gzipped < 1024);
    console.log('\n| part of the first download | minified | gzipped on its own |\n| --- | ---: | ---: |');
    for (const row of shown) console.log(`| ${row.group} | ${kib(row.minified)} | ${kib(row.gzipped)} |`);
    const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
    if (rest.length) console.log(`| ${rest.length} smaller parts | ${kib(sum(rest, 'minified'))} | ${kib(sum(rest, 'gzipped'))} |`);
  }
  if (process.argv.includes('--floor')) {
    console.log(`lit, @lit/context, xstate and i18next with the en-GB text, no code of ours: ${kib(await floor())} gzipped`);
  }
  if (failed) {
    console.error('The built files are over the budget in docs/design.md ("Budgets").');
    process.exitCode = 1;
  }
}
