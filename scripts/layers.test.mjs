// The layers of docs/design.md hold: no import points up or sideways where the rules say it must not.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { layerViolations, layers } from './layers.mjs';

test('every import in src/ and components/ keeps to the layers', async () => {
  const violations = await layerViolations();
  assert.deepEqual(violations.map(({ rule, from, to }) => `${from} → ${to} (${rule})`), []);
});

test('an import that points up a layer is caught, naming the rule it breaks', async () => {
  // A small project of two layers, where the lowest imports the machine.
  const root = mkdtempSync(join(tmpdir(), 'wcg-layers-'));
  try {
    mkdirSync(join(root, 'src/base'), { recursive: true });
    mkdirSync(join(root, 'src/machine'), { recursive: true });
    mkdirSync(join(root, 'components/x'), { recursive: true });
    writeFileSync(join(root, 'src/machine/m.ts'), 'export const m = 1;\n');
    writeFileSync(join(root, 'src/base/b.ts'), "import { m } from '../machine/m.js';\nexport const b = m;\n");
    writeFileSync(join(root, 'components/x/x.ts'), "import { b } from '../../src/base/b.js';\nexport const x = b;\n");
    const violations = await layerViolations(root);
    assert.deepEqual(violations, [{ rule: 'base-imports-only-itself', from: 'src/base/b.ts', to: 'src/machine/m.ts' }]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the DOM-free entry reaching a browser-only layer, even through another file, is caught', async () => {
  // src/core.ts imports the record layer, which (against its own rule too) imports the events layer.
  const root = mkdtempSync(join(tmpdir(), 'wcg-layers-'));
  try {
    mkdirSync(join(root, 'src/record'), { recursive: true });
    mkdirSync(join(root, 'src/events'), { recursive: true });
    mkdirSync(join(root, 'components'));
    writeFileSync(join(root, 'src/events/e.ts'), 'export const e = 1;\n');
    writeFileSync(join(root, 'src/record/r.ts'), "import { e } from '../events/e.js';\nexport const r = e;\n");
    writeFileSync(join(root, 'src/core.ts'), "export { r } from './record/r.js';\n");
    const violations = await layerViolations(root);
    assert.deepEqual(violations.filter((v) => v.rule === 'core-reaches-no-dom'), [{ rule: 'core-reaches-no-dom', from: 'src/core.ts', to: 'src/events/e.ts' }]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('names every folder of src/ that holds code as a layer', async () => {
  const { readdirSync } = await import('node:fs');
  // src/test-helpers holds helpers only tests use, which the rules leave out.
  const folders = readdirSync(new URL('../src/', import.meta.url), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'test-helpers')
    .map((e) => e.name);
  assert.deepEqual(folders.filter((f) => !(f in layers)), []);
});
