// docs/api.md and custom-elements.json are generated from the class comments; these tests fail when
// either has drifted from the code, or when a registered element is missing from them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { analyzeAllElements, elementsOf, publicTags, renderApiDocs } from './generate-api-docs.mjs';
import { registeredElements } from './registered-elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const allElements = await analyzeAllElements();

// The first line where two long texts differ. assert.equal on two files of 90 KB builds a full diff for its
// message, which can take many minutes; one line says enough.
function sameText(actual, expected, file) {
  if (actual === expected) return;
  const [a, b] = [actual.split('\n'), expected.split('\n')];
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  assert.fail(`${file} is out of date at line ${at + 1}: has ${JSON.stringify(a[at])}, expected ${JSON.stringify(b[at])}; run \`npm run docs\``);
}

test('custom-elements.json matches the class comments (run `npm run docs` after changing them)', () => {
  sameText(read('custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'custom-elements.json');
});

test('docs/api.md matches the class comments (run `npm run docs`)', () => {
  sameText(read('docs/api.md'), renderApiDocs(allElements), 'docs/api.md');
});

test('every element registered in src/define.ts is in the manifest and the reference', () => {
  const registered = registeredElements();
  // Guards the reader itself: every tag named in define.ts (in the list, and in the tag map the list is checked
  // against) must have been understood as registered.
  // (An event name such as 'wcg-version-conflict' is neither.)
  const named = [...read('src/define.ts').matchAll(/\['(wcg-[a-z0-9-]+)'|'(wcg-[a-z0-9-]+)':/g)].map((m) => m[1] ?? m[2]).filter((tag) => !tag.startsWith('wcg-version'));
  assert.equal(registered.length, new Set(named).size);
  assert.ok(registered.some(({ tag }) => tag === 'wcg-conversation'));
  const documented = elementsOf(allElements).map(({ declaration }) => declaration.tagName);
  const missing = registered.filter(({ tag }) => !documented.includes(tag)).map(({ tag }) => tag);
  assert.deepEqual(missing, [], `registered but not documented: ${missing.join(', ')}`);
  const docs = read('docs/api.md');
  for (const { tag } of registered) assert.ok(docs.includes(`## \`<${tag}>\``), `${tag} has no section in docs/api.md`);
});

test('custom-elements.json lists as custom elements only the tags a host page writes, every event typed', () => {
  const listed = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName));
  assert.deepEqual(listed.sort(), [...publicTags, ...registeredElements('src/report.ts').map(({ tag }) => tag)].sort());
  const untyped = manifest.modules.flatMap((mod) => (mod.declarations ?? []).flatMap((d) => (d.events ?? []).filter((e) => !/^CustomEvent<.+>$/.test(e.type?.text ?? '')).map((e) => `${d.tagName} ${e.name}`)));
  assert.deepEqual(untyped, []);
  // The paths are files a host installs: each is a package export (scripts/pack.test.mjs checks they are in the tarball).
  const targets = Object.values(JSON.parse(read('package.json')).exports).map((target) => (typeof target === 'string' ? target : target.default)).filter(Boolean);
  // A pattern export (`./dist/elements/*.js`) stands for each file in its folder.
  const exported = (path) => targets.some((target) => {
    const [before, after] = target.split('*');
    return target === path || (after !== undefined && path.startsWith(before) && path.endsWith(after) && !path.slice(before.length, path.length - after.length).includes('/'));
  });
  assert.deepEqual(manifest.modules.map((mod) => mod.path).filter((path) => !exported(`./${path}`)), []);
});
