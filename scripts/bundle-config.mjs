// The settings and the build step of the bundle (esbuild, then terser's second pass: `buildBundle`), shared by the
// build, the size check, the benchmark and the tests, so what is measured and tested is exactly what ships.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The bundle's file name inside the output folder. */
export const bundleFile = 'wellbeing-conversation-guide.js';

/** The budget in docs/design.md, "Budgets": gzipped JavaScript with the en-GB text, each file gzipped on its own. */
export const budgets = {
  /** What a page holding only `<wcg-conversation>` (no `persist`, `evaluation` or previous record) fetches first. */
  firstDownload: 55 * 1024,
  /** That, with everything the conversation fetches on its way through every stage. */
  wholeConversation: 95 * 1024,
};

/**
 * Sources that are loaded apart, when first used, and so count in neither line: the other elements, every language
 * but the en-GB text of the conversation, and the optional features.
 */
export const loadedApart = [
  /^src\/elements\/(?!stages-)/,
  /^locales\/(?!en-GB\/)/,
  /^locales\/en-GB\/(configure|practice|report)\.json$/,
  /^node_modules\/lean-qr\//,
  // The evaluation payload (`evaluation`) and the reader of the last record (`.previousRecord`).
  /^src\/record\/(evaluation|parse-record)\.ts$/,
  // The config check that knows every text (a config that rewords the guide's text).
  /^src\/i18n\/check-config\.ts$/,
  // Keeping drafts (`persist`): the draft format and its checks, the session store, its encryption and tab lock.
  /^src\/persist\/(?!draft-limits\.ts$)/,
  /^components\/conversation\/drafts\.ts$/,
];

/** esbuild options for the bundle: every element, en-GB inside, one minified ES module, each other language a chunk. */
export function bundleOptions(outdir = 'dist') {
  return {
    // The main file, and each public element outside a conversation as a file of its own (src/define.ts fetches
    // it when its tag is first used; the React wrappers import it).
    entryPoints: {
      'wellbeing-conversation-guide': 'src/register.ts',
      // The same without registering anything, for a host with a scoped registry (`defineElements(registry)`).
      define: 'src/index.ts',
      'elements/practice': 'src/elements/practice.ts',
      'elements/config-editor': 'src/elements/config-editor.ts',
      'elements/prep-sheet': 'src/elements/prep-sheet.ts',
      'elements/plan-summary': 'src/elements/plan-summary.ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    // Module scripts are always decoded as UTF-8, so the en-GB text can keep its curly quotes and
    // dashes as they are instead of as \u escapes.
    charset: 'utf8',
    // Each language file src/i18n/locales.ts imports becomes a chunk of its own in chunks/, loaded when first
    // asked for, by a fixed path relative to the main script: the host's bundler follows it, and so does a
    // browser given only a script tag.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // The version each registered element carries (src/define.ts), to tell two copies on one page apart.
    define: { WCG_VERSION: JSON.stringify(version) },
    // The licence notices of lit, xstate and i18next go into a file beside the bundle, not into it.
    legalComments: 'external',
    logLevel: 'warning',
  };
}

/**
 * Terser's settings for the second pass over esbuild's output: esbuild minifies as it bundles, terser then folds
 * what esbuild leaves (constants used once, repeated property reads, sequences), going over it twice.
 * Nothing here is unsafe: no assumed purity, no renamed properties.
 */
export const secondPass = { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true, format: { comments: false } };

/** An output file as esbuild gives one, for contents made after the build. */
function outputFile(path, contents) {
  return { path, contents, hash: '', get text() { return Buffer.from(contents).toString('utf8'); } };
}

/**
 * Builds with esbuild as `options` say, then minifies every JavaScript file a second time with terser (`secondPass`),
 * carrying a source map through when esbuild made one. Writes the files unless `options.write` is false; resolves to
 * esbuild's result with the files as shipped in `outputFiles`. The build, the size check, the benchmark and the tests
 * of the built files all build through this, so what is measured is what ships.
 */
export async function buildBundle(options) {
  const result = await build({ ...options, write: false, metafile: true });
  const outputs = Object.entries(result.metafile.outputs).map(([path, output]) => [resolve(options.absWorkingDir ?? process.cwd(), path), output]);
  // A language file is one object esbuild has already written as tightly as it can: terser would only take time.
  const textOnly = new Set(outputs.filter(([, output]) => Object.keys(output.inputs).length > 0 && Object.keys(output.inputs).every((input) => input.endsWith('.json'))).map(([path]) => path));
  const maps = new Map(result.outputFiles.filter((file) => file.path.endsWith('.js.map')).map((file) => [file.path.slice(0, -'.map'.length), file]));
  const files = [];
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js.map')) continue;
    const map = maps.get(file.path);
    if (!file.path.endsWith('.js') || textOnly.has(file.path)) {
      files.push(file);
      if (map) files.push(map);
      continue;
    }
    const code = file.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
    const sourceMap = map ? { content: map.text, url: `${basename(file.path)}.map` } : false;
    const minified = await minify({ [basename(file.path)]: code }, { ...secondPass, sourceMap });
    files.push(outputFile(file.path, Buffer.from(minified.code)));
    if (map) files.push(outputFile(map.path, Buffer.from(minified.map)));
  }
  if (options.write !== false) {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
  }
  return { ...result, outputFiles: files };
}

/** Gzipped size at the level a web server would use for static files. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
