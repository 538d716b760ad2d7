// Links from documents to the tests that prove what they claim, checked so a document cannot drift from the code.
//
// The hazard log names, for each mitigation, the tests that prove it; the DPIA, the threat model and the
// accessibility statement can do the same. A test that is renamed, moved or deleted then breaks the link, and
// the check in `npm test` fails until the document is brought up to date.
//
// Reference format, anywhere in a Markdown document:
//
//     `path/to/file.test.ts › the test's name`
//
// - In backticks, on one line: a path from the project root, a space, the sign › (U+203A), a space, the name.
// - The path is a test file: `*.test.ts` (web test runner, Mocha `it(…)`) or `*.test.mjs` (`node --test`,
//   `test(…)` or `it(…)`).
// - The name is the test's own title, exactly as its first argument is written in the file: a plain string in
//   '…', "…" or `…` quotes with no `${…}` in it. The names of the `describe` blocks around it are not part of it.
//   A test whose title is built in a loop cannot be named; name one written out in full instead.
//
// `node scripts/doc-test-links.mjs docs/safety/hazard-log.md …` prints every broken reference and exits 1.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the folder above scripts/. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const reference = /`([^`\s]+\.test\.m?[jt]s) › ([^`]+)`/g;
// it('name'… / test("name"… / it(`name`…, with the quote kind captured so the name may hold the other kinds.
const testCall = /\b(?:it|test)(?:\.only)?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/**
 * Every test reference in a Markdown text, with the line it is on (from 1).
 * @param {string} markdown
 * @returns {{ file: string, name: string, line: number }[]}
 */
export function findTestReferences(markdown) {
  return markdown.split('\n').flatMap((text, index) =>
    Array.from(text.matchAll(reference), (m) => ({ file: m[1], name: m[2], line: index + 1 })),
  );
}

/**
 * The titles of the tests written in a test file's source, as written: escapes such as \' are undone.
 * Titles built with `${…}` are left out, since no document can name them exactly.
 * @param {string} source
 * @returns {Set<string>}
 */
export function testNamesIn(source) {
  const names = new Set();
  for (const m of source.matchAll(testCall)) {
    if (m[1] === '`' && m[2].includes('${')) continue;
    names.add(m[2].replace(/\\(.)/g, '$1'));
  }
  return names;
}

/**
 * The references in one document that lead nowhere, each with why.
 * @param {string} markdown The document's text.
 * @param {{ root?: string, readFile?: (path: string) => string | undefined }} [options]
 * @returns {{ file: string, name: string, line: number, problem: string }[]}
 */
export function brokenTestReferences(markdown, options = {}) {
  const root = options.root ?? projectRoot;
  const readFile = options.readFile ?? ((path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined));
  const names = new Map();
  const problems = [];
  for (const ref of findTestReferences(markdown)) {
    if (!names.has(ref.file)) {
      const source = readFile(ref.file);
      names.set(ref.file, source === undefined ? undefined : testNamesIn(source));
    }
    const inFile = names.get(ref.file);
    if (inFile === undefined) problems.push({ ...ref, problem: `${ref.file} does not exist` });
    else if (!inFile.has(ref.name)) problems.push({ ...ref, problem: `${ref.file} has no test named "${ref.name}"` });
  }
  return problems;
}

/**
 * Checks documents by path from the project root; returns one line per broken reference, empty when all hold.
 * @param {string[]} documents
 * @returns {string[]}
 */
export function checkDocuments(documents) {
  return documents.flatMap((doc) =>
    brokenTestReferences(readFileSync(join(projectRoot, doc), 'utf8')).map((p) => `${doc}:${p.line}: ${p.problem}`),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkDocuments(process.argv.slice(2));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.exitCode = problems.length ? 1 : 0;
}
