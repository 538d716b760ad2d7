// The safety, privacy, security and accessibility documents name the tests that prove their claims; these tests fail
// when a named test no longer exists, so no document can drift from the code (scripts/doc-test-links.mjs has the format).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brokenTestReferences, checkDocuments, findTestReferences, projectRoot, testsIn } from './doc-test-links.mjs';

const documents = ['docs/safety/hazard-log.md', 'docs/safety/safety-case.md'];
// The documents a trust's information governance and security reviewers rely on.
const evidence = ['docs/privacy.md', 'docs/privacy/dpia.md', 'docs/security/threat-model.md'];
const accessibility = 'docs/accessibility.md';
// Who each element's accessibility criteria are written for, one heading each.
const users = ['keyboard', 'screen reader', 'magnifier or zoom', 'voice control', 'forced colours'];

const read = (doc) => readFileSync(join(projectRoot, doc), 'utf8');

// The elements a host places on its page: the README's table of them, and the evaluation report, which has an entry
// of its own (`wellbeing-conversation-guide/report`).
function publicElements() {
  const readme = read('README.md');
  const table = readme.slice(readme.indexOf('## The elements'), readme.indexOf('\n## ', readme.indexOf('## The elements') + 1));
  return [...[...table.matchAll(/^\| `<(wcg-[a-z-]+)>`/gm)].map((m) => m[1]), 'wcg-evaluation-report'];
}

// The items of the Markdown lists in `text`, each with its indented continuation lines joined to it.
function listItems(text) {
  const items = [];
  for (const line of text.split('\n')) {
    if (/^- /.test(line)) items.push(line.slice(2));
    else if (/^ {2}\S/.test(line) && items.length) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

// Every Markdown file under docs/, relative to the project root.
function markdownUnder(dir) {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownUnder(`${dir}/${entry.name}`) : entry.name.endsWith('.md') ? [`${dir}/${entry.name}`] : [],
  );
}

test('every test the hazard log and the safety case name still exists', () => {
  assert.deepEqual(checkDocuments(documents), []);
});

test('every test any document under docs/ names still exists', () => {
  assert.deepEqual(checkDocuments(markdownUnder('docs')), []);
});

test('the privacy, DPIA and threat-model documents name the tests behind their claims', () => {
  for (const doc of evidence) {
    const count = findTestReferences(readFileSync(join(projectRoot, doc), 'utf8')).length;
    assert.ok(count >= 10, `${doc} names ${count} tests`);
  }
});

test('the hazard log names a test for every mitigation of every hazard', () => {
  const log = readFileSync(join(projectRoot, 'docs/safety/hazard-log.md'), 'utf8');
  const hazards = log.split(/^### /m).slice(1);
  assert.ok(hazards.length >= 9, `expected at least 9 hazards, found ${hazards.length}`);
  for (const hazard of hazards) {
    const title = hazard.split('\n')[0];
    assert.ok(findTestReferences(hazard).length > 0, `${title} names no test`);
    for (const field of ['Cause', 'Effect', 'Initial risk', 'Mitigations', 'Residual risk']) {
      assert.match(hazard, new RegExp(`\\*\\*${field}\\*\\*`), `${title} has no ${field}`);
    }
  }
});

test('reports a test that was renamed and a test file that was moved', () => {
  const files = { 'a.test.ts': "it('keeps the number', () => {});" };
  const doc = 'Proved by `a.test.ts › keeps the number` and `a.test.ts › keeps the numbers`.\nAnd `b.test.ts › anything`.';
  const problems = brokenTestReferences(doc, { readFile: (path) => files[path] });
  assert.deepEqual(problems.map((p) => [p.line, p.problem]), [
    [1, 'a.test.ts has no test named "keeps the numbers"'],
    [2, 'b.test.ts does not exist'],
  ]);
});

test('reads test titles in any quotes, undoing escapes, with the describe blocks around them', () => {
  const source = [
    "describe('<wcg-x>', () => {",
    "  it('prints the staff member\\'s copy', () => {});",
    '  describe("in Welsh", () => { it("shows the trust\'s note", async () => {}); });',
    '});',
    'test(`a whole conversation runs`, async () => {});',
    "// it('is only a comment', () => {});",
  ].join('\n');
  assert.deepEqual(testsIn(source), [
    { describes: ['<wcg-x>'], name: "prints the staff member's copy" },
    { describes: ['<wcg-x>', 'in Welsh'], name: "shows the trust's note" },
    { describes: [], name: 'a whole conversation runs' },
  ]);
});

test('names a title built with ${…} as it is written, and a title that is no string as ${…}', () => {
  const source = [
    'for (const lang of languages) describe(lang, () => {',
    '  for (const path of paths) it(`is accessible on the ${path} path`, async () => {});',
    '});',
  ].join('\n');
  assert.deepEqual(testsIn(source), [{ describes: ['${lang}'], name: 'is accessible on the ${path} path' }]);
  const doc = '`a.test.ts › ${lang} › is accessible on the ${path} path` and `a.test.ts › is accessible on the ${route} path`.';
  const problems = brokenTestReferences(doc, { readFile: () => source });
  assert.deepEqual(problems.map((p) => p.problem), ['a.test.ts has no test named "is accessible on the ${route} path"']);
});

test('reports a test named inside describe blocks it is not in', () => {
  const files = { 'a.test.ts': "describe('outer', () => { describe('inner', () => { it('keeps the number', () => {}); }); });" };
  const doc = [
    '`a.test.ts › keeps the number` and `a.test.ts › outer › inner › keeps the number` hold.',
    '`a.test.ts › inner › keeps the number` leaves out a block, `a.test.ts › inner › outer › keeps the number` swaps them.',
    '`a.test.ts › outer › inner › keeps the numbers` misspells the test.',
  ].join('\n');
  const problems = brokenTestReferences(doc, { readFile: (path) => files[path] });
  assert.deepEqual(problems.map((p) => [p.line, p.problem]), [
    [2, 'a.test.ts has no test named "keeps the number" inside describe "inner"'],
    [2, 'a.test.ts has no test named "keeps the number" inside describe "inner › outer"'],
    [3, 'a.test.ts has no test named "keeps the numbers" inside describe "outer › inner"'],
  ]);
});

test('every test the accessibility statement names still exists, inside the describe blocks it names', () => {
  assert.deepEqual(checkDocuments([accessibility]), []);
});

test('the accessibility statement gives every public element criteria for each kind of user, each naming its test or saying it is not yet tested', () => {
  const text = read(accessibility);
  const criteria = text.slice(text.indexOf('\n## Accessibility acceptance criteria'));
  const sections = criteria.split(/^### /m).slice(1);
  const elements = sections.map((section) => section.match(/^`<(wcg-[a-z-]+)>`/)?.[1]);
  assert.deepEqual([...elements].sort(), publicElements().sort());
  for (const section of sections) {
    const element = section.split('\n')[0];
    const groups = section.split(/^#### /m).slice(1);
    assert.deepEqual(groups.map((group) => users.find((user) => group.split('\n')[0].toLowerCase().includes(user))), users, `${element}: groups`);
    for (const group of groups) {
      const items = listItems(group);
      assert.ok(items.length > 0, `${element}, ${group.split('\n')[0]}: no criteria`);
      for (const item of items) {
        assert.ok(findTestReferences(item).length > 0 || item.includes('not yet tested'), `${element}: "${item.slice(0, 80)}…" names no test`);
      }
    }
  }
});
