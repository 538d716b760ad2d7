// Docs that promise something (the privacy data flow, the DPIA starter, the threat model, the hazard log,
// the accessibility statement) name the test that proves each promise. This reads those names and says
// which no longer exist, so a renamed or deleted test fails CI instead of leaving a doc that claims too much.
//
// A reference is inline code holding a test file's path (from the repository root), " › ", and the test's
// exact title as written in `it('…')` or `test('…')`:
//
//   `components/conversation/conversation-draft-privacy.test.ts › keeps no draft without a draft-id, and says why in wcg-error`
//
// Titles built with `${…}` in the source cannot be named. The file must exist and hold the title as the first
// argument of an `it(` or `test(` call, quoted with ', " or `.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const reference = /`([\w./-]+\.test\.(?:ts|mjs)) › ([^`]+)`/g;

/** Every test reference in `markdown`, in order: `{ file, title }`. */
export function testReferences(markdown) {
  return [...markdown.matchAll(reference)].map(([, file, title]) => ({ file, title }));
}

/** True when the test file's source holds a test titled exactly `title`. */
export function hasTest(source, title) {
  // The source writes an apostrophe inside '…' as \' ; the doc writes it plainly.
  const variants = [`'${title.replaceAll("'", "\\'")}'`, `"${title.replaceAll('"', '\\"')}"`, `\`${title}\``];
  return variants.some((quoted) => new RegExp(`\\b(?:it|test)\\(\\s*${escape(quoted)}`).test(source));
}

/** The Markdown files under `dir` (relative to `root`), recursively. */
export function markdownFiles(root, dir = 'docs') {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Each reference in the doc at `docPath` whose test is missing, with the reason: `{ doc, file, title, reason }`. */
export function missingTests(root, docPath) {
  const sources = new Map();
  const read = (file) => {
    if (!sources.has(file)) sources.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);
    return sources.get(file);
  };
  const doc = relative(root, join(root, docPath));
  return testReferences(readFileSync(join(root, docPath), 'utf8')).flatMap(({ file, title }) => {
    const source = read(file);
    if (source === null) return [{ doc, file, title, reason: 'no such test file' }];
    return hasTest(source, title) ? [] : [{ doc, file, title, reason: 'no test with this title in the file' }];
  });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
