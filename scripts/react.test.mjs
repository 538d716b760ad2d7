// The React wrapper, in React 19 in Chromium: properties reach the element as properties, and the
// `on*` props receive the `wcg-*` events. Bundled from the sources with esbuild (React is CommonJS).
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publicTags } from './generate-api-docs.mjs';
import { installDeepHelpers, launchBrowser, walkToCompletion } from './page-helpers.mjs';
import { registeredElements } from './registered-elements.mjs';
import { startStaticServer } from './static-server.mjs';

const wrapper = fileURLToPath(new URL('../src/react/index.ts', import.meta.url));
const trustConfig = readFileSync(new URL('../demo/configs/anytown-acute-trust.json', import.meta.url), 'utf8');

// The app a React host would write: the trust config as an object, and a handler for each event.
const app = `
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { WellbeingConversation } from ${JSON.stringify(wrapper)};

window.received = [];
window.guide = createRef();
const config = ${trustConfig};
createRoot(document.getElementById('root')).render(
  createElement(WellbeingConversation, {
    ref: window.guide,
    config,
    nation: 'scotland',
    shareScreen: false,
    className: 'from-react',
    onReady: (event) => window.received.push(['ready', event.type]),
    onStageChange: (event) => window.received.push(['stage', event.detail.stage]),
    onComplete: (event) => window.received.push(['complete', event.detail.record.outcome]),
  }),
);
`;

let dir;
let server;
let browser;
let page;
const pageErrors = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wcg-react-'));
  writeFileSync(join(dir, 'app.js'), app);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en-GB"><title>React host</title><div id="root"></div><script type="module" src="./bundle.js"></script>');
  await build({
    entryPoints: [join(dir, 'app.js')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'bundle.js'),
    nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  server = await startStaticServer({ '/': dir });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/index.html`);
  await page.evaluate(installDeepHelpers);
  await page.waitForFunction(() => window.received.some(([name]) => name === 'ready'), { polling: 50 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('renders <wcg-conversation>, with the ref on the element and React props set as properties', async () => {
  const seen = await page.evaluate(() => {
    const el = window.guide.current;
    return {
      tag: el.tagName.toLowerCase(),
      className: el.className,
      nation: el.nation,
      organisation: el.config?.organisation,
      configAttribute: el.getAttribute('config'),
      heading: el.shadowRoot.querySelector('#stage-heading')?.textContent.trim(),
    };
  });
  assert.deepEqual(seen, {
    tag: 'wcg-conversation',
    className: 'from-react',
    nation: 'scotland',
    organisation: 'Anytown Hospitals NHS Foundation Trust',
    configAttribute: null,
    heading: 'Before you start',
  });
});

// React sets properties in a layout effect, just after the element is connected; the element must
// use a `config` that arrives while it is still loading its first config.
test('the trust config given as a React prop is the one the conversation uses', async () => {
  const text = await page.evaluate(() =>
    window.deepAll('*', window.guide.current.shadowRoot).map((node) => node.shadowRoot?.textContent ?? '').join(' '));
  assert.match(text, /Anytown Hospitals NHS Foundation Trust/);
});

test('onReady, onStageChange and onComplete receive the events, with their details', async () => {
  await walkToCompletion(page);
  const received = await page.evaluate(() => window.received);
  assert.deepEqual(received[0], ['ready', 'wcg-ready']);
  assert.deepEqual(received.filter(([name]) => name === 'stage')[0], ['stage', 'open']);
  assert.deepEqual(received.filter(([name]) => name === 'complete'), [['complete', 'completed']]);
  assert.deepEqual(pageErrors, []);
});

test('every element for host pages that src/define.ts registers has a React wrapper', () => {
  const wrappers = readFileSync(new URL('../src/react/wrappers.ts', import.meta.url), 'utf8');
  const wrapped = [...wrappers.matchAll(/tagName: '(wcg-[a-z-]+)'/g)].map(([, tag]) => tag);
  const expected = registeredElements().map(({ tag }) => tag).filter((tag) => publicTags.includes(tag));
  assert.ok(expected.includes('wcg-conversation'));
  assert.deepEqual(expected.filter((tag) => !wrapped.includes(tag)), []);
});

test('the React components are named apart from the element classes, so a host can import both', () => {
  const index = readFileSync(new URL('../src/react/index.ts', import.meta.url), 'utf8');
  const exported = [...index.matchAll(/export \{([^}]+)\} from/g)].flatMap(([, names]) => names.split(',').map((name) => name.trim()));
  const classes = registeredElements().map(({ className }) => className);
  assert.ok(exported.includes('WellbeingConversation'));
  assert.deepEqual(exported.filter((name) => classes.includes(name)), []);
});
