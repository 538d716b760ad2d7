import { expect, html, waitUntil } from '@open-wc/testing';
import type { i18n } from 'i18next';
import type { WcgConversation } from '../../components/conversation/conversation.js';
import { clickButton, getHeading, readyConversation, settle } from '../../components/test-helpers/conversation-helpers.js';
import { deepFind } from '../../components/test-helpers/deep-find.js';
import { createI18n, hasOwnText } from './i18n.js';
import { locales } from './locales.js';
import { allSourceResources } from './all-source-resources.js';
import { lazyNamespaces, type NamespaceName } from './resources.js';

// From the bundled resources rather than `namespaceNames`: i18next adds every namespace it is given to the
// array passed as `ns`, so that list can grow while tests run.
const namespaces = Object.keys(allSourceResources) as NamespaceName[];

// The CLDR plural category Welsh uses for each count: a translation needs all six forms.
const welshCategories: ReadonlyArray<readonly [number, string]> = [
  [0, 'zero'],
  [1, 'one'],
  [2, 'two'],
  [3, 'few'],
  [6, 'many'],
  [10, 'other'],
];

let welsh: i18n;
let english: i18n;

/** The Welsh text of a key, checked to be Welsh of its own and not the en-GB fallback. */
function cy(key: string, options?: Record<string, unknown>): string {
  expect(hasOwnText(welsh, 'cy', key), `${key} has Welsh text`).to.equal(true);
  const text = welsh.t(key, options);
  expect(text, `${key} is not the en-GB text`).not.to.equal(english.t(key, options));
  return text;
}

/** The Welsh resource for one plural form, with its placeholders filled in by hand. */
function pluralForm(ns: string, key: string, category: string, values: Record<string, number>): string {
  const raw = welsh.getResource('cy', ns, `${key}_${category}`) as string;
  return raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/** The value of the first text area inside the element (through shadow roots). */
function firstTextarea(el: WcgConversation): HTMLTextAreaElement {
  const [area] = deepFind<HTMLTextAreaElement>(el, 'textarea');
  if (!area) throw new Error('no text area');
  return area;
}

/** Sets the element's language and waits until the stage heading is `heading`. */
async function switchLanguage(el: WcgConversation, lang: string, heading: string): Promise<void> {
  el.lang = lang;
  await waitUntil(() => getHeading(el) === heading, `heading in ${lang}`, { timeout: 5000 });
  await settle(el);
}

before(async () => {
  const lazy = { namespaces: [...lazyNamespaces] };
  [welsh, english] = await Promise.all([createI18n('cy', lazy), createI18n('en-GB', lazy)]);
});

describe('Welsh (cy)', () => {
  it('is a full locale: the manifest lists every namespace', () => {
    expect([...locales.cy.namespaces].sort()).to.deep.equal([...namespaces].sort());
    expect(locales.cy.dir).to.equal('ltr');
  });

  it('loads Welsh text for every namespace with text in en-GB', () => {
    expect(welsh.language).to.equal('cy');
    for (const ns of namespaces) {
      if (Object.keys(allSourceResources[ns]).length) expect(welsh.hasResourceBundle('cy', ns), `${ns} loaded`).to.equal(true);
    }
    expect(cy('common:nav.next')).to.equal('Parhau');
    expect(cy('safety:entries.samaritansWelsh.name')).to.equal('Llinell Gymraeg y Samariaid');
    cy('stages:prepare.heading');
    cy('topics:mood.prompt');
  });

  it('gives cy-GB the same text as cy', async () => {
    const regional = await createI18n('cy-GB');
    expect(regional.language).to.equal('cy');
    for (const key of ['common:title', 'stages:open.heading', 'services:categories.occupationalHealth.name']) {
      expect(regional.t(key)).to.equal(cy(key));
    }
  });

  it('picks the Welsh plural form for 0, 1, 2, 3, 6 and 10', () => {
    for (const [key, values] of [
      ['count', { recorded: 1 }],
      ['complete.panelBody', {}],
    ] as const) {
      const forms = welshCategories.map(([, category]) => pluralForm('agree', key, category, { count: 99, ...values }));
      // Each form reads differently, so picking the wrong one cannot pass unnoticed.
      expect(new Set(forms).size, `${key} has six different forms`).to.equal(6);
      for (const [count, category] of welshCategories) {
        expect(welsh.t(`agree:${key}`, { count, ...values }), `${key} for ${count}`).to.equal(pluralForm('agree', key, category, { count, ...values }));
      }
    }
    expect(welsh.t('agree:count', { count: 2, recorded: 1 })).to.equal("Bydd 1 o'r ddwy adran yn cael eu cofnodi");
    expect(welsh.t('agree:complete.panelBody', { count: 6 })).to.equal('Cafodd chwe adran eu cofnodi, gyda chytundeb yr aelod o staff.');
  });
});

describe('<wcg-conversation lang="cy">', () => {
  it('renders the first stage in Welsh', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="cy"></wcg-conversation>`);
    expect(getHeading(el)).to.equal(cy('stages:prepare.heading'));
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('cy');
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal(cy('common:progress', { current: 1, total: 8 }));
    expect(deepFind(el, 'button').some((b) => b.textContent!.trim() === cy('common:nav.next'))).to.equal(true);
  });

  it('is accessible', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="cy"></wcg-conversation>`);
    await expect(el).to.be.accessible();
  });

  it('keeps Welsh headings while walking through the stages with Parhau', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="cy"></wcg-conversation>`);
    for (const stage of ['open', 'checkIn', 'chooseTopics']) {
      await clickButton(el, cy('common:nav.next'));
      expect(getHeading(el)).to.equal(cy(`stages:${stage}.heading`));
    }
    await expect(el).to.be.accessible();
  });

  it('shows the Samaritans Welsh-language line in the safety steps for Wales', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="cy" nation="wales"></wcg-conversation>`);
    await clickButton(el, cy('safety:open'));
    expect(getHeading(el)).to.equal(cy('safety:heading'));
    const panel = el.shadowRoot!.querySelector('wcg-safety-panel')!;
    const text = panel.shadowRoot!.textContent!;
    expect(text).to.contain(cy('safety:entries.samaritansWelsh.name'));
    expect(text).to.contain('0808 164 0123');
    expect(text).to.contain(cy('safety:entries.nhs111Wales.name'));
  });

  it('changes to Welsh and back at run time without losing what was typed', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="en-GB"></wcg-conversation>`);
    await clickButton(el, 'Continue');
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal(english.t('stages:checkIn.heading'));
    const typed = 'Cysgu’n wael ers y shifftiau nos';
    const area = firstTextarea(el);
    area.value = typed;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);

    await switchLanguage(el, 'cy', cy('stages:checkIn.heading'));
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('cy');
    expect(firstTextarea(el).value).to.equal(typed);
    expect(deepFind(el, 'button').some((b) => b.textContent!.trim() === cy('common:nav.next'))).to.equal(true);

    await switchLanguage(el, 'en-GB', english.t('stages:checkIn.heading'));
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en-GB');
    expect(firstTextarea(el).value).to.equal(typed);
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal(english.t('stages:chooseTopics.heading'));
  });
});
