// The widget under the strict policy demo/csp.html is served with: a full conversation, from the first
// stage to the record, must not cause a single policy violation, page error or console error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strictPolicy } from './demo-middleware.mjs';
import { startServer } from './dev-server.mjs';
import { clickButton, installDeepHelpers, launchBrowser, walkToCompletion } from './page-helpers.mjs';

let server;
let browser;
let page;
let response;
const pageErrors = [];
const consoleErrors = [];
const failedRequests = [];

// Runs in the page before any of its scripts: keeps every violation the browser reports.
function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sourceFile}`);
  }, true);
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A 404 is reported twice, as a response and as a console error; it is checked as a response. The page's
  // icon is one of them: it names its own, from this origin, so the browser asks for no /favicon.ico.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && consoleErrors.push(message.text()));
  page.on('response', (r) => r.status() >= 400 && failedRequests.push(`${r.status()} ${r.url()}`));
  await page.evaluateOnNewDocument(recordViolations);
  response = await page.goto(`${server.url}/demo/csp.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(installDeepHelpers);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('demo/csp.html is served with the strict policy', () => {
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-security-policy'], strictPolicy);
});

test('a whole conversation runs under the policy without a violation, and the record arrives', async () => {
  // Through as much of the widget as one walk can reach: the safety steps, two topics, their services.
  const headings = await walkToCompletion(page, {
    onStage: async (heading) => {
      if (heading === 'How are things?') {
        await clickButton(page, 'Safety steps');
        await page.waitForFunction(() => window.buttonLabels().includes('Back to the conversation'), { polling: 50 });
        await clickButton(page, 'Back to the conversation');
      }
      if (heading === 'What would you like to talk about?') {
        await page.evaluate(() => window.deepAll('input[type=checkbox]').slice(0, 2).forEach((box) => box.click()));
      }
    },
  });
  assert.equal(headings[0], 'Before you start');
  assert.ok(headings.some((h) => h.startsWith('Talking about')), headings.join(' > '));
  assert.equal(headings.at(-1), 'Conversation complete');
  const received = await page.$eval('#received pre', (pre) => pre.textContent);
  assert.equal(JSON.parse(received).outcome, 'completed');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(failedRequests, []);
});

// Without these, a broken listener or a missing header would let the test above pass on anything.
test('the policy is enforced on the page: an inline style and an untrusted innerHTML are refused', async () => {
  const innerHtmlRefused = await page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
    let refused = false;
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch {
      refused = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return refused;
  });
  assert.equal(innerHtmlRefused, true);
  const violations = await page.evaluate(() => window.violations);
  assert.ok(violations.some((v) => v.startsWith('style-src')), violations.join('; '));
  assert.ok(violations.some((v) => v.startsWith('require-trusted-types-for')), violations.join('; '));
});
