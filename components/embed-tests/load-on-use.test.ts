import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements, elementFiles, loadElement } from '../../src/define.js';

// The main file registers the conversation's elements at once; practice, the settings editor and the two sheets are
// each fetched the first time their tag is used on the page.
describe('Elements fetched when first used', () => {
  before(() => defineElements());

  it('registers the conversation at once, and none of the four others before its tag is used', () => {
    expect(customElements.get('wcg-conversation')).to.exist;
    for (const tag of ['wcg-practice', 'wcg-config-editor', 'wcg-config-preview', 'wcg-prep-sheet']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('fetches and registers an element when its tag is added to the page, and it renders with what was set before', async () => {
    const sheet = document.createElement('wcg-prep-sheet');
    (sheet as unknown as { audience: string }).audience = 'staff';
    document.body.append(sheet);
    try {
      await customElements.whenDefined('wcg-prep-sheet');
      await waitUntil(() => sheet.shadowRoot?.querySelector('.frame'), 'the sheet never drew its frame', { timeout: 20000 });
      expect((sheet as HTMLElementTagNameMap['wcg-prep-sheet']).audience).to.equal('staff');
    } finally {
      sheet.remove();
    }
  });

  it('fetches an element found inside a larger piece of the page, and the ones it shows inside it', async () => {
    const wrapper = await fixture(html`<section><div><wcg-config-editor></wcg-config-editor></div></section>`);
    await waitUntil(() => customElements.get('wcg-config-editor'), 'the settings editor was not registered', { timeout: 20000 });
    expect(customElements.get('wcg-config-preview')).to.exist;
    const editor = wrapper.querySelector('wcg-config-editor')!;
    // It draws its form once its own text has loaded.
    await waitUntil(() => editor.shadowRoot?.querySelector('[part="form"]'), 'the settings editor drew nothing', { timeout: 20000 });
  });

  it('when an element\'s file cannot be fetched, says so on the element with wcg-error, and fetches it again next time', async () => {
    const original = elementFiles['wcg-plan-summary'];
    elementFiles['wcg-plan-summary'] = () => Promise.reject(new Error('offline'));
    const summary = document.createElement('wcg-plan-summary');
    try {
      const heard = new Promise<CustomEvent>((resolve) => summary.addEventListener('wcg-error', (event) => resolve(event as CustomEvent), { once: true }));
      document.body.append(summary);
      const { detail } = await heard;
      expect(detail.errors).to.deep.equal([{ path: 'wcg-plan-summary', message: 'The file for <wcg-plan-summary> could not be downloaded. Check the connection and reload the page.' }]);
      expect(customElements.get('wcg-plan-summary')).to.equal(undefined);
    } finally {
      summary.remove();
      elementFiles['wcg-plan-summary'] = original;
    }
  });

  it('loads an element on request, for a host that renders it where the page-wide watch cannot see (its own shadow root)', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('wcg-plan-summary'));
    document.body.append(host);
    try {
      expect(customElements.get('wcg-plan-summary')).to.equal(undefined);
      await loadElement('wcg-plan-summary');
      expect(customElements.get('wcg-plan-summary')).to.exist;
      const summary = shadow.querySelector('wcg-plan-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot).to.exist;
    } finally {
      host.remove();
    }
  });

  it('fetches each file once, however many times it is asked for', async () => {
    const first = loadElement('wcg-practice');
    expect(loadElement('wcg-practice')).to.equal(first);
    await first;
    expect(customElements.get('wcg-practice')).to.exist;
  });
});
