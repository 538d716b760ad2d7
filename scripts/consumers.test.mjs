// The packed package in the bundlers and frameworks trusts' web teams use, each app in consumers/ built from the
// unpacked tarball and driven in headless Chromium: consumers/host (the package imported by name, one element in
// a form, in Welsh) by webpack and by Vite; consumers/react (the React wrapper, in TSX) by esbuild;
// consumers/vue (a single-file component) by Vite; consumers/angular (a standalone component) by `ng build`,
// with its own install. Each build must pass without a warning about the package, load the Welsh text from the
// files the bundler made, and reach `wcg-complete`, asking the server for nothing that is not there, with the
// record in the host form's data.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import webpack from 'webpack';
import { build as viteBuild } from 'vite';
import { packAndUnpack, root } from './packed.mjs';
import { installDeepHelpers, launchBrowser, walkToCompletion } from './page-helpers.mjs';
import { startStaticServer } from './static-server.mjs';

let packed;
let browser;

before(async () => {
  packed = packAndUnpack('wcg-consumers-');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (packed) rmSync(packed.dir, { recursive: true, force: true });
});

/**
 * A copy of consumers/<source> inside the host folder, so that the package resolves from its node_modules.
 * What a local install or build may have left in the source folder is not copied.
 */
function app(source, name = `${source}-app`) {
  const dir = join(packed.host, name);
  const from = join(root, 'consumers', source);
  const left = ['node_modules', 'dist', '.angular'].map((folder) => join(from, folder));
  cpSync(from, dir, { recursive: true, filter: (path) => !left.some((folder) => path === folder || path.startsWith(`${folder}/`)) });
  return dir;
}

/**
 * Runs a command in `cwd` and resolves to what it printed. npm's own settings for the script running this test
 * (its project folder among them) are not passed on, so a command sees `cwd` as its project; nor is the
 * NODE_ENV a build above may have set in this process (Vite sets it), with which npm ci leaves out devDependencies.
 */
async function run(command, args, cwd) {
  const inherited = (name) => !name.toLowerCase().startsWith('npm_') && name !== 'NODE_ENV';
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => inherited(name)));
  const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env: { ...env, CI: '1', NG_CLI_ANALYTICS: 'false' }, maxBuffer: 16 * 1024 * 1024 });
  return `${stdout}${stderr}`;
}

/** Vite's logger, keeping every warning and error (none is expected) and printing nothing. */
function viteLogger(warnings) {
  const keep = (message) => warnings.push(message);
  return { info() {}, warn: keep, warnOnce: keep, error: keep, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false };
}

/** Serves `folder`, opens its index.html and checks the guide as a staff member and manager would meet it. */
async function drive(folder) {
  const server = await startStaticServer({ '/': folder });
  const page = await browser.newPage();
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(`${response.status()} ${response.url()}`));
  page.on('requestfailed', (request) => missing.push(`failed ${request.url()}`));
  // What the page itself reports: a thrown error, or an error or warning a framework prints in the browser.
  // A 404 is reported as a console error too; it is checked as a response.
  const reported = [];
  page.on('pageerror', (error) => reported.push(error.message));
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && !message.text().startsWith('Failed to load resource') && reported.push(message.text()));
  try {
    await page.evaluateOnNewDocument(installDeepHelpers);
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.hostSaw?.ready, { timeout: 20000, polling: 50 });
    // `required` reached the element through the framework: the form cannot be sent before a conversation.
    assert.equal(await page.evaluate(() => document.querySelector('wcg-conversation').validity.valueMissing), true);
    const welsh = await page.evaluate(() => window.deepAll('#stage-heading')[0].textContent.trim());
    assert.equal(welsh, 'Cyn i chi ddechrau');
    // The manager switches to English and holds the conversation to the end.
    await page.evaluate(() => document.querySelector('wcg-conversation').setAttribute('lang', 'en-GB'));
    await page.waitForFunction(() => window.deepAll('#stage-heading')[0]?.textContent.trim() === 'Before you start', { polling: 50 });
    await walkToCompletion(page);
    const saw = await page.evaluate(() => window.hostSaw);
    assert.deepEqual(saw.errors, []);
    assert.equal(saw.records.length, 1);
    assert.equal(saw.records[0].outcome, 'completed');
    const sent = await page.evaluate(() => {
      const form = document.querySelector('form');
      return { valid: form.checkValidity(), value: new FormData(form).get('wellbeing') };
    });
    assert.equal(sent.valid, true);
    assert.deepEqual(JSON.parse(sent.value), saw.records[0]);
    assert.deepEqual(missing, []);
    assert.deepEqual(reported, []);
  } finally {
    await page.close();
    await server.stop();
  }
}

test('webpack 5 builds the packed package without a warning, and the guide loads Welsh and completes', async () => {
  const dir = app('host', 'webpack-app');
  const out = join(dir, 'dist');
  const stats = await new Promise((resolve, reject) => {
    webpack({
      mode: 'production',
      context: dir,
      entry: './main.mjs',
      output: { path: out, filename: 'main.js', publicPath: 'auto' },
      performance: { hints: false },
      infrastructureLogging: { level: 'error' },
    }).run((error, result) => (error ? reject(error) : resolve(result)));
  });
  const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual([...errors, ...warnings].map((w) => w.message), []);
  writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Appraisal</title><link rel="icon" href="data:,"><script src="main.js" defer></script></head><body><form method="post" action="/appraisal"></form></body></html>');
  await drive(out);
});

test('Vite builds the packed package, and the guide loads Welsh and completes', async () => {
  const dir = app('host', 'vite-app');
  const out = join(dir, 'dist');
  const warnings = [];
  await viteBuild({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    customLogger: viteLogger(warnings),
    // Vite advises splitting any chunk over 500 kB; this app is the guide alone, all in one chunk, as a host that
    // imports the package where it is used gets it. What the guide weighs is checked by `npm run size`, against the
    // budgets in docs/design.md, not here, so a host's advice on its own chunks is set as a host would set it.
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  });
  assert.deepEqual(warnings, []);
  await drive(out);
});

test('React 19 with the React wrapper, in TSX built by esbuild: it type-checks and builds without a warning, and the guide loads Welsh and completes', async () => {
  const dir = app('react');
  const out = join(dir, 'dist');
  // The wrapper's types as the package ships them: the `on*` props get the event with its `detail`.
  await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], dir);
  const { errors, warnings } = await esbuild({
    entryPoints: [join(dir, 'main.tsx')],
    bundle: true,
    format: 'esm',
    // As an app splits its own code: each language's text becomes a file of its own, loaded when it is needed.
    splitting: true,
    minify: true,
    outdir: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  assert.deepEqual([...errors, ...warnings].map((w) => w.text), []);
  cpSync(join(dir, 'index.html'), join(out, 'index.html'));
  await drive(out);
});

test('Vue 3 with <wcg-conversation> as a custom element in a single-file component, built by Vite, and the guide loads Welsh and completes', async () => {
  const dir = app('vue');
  const out = join(dir, 'dist');
  const warnings = [];
  await viteBuild({
    root: dir,
    configFile: join(dir, 'vite.config.mjs'),
    logLevel: 'silent',
    customLogger: viteLogger(warnings),
    // As for the Vite build above: the guide's own chunk is weighed by `npm run size`, not here.
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  });
  assert.deepEqual(warnings, []);
  await drive(out);
});

// Angular is installed from consumers/angular's own lockfile, not the project's: it is large, and only this test needs it.
test('Angular 21 with CUSTOM_ELEMENTS_SCHEMA, installed with npm ci and built by ng build without a warning, and the guide loads Welsh and completes', async () => {
  const dir = app('angular');
  await run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  const built = await run(join(dir, 'node_modules', '.bin', 'ng'), ['build'], dir);
  assert.doesNotMatch(built, /warning/i);
  await drive(join(dir, 'dist'));
});
