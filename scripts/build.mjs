#!/usr/bin/env node
// Builds what the package ships, into dist/ (or the folder after --outdir):
//   wellbeing-conversation-guide.js   registers the elements; with the chunk it imports, the conversation and the
//                                     en-GB text of its first stage
//   define.js                         the same, registering nothing until defineElements(registry) is called
//   elements/                         each file fetched when first used: the other elements, the later stages, the
//                                     optional features
//   chunks/                           code the files share, and each language file (and the en-GB text not in the
//                                     main chunk), imported on demand
//   react/index.js                    the React wrappers, importing the main file and the element files
//   report.js                         <wcg-evaluation-report> alone, with both its languages (HR's report pages only)
//   core.js                           everything that needs no DOM (src/core.ts), for Node and browsers
//   evaluation.js, evaluation.d.ts    the evaluation aggregation (src/evaluation), for Node and browsers
//   cli.js                            the command line behind bin/wellbeing-conversation-guide.mjs
//   locales/<lang>/*.json             the same files as JSON, for a host that serves them itself (`locales-base`)
//   types/                            TypeScript declarations
// and prints the gzipped size of the main file with what it imports.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle, bundleFile, bundleOptions, gzipSize, kib } from './bundle-config.mjs';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = values.outdir;

/**
 * The React entry imports the elements from the main entry; in the build that import becomes the
 * bundle itself, so a page that uses the wrappers loads lit and the elements once. Any other import
 * of the project's own code would be a second copy, so it stops the build.
 */
const mainBundleAsExternal = {
  name: 'main-bundle-as-external',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const fromReact = resolve('src/react');
      if (target.startsWith(fromReact)) return undefined;
      if (target === resolve('src/register.js')) return { path: `../${bundleFile}`, external: true };
      const element = relative(resolve('src/elements'), target);
      if (!element.startsWith('..') && !element.includes('/')) return { path: `../elements/${element}`, external: true };
      return { errors: [{ text: `${relative('.', args.importer)} imports ${args.path}: the React wrappers may import the elements only through ../register.js and ../elements/` }] };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });

await buildBundle(bundleOptions(outdir));

// The React wrappers and the report: each one minified ES module for browsers (esbuild, then terser's second pass,
// as the bundle), with licence comments left out.
const browserModule = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none', logLevel: 'warning' };

await buildBundle({
  ...browserModule,
  entryPoints: { index: 'src/react/index.ts' },
  outdir: join(outdir, 'react'),
  external: ['react', '@lit/react'],
  plugins: [mainBundleAsExternal],
});

// The evaluation report stands apart: only HR's report pages load it, and the command line inlines it into a
// report file, so it carries its own copy of lit and its words in both languages.
await buildBundle({
  ...browserModule,
  entryPoints: { report: 'src/report.ts' },
  charset: 'utf8',
  outdir,
});

// The DOM-free entry, for a server as much as a page: nothing in it touches the DOM, and it registers nothing.
// Its dependencies stay imports (as @lit/react does in the React entry), so the host's one xstate runs the
// machine it exports; the en-GB text that checkConfig compares against is inside.
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  entryPoints: { core: 'src/core.ts' },
  bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', charset: 'utf8', outdir,
  external: Object.keys(dependencies), legalComments: 'none', logLevel: 'warning',
});

await build({
  entryPoints: { evaluation: 'src/evaluation/index.js' },
  bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outdir, legalComments: 'none', logLevel: 'warning',
});
cpSync('src/evaluation/index.d.ts', join(outdir, 'evaluation.d.ts'));
// The command line needs only Node; esbuild stays external (it is used only when no report.js is found).
await build({
  entryPoints: { cli: 'scripts/report-cli.mjs' },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', outdir, external: ['esbuild'], legalComments: 'none', logLevel: 'warning',
});

// Every other language is copied as it is too, for a host that points `locales-base` at its own copy. Most en-GB text is inside the bundle;
// the en-GB files it does not hold (the practice scenarios, the config editor's words: the namespaces
// src/i18n/resources.ts does not import) are fetched like another language, so they are copied too.
// (en-GB's meta.json is never fetched: the source language is reviewed by definition.)
const bundledEnglish = new Set([...readFileSync('src/i18n/resources.ts', 'utf8').matchAll(/locales\/en-GB\/([\w-]+\.json)/g)].map((m) => m[1]));
if (existsSync('locales')) {
  for (const lang of readdirSync('locales', { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    if (lang.name !== 'en-GB') cpSync(join('locales', lang.name), join(outdir, 'locales', lang.name), { recursive: true });
    else {
      for (const file of readdirSync(join('locales', 'en-GB'))) {
        // The report's words are inside report.js in both languages, never fetched.
        if (file.endsWith('.json') && file !== 'meta.json' && file !== 'report.json' && !bundledEnglish.has(file)) cpSync(join('locales', 'en-GB', file), join(outdir, 'locales', 'en-GB', file));
      }
    }
  }
}

// Declarations only; esbuild has already written the JavaScript.
execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(outdir, 'types')], { stdio: 'inherit' });
// src/evaluation is JavaScript with its declarations written by hand, which tsc does not copy; the declarations
// of the report and of core.ts import them from beside the others.
cpSync('src/evaluation/index.d.ts', join(outdir, 'types', 'src', 'evaluation', 'index.d.ts'));

// The main file and the files it imports statically: what a page holding a conversation downloads first.
const firstDownload = [];
for (const queue = [join(outdir, bundleFile)]; queue.length; ) {
  const file = queue.shift();
  if (firstDownload.includes(file)) continue;
  firstDownload.push(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:^|[;}\n])import(?:[^'"()]*?from)?\s*["'](\.[^"']+)["']/g)) queue.push(join(file, '..', path));
}
const bytes = Buffer.concat(firstDownload.map((file) => readFileSync(file)));
const gzipped = firstDownload.reduce((total, file) => total + gzipSize(readFileSync(file)), 0);
console.log(`${join(outdir, bundleFile)} and the ${firstDownload.length - 1} files it imports: ${kib(bytes.length)} minified, ${kib(gzipped)} gzipped`);
const report = readFileSync(join(outdir, 'report.js'));
console.log(`${join(outdir, 'report.js')}: ${kib(report.length)} minified, ${kib(gzipSize(report))} gzipped`);
