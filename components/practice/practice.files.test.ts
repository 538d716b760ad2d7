import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import example from '../../demo/scenarios/example-scenario.json' with { type: 'json' };
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { answer, click, getHeading, getPart, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// Trainers' own scenario files, from `scenario-src` or the file picker, and the promise that nothing is stored.

const exampleUrl = new URL('../../demo/scenarios/example-scenario.json', import.meta.url).href;

async function chooseFile(el: WcgPractice, contents: string, name = 'scenario.json'): Promise<void> {
  const input = getPart<HTMLInputElement>(el, '#scenario-upload');
  const transfer = new DataTransfer();
  transfer.items.add(new File([contents], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function getFileErrors(el: WcgPractice): string[] {
  const summary = el.shadowRoot!.querySelector('[part="file-errors"]');
  return [...(summary?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.textContent!.trim());
}

function listedValues(el: WcgPractice): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="scenario"]')].map((r) => r.value);
}

describe('<wcg-practice> scenario files', () => {
  it('adds the scenario from scenario-src beside the built-ins, chosen and announced', async () => {
    const el = await practiceFixture(html`<wcg-practice scenario-src=${exampleUrl}></wcg-practice>`);
    await waitUntil(() => listedValues(el).includes('file'), 'the file scenario was not added');
    expect(listedValues(el)).to.deep.equal([...builtInScenarios.map((s) => s.id), 'file']);
    expect(getPart<HTMLInputElement>(el, '#scenario-file').checked).to.equal(true);
    expect(getPart(el, 'label[for="scenario-file"]').textContent).to.include('Back after sick leave');
    expect(getPart(el, '[role="status"]').textContent).to.include('Scenario added: Back after sick leave');
    await click(el, 'Continue');
    await click(el, 'Practise with simulated replies');
    expect(getHeading(el)).to.equal('Sam Taylor: step 1 of 3');
    await answer(el, 'welcome');
    expect(getPart(el, '#reply blockquote').textContent).to.include('The afternoons are harder than I thought');
  });

  it('plays a file scenario to its debrief, with the file\'s id in the event', async () => {
    const el = await practiceFixture(html`<wcg-practice scenario-src=${exampleUrl}></wcg-practice>`);
    await waitUntil(() => listedValues(el).includes('file'));
    await click(el, 'Continue');
    await click(el, 'Practise with simulated replies');
    const completed = oneEvent(el, 'wcg-practice-complete');
    for (const id of ['welcome', 'sayBack', 'agree']) {
      await answer(el, id);
      await click(el, getPart(el, '[part="nav"] button'));
    }
    expect((await completed).detail).to.deep.include({ scenarioId: 'backFromSickLeave', mode: 'simulated' });
  });

  it('shows each problem of a bad file with its exact path, fires wcg-error, and keeps the built-ins', async () => {
    const el = await practiceFixture();
    const bad = JSON.parse(JSON.stringify(example));
    bad.id = 'Back from sick leave';
    bad.steps[2].options[1].rubric.consent = 'lots';
    delete bad.steps[1].options[0].replies;
    const error = oneEvent(el, 'wcg-error');
    await chooseFile(el, JSON.stringify(bad));
    const { detail } = await error;
    await waitUntil(() => getFileErrors(el).length > 0);
    expect(getFileErrors(el)).to.deep.equal([
      'id: expected an id like "nightShiftPorter": a small letter, then 1 to 39 letters or digits, got "Back from sick leave"',
      'steps[1].options[0].replies: expected replies per openness band { "guarded": …, "opening": …, "open": … }, but it is missing',
      'steps[2].options[1].rubric.consent: expected a number from -2 to 2, got "lots"',
    ]);
    expect(detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['id', 'steps[1].options[0].replies', 'steps[2].options[1].rubric.consent']);
    expect(getPart(el, '[part="file-errors"]').shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#scenario-upload');
    expect(listedValues(el)).to.deep.equal(builtInScenarios.map((s) => s.id));
    await expect(el).to.be.accessible();
  });

  it('says when a file is not JSON, or too big', async () => {
    const el = await practiceFixture();
    await chooseFile(el, '{ "id": "oops", ');
    await waitUntil(() => getFileErrors(el).length > 0);
    expect(getFileErrors(el)).to.deep.equal(['file: is not a JSON file that can be read, so nothing in it was checked']);
    await chooseFile(el, `"${'x'.repeat(600 * 1024)}"`);
    await waitUntil(() => getFileErrors(el)[0]?.includes('too big'));
    expect(getFileErrors(el)).to.deep.equal(['file: is too big: a scenario file can be up to 512 KB']);
  });

  it('keeps a good file scenario when a later file is bad, and clears the errors when a good one follows', async () => {
    const el = await practiceFixture();
    await chooseFile(el, JSON.stringify(example));
    await waitUntil(() => listedValues(el).includes('file'));
    await chooseFile(el, '[]');
    await waitUntil(() => getFileErrors(el).length > 0);
    expect(listedValues(el)).to.include('file');
    await chooseFile(el, JSON.stringify(example));
    await waitUntil(() => getFileErrors(el).length === 0);
  });

  it('refuses scenario-src on another site without fetching it, and reports a file that is not there', async () => {
    const requested: string[] = [];
    const original = window.fetch;
    // The missing file is answered here, so the test server logs no 404.
    window.fetch = async (input: RequestInfo | URL) => {
      // The practice text itself is fetched on demand and must still arrive.
      if (String(input).includes('/locales/')) return original(input);
      requested.push(String(input));
      return new Response('Not found', { status: 404 });
    };
    try {
      const other = await practiceFixture(html`<wcg-practice scenario-src="https://example.org/scenario.json"></wcg-practice>`);
      await waitUntil(() => getFileErrors(other).length > 0);
      expect(getFileErrors(other)).to.deep.equal(['file: is on another website; a scenario file must come from this website']);
      const missing = await practiceFixture(html`<wcg-practice scenario-src="./no-such-scenario.json"></wcg-practice>`);
      await waitUntil(() => getFileErrors(missing).length > 0);
      expect(getFileErrors(missing)).to.deep.equal(['file: could not be loaded from "./no-such-scenario.json"']);
    } finally {
      window.fetch = original;
    }
    expect(requested.some((url) => url.includes('example.org'))).to.equal(false);
    expect(requested.filter((url) => url.includes('no-such-scenario'))).to.have.length(1);
  });

  it('refuses scenario-src that a redirect takes to another website, and says so', async () => {
    // The test server sends this on to itself at 127.0.0.2, another origin (scripts/redirect-middleware.mjs).
    const redirected = `/__redirect/other-origin${new URL(exampleUrl).pathname}`;
    const el = await practiceFixture(html`<wcg-practice scenario-src=${redirected}></wcg-practice>`);
    await waitUntil(() => getFileErrors(el).length > 0, 'no problem was shown');
    expect(getFileErrors(el)).to.deep.equal(['file: was sent on to another website; a scenario file must come from this website']);
    expect(listedValues(el)).to.deep.equal(builtInScenarios.map((s) => s.id));
  });
});

describe('<wcg-practice> storage', () => {
  it('never touches localStorage, sessionStorage or IndexedDB through a whole practice', async () => {
    const snapshot = async () => ({
      local: JSON.stringify(Object.entries(localStorage)),
      session: JSON.stringify(Object.entries(sessionStorage)),
      databases: JSON.stringify((await indexedDB.databases()).map((d) => d.name).sort()),
    });
    const before = await snapshot();
    const calls: string[] = [];
    const storage = Storage.prototype;
    const originals = { getItem: storage.getItem, setItem: storage.setItem, removeItem: storage.removeItem, clear: storage.clear, key: storage.key, open: indexedDB.open };
    for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      (storage as unknown as Record<string, unknown>)[name] = function (this: Storage, ...args: unknown[]) {
        calls.push(name);
        return (originals[name] as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      calls.push('indexedDB.open');
      return originals.open.apply(indexedDB, args);
    };
    try {
      const el = await practiceFixture(html`<wcg-practice scenario-src=${exampleUrl}></wcg-practice>`);
      await waitUntil(() => listedValues(el).includes('file'));
      await chooseFile(el, JSON.stringify(example));
      await click(el, getPart(el, '#scenario-paramedicTrauma'));
      await click(el, 'Continue');
      await click(el, 'Practise with simulated replies');
      for (const step of builtInScenarios.find((s) => s.id === 'paramedicTrauma')!.steps) {
        await answer(el, step.options[0]!.id);
        await click(el, getPart(el, '[part="nav"] button'));
      }
      await click(el, 'Practise this scenario again');
      await click(el, 'Observe a role-play');
      await click(el, getPart(el, '#score-risk-4'));
      await click(el, 'See the debrief');
      expect(getPart(el, '[part="debrief"]')).to.exist;
    } finally {
      Object.assign(storage, { getItem: originals.getItem, setItem: originals.setItem, removeItem: originals.removeItem, clear: originals.clear, key: originals.key });
      indexedDB.open = originals.open;
    }
    expect(calls).to.deep.equal([]);
    expect(await snapshot()).to.deep.equal(before);
  });
});
