// docs/design.md, "Elements (public API)": importing src/index.ts has no side effects. This bundles it for Node (Lit's
// server build stands in for the DOM) and imports it: nothing is registered, and the parsers work. The shipped entry
// for servers is /core, which needs no stand-in: scripts/pack.test.mjs imports it from the packed tarball.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

let dir;
let api;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wcg-node-'));
  const outfile = join(dir, 'index.mjs');
  await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  api = await import(pathToFileURL(outfile).href);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('src/index.ts imports in Node and exports the parsers and defineElements', () => {
  assert.equal(typeof api.parseTrustConfig, 'function');
  assert.equal(typeof api.defineElements, 'function');
});

test('parseTrustConfig reports problems in Node instead of throwing', () => {
  for (const input of [{}, null, undefined, 'config', 42, [], { organisation: 7, services: 'none' }]) {
    const result = api.parseTrustConfig(input);
    assert.equal(result.ok, false, `expected ok:false for ${JSON.stringify(input)}`);
    assert.ok(result.errors.length > 0);
    for (const { path, message } of result.errors) {
      assert.equal(typeof path, 'string');
      assert.equal(typeof message, 'string');
    }
  }
});

test('importing registers nothing: Node has no custom element registry afterwards', () => {
  assert.equal(globalThis.customElements?.get?.('wcg-conversation'), undefined);
});
