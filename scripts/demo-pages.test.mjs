// What a person opening the demo pages meets around the widget: each page's icon (no 404 in the console, even
// under the strict policy), links a browser can show, and one fictional trust on the theming page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { echoPage, echoPath, strictPages, strictPolicy } from './demo-middleware.mjs';
import { startServer } from './dev-server.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// Each page as the dev server serves it: its address and its HTML. The echo page is written by the server.
const pages = [
  ...readdirSync(new URL('demo/', root)).filter((name) => name.endsWith('.html')).map((name) => ({ path: `/demo/${name}`, html: read(`demo/${name}`) })),
  { path: echoPath, html: echoPage('') },
];
const origin = 'http://localhost';

/** The attributes of every `<tag …>` in a page: enough for the demo's own hand-written HTML. */
function tags(html, tag) {
  return Array.from(html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi')), ([, attributes]) =>
    Object.fromEntries(Array.from(attributes.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g), ([, name, value]) => [name.toLowerCase(), value])),
  );
}

/** The address of each icon a page names, resolved against the page's own. */
function icons(page) {
  return tags(page.html, 'link')
    .filter((link) => link.rel?.split(/\s+/).includes('icon'))
    .map((link) => new URL(link.href, `${origin}${page.path}`));
}

let server;

before(async () => {
  server = await startServer(0, { typescript: false });
});

after(async () => {
  await server?.stop();
});

// One connection per request (no keep-alive), so the server can stop at the end.
function get(path) {
  return new Promise((resolve, reject) => {
    httpRequest(`${server.url}${path}`, { agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', reject).end();
  });
}

test('every demo page names an icon: a file of the demo, from the page\'s own origin', () => {
  assert.ok(pages.length > 8, 'the demo pages were not found');
  for (const page of pages) {
    const found = icons(page);
    assert.equal(found.length, 1, `${page.path} names ${found.length} icons`);
    for (const icon of found) {
      assert.equal(icon.origin, origin, `${page.path}: the icon ${icon.href} is not from the page's origin`);
      assert.match(icon.pathname, /^\/demo\/[\w-]+\.svg$/, `${page.path}: the icon ${icon.pathname} is not an SVG file of the demo`);
      assert.ok(statSync(new URL(`.${icon.pathname}`, root), { throwIfNoEntry: false })?.isFile(), `${page.path}: ${icon.pathname} does not exist`);
    }
  }
});

test('the icon is a picture in itself: SVG that loads nothing else', () => {
  for (const icon of new Set(pages.flatMap((page) => icons(page).map((url) => url.pathname)))) {
    const svg = read(`.${icon}`);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="[^"]+">/, `${icon} is not an SVG image`);
    assert.doesNotMatch(svg, /href|url\(|<script|<style|@import/i, `${icon} refers to something outside itself`);
  }
});

test('the strict policy lets the strict pages load their icon', () => {
  const directives = new Map(strictPolicy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
  // Icons are images: img-src, or default-src without one.
  const images = directives.get('img-src') ?? directives.get('default-src');
  assert.ok(images?.includes("'self'"), `the strict policy does not allow images from the page's origin: ${strictPolicy}`);
  for (const page of pages.filter((p) => strictPages.includes(p.path) || p.path === echoPath)) {
    const found = icons(page);
    assert.ok(found.length > 0 && found.every((icon) => icon.origin === origin), `${page.path} names no icon its policy allows`);
  }
});

test('the dev server serves each page\'s icon as an SVG image', async () => {
  for (const page of pages) {
    for (const icon of icons(page)) {
      const response = await get(icon.pathname);
      assert.equal(response.status, 200, `${page.path}: ${icon.pathname}`);
      assert.match(response.type, /^image\/svg\+xml\b/, `${page.path}: ${icon.pathname} is served as ${response.type}`);
    }
  }
});

test('no demo page links a Markdown file by a relative address, which a browser shows as raw text', () => {
  const isRelative = (address) => !/^[a-z][a-z\d+.-]*:/i.test(address);
  const sources = readdirSync(new URL('demo/', root)).filter((name) => name.endsWith('.ts')).map((name) => `demo/${name}`);
  const relative = [
    ...pages.flatMap((page) => [...tags(page.html, 'a'), ...tags(page.html, 'link')].map((a) => a.href).filter(Boolean).map((href) => [page.path, href])),
    ...sources.flatMap((file) => Array.from(read(file).matchAll(/(['"`])([^'"`\s]+)\1/g), ([, , text]) => [file, text])),
  ].filter(([, address]) => isRelative(address) && /\.md(?:[#?]|$)/i.test(address));
  assert.deepEqual(relative.map(([where, address]) => `${where}: ${address}`), []);
});

test('every trust config a demo page loads is a valid trust config', async () => {
  const schema = JSON.parse(read('docs/trust-config.schema.json'));
  const check = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  const configs = pages.flatMap((page) => tags(page.html, 'wcg-conversation').filter((el) => el['config-src']).map((el) => new URL(el['config-src'], `${origin}${page.path}`).pathname));
  assert.ok(configs.includes('/demo/theming-config.json'), configs.join(', '));
  for (const config of new Set(configs)) {
    assert.ok(check(JSON.parse(read(`.${config}`))), `${config}: ${JSON.stringify(check.errors)}`);
    assert.equal((await get(config)).status, 200, `${config} is not served`);
  }
});

test('the theming page, its style sheet, its script and the config it loads name one fictional trust', () => {
  const page = read('demo/theming.html');
  const [conversation] = tags(page, 'wcg-conversation');
  const configPath = `demo/${conversation['config-src'].replace(/^\.\//, '')}`;
  const config = JSON.parse(read(configPath));
  // The header names the trust whose look the page shows.
  const header = page.match(/<p class="trust-name">(.*?)<\/p>/s)[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  // The place each fictional trust of the demo is named after: "Anytown", "Hafren", "Northshire".
  const configs = [...readdirSync(new URL('demo/configs/', root)).map((name) => `demo/configs/${name}`), configPath];
  const placeOf = (organisation) => (typeof organisation === 'string' ? organisation : organisation['en-GB']).split(' ')[0];
  const places = new Set([...configs.map((path) => placeOf(JSON.parse(read(path)).organisation)), placeOf(header)]);
  assert.ok(places.size >= 3, [...places].join(', '));
  const trust = placeOf(config.organisation);
  for (const file of ['demo/theming.html', 'demo/theming.css', 'demo/theming-page.ts', configPath]) {
    const text = read(file);
    const named = [...places].filter((place) => new RegExp(`\\b${place}\\b`, 'i').test(text));
    assert.deepEqual(named.filter((place) => place !== trust), [], `${file} names another trust than ${config.organisation}`);
  }
  assert.ok(header.startsWith(config.organisation), `the header reads "${header}", the config "${config.organisation}"`);
});
