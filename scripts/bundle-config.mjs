// The esbuild settings for the one-file bundle, shared by the build, the size check and the tests,
// so what is measured and tested is exactly what ships.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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
  /^src\/persist\/(session|session-start|session-store|tab-lock|idb)\.ts$/,
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

/** Gzipped size at the level a web server would use for static files. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
