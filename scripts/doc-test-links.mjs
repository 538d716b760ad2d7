// Links from documents to the tests that prove what they claim, checked so a document cannot drift from the code.
//
// The hazard log names, for each mitigation, the tests that prove it; the DPIA, the threat model and the
// accessibility statement do the same. A test that is renamed, moved or deleted then breaks the link, and
// the check in `npm test` fails until the document is brought up to date.
//
// Reference format, anywhere in a Markdown document:
//
//     `path/to/file.test.ts › the test's name`
//     `path/to/file.test.ts › outer describe › inner describe › the test's name`
//
// - In backticks, on one line: a path from the project root, a space, the sign › (U+203A), a space, the name.
// - The path is a test file: `*.test.ts` (web test runner, Mocha `it(…)`) or `*.test.mjs` (`node --test`,
//   `test(…)` or `it(…)`).
// - The name is the test's own title, exactly as its first argument is written in the file ('…', "…" or `…`
//   quotes, escapes undone). It may be preceded by the titles of every `describe` block around the test,
//   outermost first, each followed by ` › `: then the test must be inside those blocks, and no others.
// - A title built with `${…}` (a test written once for each item of a list) is named as it is written in the
//   source, `${…}` and all, e.g. `is accessible on the ${path} path`. A title that is not written as a string
//   at all, such as `describe(lang, …)`, is named as `${lang}`.
//
// `node scripts/doc-test-links.mjs docs/safety/hazard-log.md …` prints every broken reference and exits 1.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The project root: the folder above scripts/. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const reference = /`([^`\s]+\.test\.m?[jt]s) › ([^`]+)`/g;
const separator = ' › ';

/**
 * Every test reference in a Markdown text, with the line it is on (from 1). `name` is everything after the path:
 * the test's title, with the titles of the `describe` blocks around it before it when the document gives them.
 * @param {string} markdown
 * @returns {{ file: string, name: string, line: number }[]}
 */
export function findTestReferences(markdown) {
  return markdown.split('\n').flatMap((text, index) =>
    Array.from(text.matchAll(reference), (m) => ({ file: m[1], name: m[2], line: index + 1 })),
  );
}

// A title as a document names it: a string's own text, a template with `${…}` as written, anything else as `${…}`.
function titleOf(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return `\${${node.getText()}}`;
}

// `it`, `test` or `describe`, also as `it.only(…)`; anything else is not a test or a block of tests.
function callKind(node) {
  let callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'only') callee = callee.expression;
  if (!ts.isIdentifier(callee) || node.arguments.length === 0) return undefined;
  if (callee.text === 'describe') return 'describe';
  return callee.text === 'it' || callee.text === 'test' ? 'test' : undefined;
}

/**
 * The tests written in a test file's source, read from its syntax tree (so a call in a comment is no test): each
 * with its title and the titles of the `describe` blocks around it, outermost first, as a document names them.
 * @param {string} source
 * @param {string} [fileName] Its name, for the kind of source: `.ts` or `.mjs`.
 * @returns {{ describes: string[], name: string }[]}
 */
export function testsIn(source, fileName = 'file.test.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const tests = [];
  const visit = (node, describes) => {
    const kind = ts.isCallExpression(node) ? callKind(node) : undefined;
    if (kind === 'test') tests.push({ describes, name: titleOf(node.arguments[0]) });
    const inside = kind === 'describe' ? [...describes, titleOf(node.arguments[0])] : describes;
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(file, []);
  return tests;
}

/**
 * Every way a document may name the tests of a test file: each test's title alone, and its title after the titles
 * of every `describe` block around it.
 * @param {string} source
 * @param {string} [fileName]
 * @returns {Set<string>}
 */
export function testReferencesIn(source, fileName) {
  return new Set(testsIn(source, fileName).flatMap(({ describes, name }) => [name, [...describes, name].join(separator)]));
}

// Each test file's references, kept while its text is the same: several documents name the same files.
const parsed = new Map();
function parsedReferences(source, fileName) {
  const known = parsed.get(fileName);
  if (known?.source === source) return known.references;
  const references = testReferencesIn(source, fileName);
  parsed.set(fileName, { source, references });
  return references;
}

// Why a reference to a file that exists leads nowhere.
function problemWith(ref) {
  const parts = ref.name.split(separator);
  const name = parts.pop();
  return parts.length
    ? `${ref.file} has no test named "${name}" inside describe "${parts.join(separator)}"`
    : `${ref.file} has no test named "${name}"`;
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
      names.set(ref.file, source === undefined ? undefined : parsedReferences(source, ref.file));
    }
    const inFile = names.get(ref.file);
    if (inFile === undefined) problems.push({ ...ref, problem: `${ref.file} does not exist` });
    else if (!inFile.has(ref.name)) problems.push({ ...ref, problem: problemWith(ref) });
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
