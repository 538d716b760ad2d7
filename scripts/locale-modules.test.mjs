// src/i18n/locale-modules.ts is generated from the files in locales/; this fails when it is out of date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { modulePath, onDemandFiles, renderLocaleModules } from './locale-modules.mjs';

test('src/i18n/locale-modules.ts lists every language file loaded on demand (run `npm run locales` after adding one)', () => {
  assert.equal(readFileSync(modulePath, 'utf8'), renderLocaleModules());
});

test('every language but en-GB is loaded on demand, with its meta.json; of en-GB only the text the bundle leaves out', () => {
  const files = onDemandFiles();
  assert.ok(files.includes('cy/common') && files.includes('cy/meta') && files.includes('ur/topics'));
  // The en-GB text of the later stages, fetched once the first shows, and that of the other elements.
  assert.deepEqual(files.filter((f) => f.startsWith('en-GB/')), ['en-GB/agree', 'en-GB/configure', 'en-GB/plan', 'en-GB/practice', 'en-GB/report', 'en-GB/summary', 'en-GB/topics']);
});
