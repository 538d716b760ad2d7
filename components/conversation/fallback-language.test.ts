import { expect, html } from '@open-wc/testing';
import { clickButton, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { servePseudoLocale, swap } from '../test-helpers/pseudo-text.js';
import type { WcgConversation } from './conversation.js';

// A right-to-left language with text for the topics and the safety steps only, as a partial locale or a host's
// own locale folder may be: everything else falls back to en-GB. Each English text must then say it is English
// and left to right, or a screen reader reads it with the other language's voice and "How are things?" shows
// as "?How are things".
const partial = 'en-XB';

/** The language and direction a node is in: the nearest `lang` and `dir`, looking out through shadow roots. */
function languageOf(node: Node): { lang: string; dir: string } {
  let lang = '';
  let dir = '';
  for (let at: Node | null = node; at && !(lang && dir); at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at instanceof Element) {
      lang ||= at.getAttribute('lang') ?? '';
      dir ||= at.getAttribute('dir') ?? '';
    }
  }
  return { lang, dir };
}

/** Every text on screen that is not in the language it is marked as: "lang/dir: text". */
function mismarked(el: WcgConversation): string[] {
  const wrong: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      // Service and contact details are the trust's own words, in the languages the trust wrote; they carry data-content.
      const isContent = Boolean(node.parentElement?.closest('[data-content]'));
      if (text && /[A-Za-z]{2,}|⟦/.test(text) && !isContent) {
        const { lang, dir } = languageOf(node);
        const expected = text.includes('⟦') ? { lang: partial, dir: 'rtl' } : { lang: 'en-GB', dir: 'ltr' };
        if (lang !== expected.lang || dir !== expected.dir) wrong.push(`${lang}/${dir}: ${text}`);
      }
    }
    if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return wrong;
}

describe('<wcg-conversation> in a language with only some of its text', () => {
  let stopServing: () => void;
  before(() => (stopServing = servePseudoLocale(partial, 'partial', ['topics', 'safety'], 'rtl')));
  after(() => stopServing());

  it('marks every English text shown in its place lang="en-GB" dir="ltr", on every stage', async () => {
    const el = await readyConversation(html`<wcg-conversation lang=${partial} locales-base="/partial/"></wcg-conversation>`);
    const found: Record<string, string[]> = {};
    const check = (label: string) => {
      const wrong = mismarked(el);
      if (wrong.length) found[label] = wrong;
    };
    for (const stage of ['prepare', 'open', 'checkIn']) {
      check(stage);
      await clickButton(el, 'Continue');
    }
    deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 2).forEach((c) => c.click());
    await settle(el);
    check('chooseTopics');
    await clickButton(el, 'Continue');
    check('explore');
    await clickButton(el, `⟦${swap('Safety steps')}⟧`);
    check('safety');
    await clickButton(el, `⟦${swap('Back to the conversation')}⟧`);
    await clickButton(el, 'Continue');
    await clickButton(el, 'Continue');
    check('whatHelps');
    await clickButton(el, 'Continue');
    check('plan');
    await clickButton(el, 'Continue');
    check('agree');
    await clickButton(el, 'Agree and record');
    check('complete');
    // Both kinds of text were on screen: the language's own (topics) and English in its place.
    expect(deepFind(el, '[lang="en-GB"]').length).to.be.greaterThan(0);
    expect(found).to.deep.equal({});
  });
});
