#!/usr/bin/env node
// Writes src/i18n/locale-modules.ts: one import with a fixed path for every language file the guide may load
// on demand. Fixed paths are what every bundler follows (esbuild, webpack, Rollup, Vite), each file becoming
// a chunk of its own; a path built at run time is one they cannot. `npm run locales` after adding a file to
// locales/; scripts/locale-modules.test.mjs fails while the module is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const modulePath = fileURLToPath(new URL('src/i18n/locale-modules.ts', root));

/** The language files loaded on demand: every language's, but the en-GB text inside the bundle and en-GB's meta.json. */
export function onDemandFiles() {
  const resources = readFileSync(new URL('src/i18n/resources.ts', root), 'utf8');
  const bundled = new Set([...resources.matchAll(/locales\/en-GB\/([\w-]+)\.json/g)].map((m) => m[1]));
  const files = [];
  for (const language of readdirSync(new URL('locales/', root), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(new URL(`locales/${language}/`, root)).filter((f) => f.endsWith('.json')).sort()) {
      const namespace = file.slice(0, -'.json'.length);
      if (language === 'en-GB' && (bundled.has(namespace) || namespace === 'meta')) continue;
      files.push(`${language}/${namespace}`);
    }
  }
  return files;
}

/** The module's text. */
export function renderLocaleModules(files = onDemandFiles()) {
  const lines = files.map((file) => `  '${file}': () => import('../../locales/${file}.json', { with: { type: 'json' } }),`);
  return `// Generated from the files in locales/ by \`npm run locales\` (scripts/locale-modules.mjs): do not edit.

/**
 * Every language file loaded on demand, by \`<language>/<namespace>\`, each an import with a fixed path so that a
 * host's bundler, and the package's own build, make it a file of its own, fetched only when first asked for.
 */
export const localeModules: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
${lines.join('\n')}
};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(modulePath, renderLocaleModules());
  console.log(`${modulePath}: ${onDemandFiles().length} language files`);
}
