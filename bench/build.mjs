// Builds what the benchmark pages load into bench/.build/ (ignored by git): our production bundle, the
// floor element, and the SurveyJS copy of the default script, generated from src/content.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle, bundleFile, bundleOptions } from '../scripts/bundle-config.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
/** Where the built files go. */
export const outDir = join(root, 'bench/.build');

/** The file name of our bundle in bench/.build/: the same name, and the same build settings, as the one that ships. */
export { bundleFile };

// The floor is built the way the bundle is (esbuild, then terser's second pass), so the difference between them is
// what the code does.
const production = { bundle: true, minify: true, format: 'esm', target: 'es2022', legalComments: 'none', logLevel: 'warning' };

/** Builds everything; resolves when bench/.build/ holds our bundle, floor.js and survey-script.js. */
export async function buildAll() {
  mkdirSync(outDir, { recursive: true });
  await Promise.all([
    // scripts/bundle-config.mjs holds the shipped bundle's esbuild settings: measure exactly what ships.
    buildBundle({ ...bundleOptions(outDir), absWorkingDir: root }),
    buildBundle({ ...production, absWorkingDir: root, entryPoints: ['bench/floor.ts'], outfile: join(outDir, 'floor.js') }),
    // The generator runs here in Node; only the JSON it writes goes to the browser.
    build({
      absWorkingDir: root,
      entryPoints: ['bench/survey-script.ts'],
      outfile: join(outDir, 'survey-script-generator.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    }),
  ]);
  const { surveyScript } = await import(pathToFileURL(join(outDir, 'survey-script-generator.mjs')).href);
  const json = await surveyScript();
  // A host would ship the survey JSON with its page; as a script it is counted with SurveyJS's JavaScript.
  writeFileSync(join(outDir, 'survey-script.js'), `window.benchSurveyJson=${JSON.stringify(json)};\n`);
  return { pages: json.pages.length };
}

/** Builds bench/.build/wcg.debug.js: the same bundle unminified, so a profile names the functions and files of the source. */
export async function buildDebug() {
  mkdirSync(outDir, { recursive: true });
  const options = bundleOptions(outDir);
  await build({ ...options, minify: false, absWorkingDir: root, entryPoints: { 'wcg.debug': Object.values(options.entryPoints)[0] } });
}
