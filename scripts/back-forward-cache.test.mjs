// Back after a host form was sent, when Chromium shows the form page again from its back-forward cache: the
// page as it was left, the guide at its end, not a new page given the form's restore state. The guide must not
// let the form send the same record again. This needs a real tab on a real server: the browser keeps no page
// in that cache from inside the test runner's frames (components/conversation/conversation-form.test.ts has the
// unit test, with a `pageshow` event of its own making).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bundleFile } from './bundle-config.mjs';
import { installDeepHelpers, servedBuild, walkToCompletion } from './page-helpers.mjs';

// A host page: the guide in its form, which is posted to a page that says it was sent.
const formPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Appraisal</title><link rel="icon" href="data:,">
<script type="module" src="./${bundleFile}"></script></head>
<body><form method="post" action="./sent.html"><wcg-conversation name="wellbeing" required></wcg-conversation><button>Send</button></form></body></html>`;
const sentPage = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Sent</title><link rel="icon" href="data:,"></head><body><p id="sent">Sent</p></body></html>';

// Runs in every page before its scripts: notes each `pageshow` and whether the page came from the cache.
function notePageShows() {
  window.shows = [];
  window.addEventListener('pageshow', (event) => window.shows.push(event.persisted));
}

let served;

before(async () => {
  served = await servedBuild({ 'form.html': formPage, 'sent.html': sentPage });
});

after(() => served?.close());

test('Back from the sent form to the page kept whole in the back-forward cache: the guide says it was sent, and the form cannot send the record again', async () => {
  const page = await served.browser.newPage();
  const posts = [];
  page.on('request', (request) => request.method() === 'POST' && posts.push(new URLSearchParams(request.postData() ?? '').get('wellbeing')));
  try {
    await page.evaluateOnNewDocument(notePageShows);
    await page.evaluateOnNewDocument(installDeepHelpers);
    await page.goto(`${served.url}/form.html`);
    await page.waitForFunction(() => window.deepAll('#stage-heading').length > 0, { polling: 50 });
    await walkToCompletion(page);
    // A mark on this document: only the very page that was left still has it after Back.
    await page.evaluate(() => (window.leftAt = 'before sending'));
    await Promise.all([page.waitForNavigation(), page.click('form > button')]);
    assert.equal(await page.evaluate(() => document.getElementById('sent')?.textContent), 'Sent');
    assert.equal(posts.length, 1);
    assert.equal(JSON.parse(posts[0]).outcome, 'completed');

    await page.goBack();
    // Proof that the page came from the back-forward cache, not from a new load given the form's restore state:
    // the same document, shown a second time with `persisted`, its one navigation still the first load.
    const shown = await page.evaluate(() => ({
      leftAt: window.leftAt,
      shows: window.shows,
      navigations: performance.getEntriesByType('navigation').map((entry) => entry.type),
    }));
    assert.deepEqual(shown, { leftAt: 'before sending', shows: [false, true], navigations: ['navigate'] });

    await page.waitForFunction(() => window.deepAll('[part="submitted-notice"]').length > 0, { polling: 50 });
    const after = await page.evaluate(() => {
      const form = document.querySelector('form');
      const guide = document.querySelector('wcg-conversation');
      return {
        heading: window.deepAll('#stage-heading')[0].textContent.trim(),
        notice: window.deepAll('[part="submitted-notice"]')[0].textContent.trim(),
        value: guide.value,
        sent: new FormData(form).get('wellbeing'),
        customError: guide.validity.customError,
      };
    });
    // As a new page given the form's restore state: the first stage, and nothing said kept on the page.
    assert.deepEqual(after, {
      heading: 'Before you start',
      notice: 'This wellbeing conversation was completed and sent with this form. Nothing that was said is kept on this page. To send the form again, hold a new conversation first.',
      value: '',
      sent: '',
      customError: true,
    });
    // Send pressed again: the browser's own validation stops the form at the guide; nothing is posted.
    await page.evaluate(() => {
      window.invalid = 0;
      document.querySelector('wcg-conversation').addEventListener('invalid', () => (window.invalid += 1));
    });
    await page.click('form > button');
    await page.waitForFunction(() => window.invalid === 1, { polling: 50 });
    assert.equal(await page.evaluate(() => window.leftAt), 'before sending');
    assert.equal(posts.length, 1);
  } finally {
    await page.close();
  }
});
