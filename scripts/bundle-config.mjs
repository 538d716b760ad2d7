// The esbuild settings for the one-file bundle, shared by the build, the size check and the tests,
// so what is measured and tested is exactly what ships.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The bundle's file name inside the output folder. */
export const bundleFile = 'wellbeing-conversation-guide.js';

/** The budget in docs/design.md, "Budgets": every element with the en-GB text, gzipped. */
export const sizeBudget = 50 * 1024;

/** esbuild options for the bundle: every element, en-GB inside, one minified ES module, each other language a chunk. */
export function bundleOptions(outdir = 'dist') {
  return {
    entryPoints: { 'wellbeing-conversation-guide': 'src/register.ts' },
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

/** Gzipped size at the level a web server would use for static files. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
