import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import { defineAllElements } from '../../src/define-all.js';
import { getHeading, readyConversation } from '../test-helpers/conversation-helpers.js';

defineAllElements();

describe('<wcg-conversation> on a host page that uses i18next itself', () => {
  before(async () => {
    // The portal's own, global i18next: its language, its namespace, its keys.
    await i18next.init({
      lng: 'fr',
      fallbackLng: 'fr',
      defaultNS: 'portal',
      ns: ['portal'],
      resources: { fr: { portal: { greeting: 'Bonjour', save: 'Enregistrer' } } },
    });
  });

  after(async () => {
    await i18next.changeLanguage('fr');
  });

  it('renders in its own language', async () => {
    const el = await readyConversation();
    expect(getHeading(el)).to.equal('Before you start');
  });

  it('is accessible', async () => {
    const el = await readyConversation();
    await expect(el).to.be.accessible();
  });

  it("leaves the host's language, keys and resources as they were", async () => {
    await readyConversation();
    expect(i18next.language).to.equal('fr');
    expect(i18next.t('greeting')).to.equal('Bonjour');
    expect(i18next.t('portal:save')).to.equal('Enregistrer');
    expect(i18next.options.ns).to.deep.equal(['portal']);
    expect(i18next.hasResourceBundle('en-GB', 'common')).to.equal(false);
    expect(i18next.hasResourceBundle('fr', 'common')).to.equal(false);
  });

  it("is not moved by the host changing its language", async () => {
    const el = await readyConversation();
    await i18next.changeLanguage('de');
    el.requestUpdate();
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.shadowRoot!.querySelector('[part="frame"]')!.getAttribute('lang')).to.equal('en-GB');
  });
});
