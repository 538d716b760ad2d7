import { expect, html, waitUntil } from '@open-wc/testing';
import { clickButton, readyConversation } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';

// A file of its own: the formatters are kept for the page, so no earlier test on this page may have made one.
describe('<wcg-conversation> dates made ahead', () => {
  it('makes the date format of its languages in idle time after it is ready, not when a date is first shown', async () => {
    const Real = Intl.DateTimeFormat;
    const made: string[] = [];
    // Counts each full-date formatter made, by language: the first one on a page is the slow one.
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        const [locales, options] = args;
        if (options?.dateStyle === 'long') made.push([locales].flat().join(','));
        return new target(...args);
      },
    });
    try {
      const el = await readyConversation(html`<wcg-conversation staff-lang="pl"></wcg-conversation>`);
      await waitUntil(() => made.length === 2, 'the date formats were not made ahead', { timeout: 10000 });
      expect(made).to.deep.equal(['en-GB,en-GB', 'pl,en-GB']);
      // The safety steps say when their numbers were checked: written with the format made ahead, none made now.
      await clickButton(el, 'Safety steps');
      expect(deepFind(el, '[part="verified"]').map((line) => line.textContent).join(' ')).to.match(/\d{1,2} [A-Z][a-z]+ \d{4}/);
      expect(made).to.have.length(2);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
