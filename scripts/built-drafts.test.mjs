// The built files keep a session draft: the drafts file (src/elements/drafts.ts) is fetched by the main script from
// its own folder, only on a page with `persist`, and a reload brings the conversation back. The browser tests run the
// sources; this runs what ships, from a folder of its own on a real server, as a host's page would load it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bundleFile } from './bundle-config.mjs';
import { clickButton, installDeepHelpers, servedBuild } from './page-helpers.mjs';

const page = (attributes) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Appraisal</title><link rel="icon" href="data:,">
<script type="module" src="./guide/${bundleFile}"></script></head>
<body><wcg-conversation ${attributes}></wcg-conversation></body></html>`;

let served;

before(async () => {
  // In a folder below the pages, as a host serves it: the chunks are found from the main script, not the page.
  served = await servedBuild({ 'session.html': page('persist="session" draft-id="appraisal-9"'), 'none.html': page('draft-id="appraisal-9"') }, { folder: 'guide' });
});

after(() => served?.close());

/** Opens the page, waits for the guide to be ready, and resolves to the scripts fetched so far. */
async function open(tab, file) {
  const scripts = [];
  tab.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await tab.evaluateOnNewDocument(installDeepHelpers);
  await tab.evaluateOnNewDocument(() => document.addEventListener('wcg-ready', () => (window.ready = true)));
  await tab.goto(`${served.url}/${file}`);
  await until(tab, 'wcg-ready', () => window.ready === true);
  // Continue waits while the next stage's file is on its way; a person reads the first stage first.
  await tab.evaluate(() => document.querySelector('wcg-conversation').stagesFetched());
  return scripts;
}

const heading = (tab) => tab.evaluate(() => window.deepAll('#stage-heading')[0]?.textContent.trim());

/** Waits until `check` holds in the page; a timeout names what was awaited and the stage on screen. */
async function until(tab, what, check, ...args) {
  try {
    await tab.waitForFunction(check, { polling: 50 }, ...args);
  } catch (error) {
    throw new Error(`${what}: not seen (${error.message}); on screen: "${await heading(tab).catch(() => '?')}"`);
  }
}

test('persist="session" in the built files: the drafts file is fetched, the draft kept, and a reload restores it', async () => {
  const tab = await served.browser.newPage();
  try {
    const scripts = await open(tab, 'session.html');
    assert.ok(scripts.some((path) => /\/guide\/chunks\/drafts-[\w-]+\.js$/.test(path)), `no drafts file among ${scripts.join(', ')}`);
    for (let shown = await heading(tab); shown !== 'How are things?'; shown = await heading(tab)) {
      await clickButton(tab, 'Continue');
      await until(tab, `the stage after "${shown}"`, (before) => window.deepAll('#stage-heading')[0]?.textContent.trim() !== before, shown);
    }
    await until(tab, 'the notice that the draft is kept', () => window.deepAll('[part="draft-notice"]')[0]?.textContent.includes('saved on this device'));
    await tab.reload();
    await until(tab, 'wcg-ready after the reload', () => window.ready === true);
    await until(tab, 'the stage restored from the draft', () => window.deepAll('#stage-heading')[0]?.textContent.trim() === 'How are things?');
  } finally {
    await tab.close();
  }
});

test('without persist the built files never fetch the drafts file', async () => {
  const tab = await served.browser.newPage();
  try {
    const scripts = await open(tab, 'none.html');
    await clickButton(tab, 'Continue');
    await until(tab, 'the second stage', () => window.deepAll('#stage-heading')[0]?.textContent.trim() !== 'Before you start');
    assert.deepEqual(scripts.filter((path) => /drafts/.test(path)), []);
    assert.ok(scripts.some((path) => path.endsWith(`/guide/${bundleFile}`)));
  } finally {
    await tab.close();
  }
});
