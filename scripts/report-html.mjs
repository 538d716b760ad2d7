// One self-contained HTML file of the evaluation report: the published numbers and the report element inline,
// a Content-Security-Policy that lets the page make no request at all, and A4 print settings. No HTML is
// built from the data: the numbers go in as JSON in a data block, read by the page's own script.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The report element's bundle: report.js beside this file once built into dist/cli.js, dist/report.js from a
 * checkout that was built, or else built now from the source (esbuild is a development dependency).
 */
export async function reportBundle() {
  const built = [new URL('./report.js', import.meta.url), new URL('../dist/report.js', import.meta.url)].map((u) => fileURLToPath(u)).find((f) => existsSync(f));
  if (built) return readFileSync(built, 'utf8');
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/report.ts', import.meta.url))], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    charset: 'utf8', legalComments: 'none', write: false, logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// Inside a <script> element, "</script" or "<!--" would end or confuse it; the escaped forms mean the same in JS and JSON.
const inline = (text) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const escapeText = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The report page.
 * @param {import('../src/evaluation/publish.js').PublishedView} view
 * @param {{ bundle: string, lang: 'en-GB' | 'cy', title: string }} options
 */
export function reportHtml(view, { bundle, lang, title }) {
  const data = JSON.stringify(view).replace(/</g, '\\u003c');
  const script = `${inline(bundle)}
const report = document.querySelector('wcg-evaluation-report');
report.view = JSON.parse(document.getElementById('wcg-report-data').textContent);`;
  const style = `@page { size: A4; margin: 15mm; }
body { margin: 2rem auto; padding: 0 1rem; max-width: 62rem; font-family: Arial, sans-serif; color: #212b32; }
@media print { body { margin: 0; padding: 0; max-width: none; } }`;
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="icon" href="data:,">
<style>${style}</style>
</head>
<body>
<main>
<wcg-evaluation-report standalone lang="${lang}"></wcg-evaluation-report>
</main>
<script type="application/json" id="wcg-report-data">${data}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}
