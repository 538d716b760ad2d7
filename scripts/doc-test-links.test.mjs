// Every test a doc names must exist (see doc-test-links.mjs for the reference format), and the docs whose
// promises rest on tests must go on naming them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hasTest, markdownFiles, missingTests, testReferences } from './doc-test-links.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The docs a trust's information governance, security and clinical safety reviewers rely on.
const evidenceDocs = ['docs/privacy.md', 'docs/privacy/dpia.md', 'docs/security/threat-model.md'];

test('every test named in docs/ exists, with exactly that title', () => {
  const missing = markdownFiles(root).flatMap((doc) => missingTests(root, doc));
  assert.deepEqual(missing.map(({ doc, file, title, reason }) => `${doc}: ${file} › ${title} (${reason})`), []);
});

test('the privacy, DPIA and threat-model docs name the tests behind their claims', () => {
  for (const doc of evidenceDocs) {
    const count = testReferences(readFileSync(new URL(`../${doc}`, import.meta.url), 'utf8')).length;
    assert.ok(count >= 10, `${doc} names ${count} tests`);
  }
});

test('a renamed or missing test is caught, whatever quotes its title is written in', () => {
  const source = "it('keeps \\'this\\' one', () => {});\ntest(\"and this\", () => {});\nit(`and a third`, async () => {});";
  assert.ok(hasTest(source, "keeps 'this' one"));
  assert.ok(hasTest(source, 'and this'));
  assert.ok(hasTest(source, 'and a third'));
  assert.ok(!hasTest(source, 'keeps this one'));
  assert.ok(!hasTest(source, 'and'));
  assert.deepEqual(testReferences('see `a/b.test.ts › does a thing` and `not a test`'), [{ file: 'a/b.test.ts', title: 'does a thing' }]);
});
