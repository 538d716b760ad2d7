import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AgreedRecord } from '../../src/record/record.types.js';
import type { WcgConversation } from './conversation.js';
import { clickButton, getHeading, readyConversation, whenReady } from '../test-helpers/conversation-helpers.js';

describe('<wcg-conversation> languages', () => {
  it('treats a staff language that is the interface language in another spelling as the same, on screen and in the record', async () => {
    const el = await readyConversation(html`<wcg-conversation lang="cy" staff-lang="cy-GB"></wcg-conversation>`);
    await clickButton(el, 'Parhau');
    // Typed on the document as on the element: `detail.record` needs no cast.
    const records: AgreedRecord[] = [];
    const listen = (event: WindowEventMap['wcg-complete']) => records.push(event.detail.record);
    document.addEventListener('wcg-complete', listen);
    const complete = oneEvent(el, 'wcg-complete');
    await clickButton(el, 'Byddai\'n well gan yr aelod o staff beidio â siarad nawr');
    await clickButton(el, 'Dod â\'r sgwrs i ben a\'i chofnodi fel un a wrthodwyd');
    const { record } = (await complete).detail as { record: AgreedRecord };
    document.removeEventListener('wcg-complete', listen);
    expect(records).to.deep.equal([record]);
    expect(record.language).to.equal('cy');
    expect(record).not.to.have.property('staffLanguage');
  });

  it('says when the text of its language or the staff member\'s cannot be loaded, and shows en-GB text', async () => {
    const errors: { path: string; message: string }[] = [];
    const listen = (event: WindowEventMap['wcg-error']) => errors.push(...event.detail.errors);
    document.addEventListener('wcg-error', listen);
    try {
      // A folder the host named that serves something other than locale files: nothing loads, in either language.
      const el = await readyConversation(html`<wcg-conversation lang="cy" staff-lang="pl" locales-base="/__not-json/"></wcg-conversation>`);
      expect(getHeading(el)).to.equal('Before you start');
    } finally {
      document.removeEventListener('wcg-error', listen);
    }
    expect(errors).to.deep.equal([
      { path: 'lang', message: 'the cy text could not be loaded, so en-GB text is shown in its place: check that every file of the guide is served' },
      { path: 'staff-lang', message: 'the pl text could not be loaded, so en-GB text is shown in its place: check that every file of the guide is served' },
    ]);
  });

  it('says when its own language has not yet been checked by a native speaker, as Welsh has not', async () => {
    const welsh = await readyConversation(html`<wcg-conversation lang="cy"></wcg-conversation>`);
    expect(welsh.shadowRoot!.querySelector('[part="unreviewed"]')!.textContent).to.equal("Dydy siaradwr brodorol ddim wedi gwirio'r cyfieithiad hwn eto.");
    await expect(welsh).to.be.accessible();
    const english = await readyConversation(html`<wcg-conversation lang="en-GB"></wcg-conversation>`);
    expect(english.shadowRoot!.querySelector('[part="unreviewed"]')).to.equal(null);
  });

  it('takes its language from the nearest [lang], across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // Typed by the tag alone: HTMLElementTagNameMap knows every public tag.
    const el: WcgConversation = document.createElement('wcg-conversation');
    root.append(el);
    await whenReady(el);
    expect(getHeading(el)).to.equal('Cyn i chi ddechrau');
  });

  it('writes no empty lang attribute, so the host page’s :lang() rules still match', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy"><wcg-conversation></wcg-conversation></div>`);
    const el = await whenReady(host.querySelector('wcg-conversation') as WcgConversation);
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.matches(':lang(cy)')).to.equal(true);
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en-GB');
    el.lang = '';
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.matches(':lang(cy)')).to.equal(true);
  });

  it('leaves a lang attribute the host set as it was', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="cy"><wcg-conversation lang="en-GB"></wcg-conversation><wcg-conversation lang=""></wcg-conversation></div>`);
    const [english, unknown] = [...host.querySelectorAll('wcg-conversation')] as WcgConversation[];
    await Promise.all([whenReady(english), whenReady(unknown)]);
    expect(english.getAttribute('lang')).to.equal('en-GB');
    expect(unknown.getAttribute('lang')).to.equal('');
  });
});
