// `wellbeing-conversation-guide report`: one HTML file that opens offline, makes no request, shows the report
// under its own strict policy, and prints on A4.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './page-helpers.mjs';
import { syntheticDimensions, syntheticLines } from './synthetic-evaluation-lib.mjs';

const bin = fileURLToPath(new URL('../bin/wellbeing-conversation-guide.mjs', import.meta.url));
const run = (args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('wellbeing-conversation-guide report', () => {
  let dir;
  let browser;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wcg-report-'));
    writeFileSync(join(dir, 'events.jsonl'), `${[...syntheticLines({ n: 2000, seed: 8, dimensions: true }), 'PRIVATE-LINE'].join('\n')}\n`);
    writeFileSync(join(dir, 'dims.json'), JSON.stringify(syntheticDimensions));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one self-contained file with the published numbers only, and a policy that allows no request', () => {
    const out = join(dir, 'report.html');
    const result = run(['report', join(dir, 'events.jsonl'), '--out', out, '--dimensions', join(dir, 'dims.json')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Wrote .*report\.html: 12 months; 1 invalid line skipped\./);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:">/);
    assert.doesNotMatch(html, /PRIVATE-LINE|(src|href)="https?:/);
    const data = JSON.parse(/<script type="application\/json" id="wcg-report-data">(.*?)<\/script>/s.exec(html)[1]);
    assert.deepEqual(Object.keys(data).sort(), ['dimensions', 'invalidLines', 'meanActions', 'months', 'problems', 'schemaVersion', 'suppressionThreshold', 'tables']);
    assert.equal(data.invalidLines, 1);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/);
  });

  it('opens from the file offline, makes no request, shows the report and prints on A4', async () => {
    const out = join(dir, 'report-cy.html');
    assert.equal(run(['report', join(dir, 'events.jsonl'), '--out', out, '--dimensions', join(dir, 'dims.json'), '--lang', 'cy']).status, 0);
    const page = await browser.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (r) => r.url() !== pathToFileURL(out).href && requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setOfflineMode(true);
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('wcg-evaluation-report')?.shadowRoot?.querySelector('h2'));
    const headings = await page.evaluate(() => [...document.querySelector('wcg-evaluation-report').shadowRoot.querySelectorAll('h1, h2, h3')].map((h) => h.textContent.trim()));
    assert.equal(headings[0], 'Sgyrsiau llesiant: adroddiad gwerthuso');
    // The title is the page's h1, so each measure is an h2: no level is skipped.
    const levels = await page.evaluate(() => [...document.querySelector('wcg-evaluation-report').shadowRoot.querySelectorAll('h1, h2, h3')].map((h) => h.tagName));
    assert.deepEqual([...new Set(levels)], ['H1', 'H2']);
    assert.ok(headings.includes('Cwmpas yn ôl directorate'), headings.join(' | '));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points; every page of the report is A4, from its own @page rule.
    const boxes = Buffer.from(pdf).toString('latin1').match(/\/MediaBox \[[^\]]*\]/g) ?? [];
    assert.ok(boxes.length > 1);
    for (const box of boxes) assert.match(box, /^\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]$/);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says how to use it when the command or the output is missing', () => {
    const result = run(['report', 'events.jsonl']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Usage: wellbeing-conversation-guide report/);
    assert.equal(run(['report', join(dir, 'nope.jsonl'), '--out', join(dir, 'x.html')]).status, 1);
  });
});
