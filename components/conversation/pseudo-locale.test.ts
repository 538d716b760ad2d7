import { expect, html } from '@open-wc/testing';
import { namespaceNames } from '../../src/i18n/resources.js';
import { clickButton, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { servePseudoLocale, swap } from '../test-helpers/pseudo-text.js';
import type { WcgConversation } from './conversation.js';

// A pseudo-locale: every string from the locale files as pseudo-text. Any English word left on screen then came
// from somewhere other than the locale files.
const pseudo = 'en-XA';

function englishLeft(el: WcgConversation): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      // Service and contact details are the trust's own words, shown as written; they carry data-content.
      const isContent = Boolean(parent?.closest('[data-content]'));
      if (text && /[A-Za-z]{2,}/.test(text.replace(/⟦[^⟧]*⟧/g, '')) && !isContent) texts.push(text);
    }
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return;
    node.childNodes.forEach(walk);
  };
  walk(el);
  return texts;
}

describe('<wcg-conversation> in a pseudo-locale', () => {
  let stopServing: () => void;
  before(() => (stopServing = servePseudoLocale(pseudo, 'pseudo', namespaceNames, 'ltr')));
  after(() => stopServing());

  it('shows no English text outside the locale files on any stage', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="en-XA" locales-base="/pseudo/"></wcg-conversation>`);
    const found: Record<string, string[]> = {};
    const check = (label: string) => {
      const left = englishLeft(el);
      if (left.length) found[label] = left;
    };
    const next = () => clickButton(el, `⟦${swap('Continue')}⟧`);
    for (const stage of ['prepare', 'open', 'checkIn']) {
      check(stage);
      await next();
    }
    // Mood brings national services (NHS Practitioner Health), so trust-written text is on screen too.
    deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(3, 5).forEach((c) => c.click());
    await settle(el);
    check('chooseTopics');
    await next();
    check('explore');
    await next();
    await next();
    check('whatHelps');
    await next();
    await clickButton(el, `⟦${swap('Add an action')}⟧`).catch(() => undefined);
    await next();
    check('plan with errors');
    await clickButton(el, `⟦${swap('Safety steps')}⟧`);
    check('safety');
    await clickButton(el, `⟦${swap('Back to the conversation')}⟧`);
    deepFind<HTMLButtonElement>(el, 'button').filter((b) => b.textContent!.includes(swap('Remove'))).forEach((b) => b.click());
    await settle(el);
    await next();
    check('agree');
    await clickButton(el, `⟦${swap('Agree and record')}⟧`);
    check('complete');
    expect(getHeading(el)).to.contain('⟦');
    expect(found).to.deep.equal({});
  });
});
