import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { safetyPathIds, safetyPaths } from '../../src/content/crisis.js';
import type { TrustConfig } from '../../src/content/trust-config.js';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import { conversationFixture, getText, testConfig } from '../test-helpers/conversation-fixture.js';
import { renderVerified } from './crisis-lines.js';
import type { WcgSafetyPanel } from './safety-panel.js';

/** The panel as the root shows it: with the safety steps open, on a path or not. */
function safetyPanel(events: ConversationEvent[] = [{ type: 'safety.open' }], config: TrustConfig = testConfig) {
  return conversationFixture<WcgSafetyPanel>(html`<wcg-safety-panel></wcg-safety-panel>`, { events, config });
}

function getPathButton(el: WcgSafetyPanel, name: string): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.path')].find((b) => b.textContent!.trim() === name);
  expect(button, name).to.exist;
  return button!;
}

function getLinks(el: WcgSafetyPanel, scheme: string): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`a[href^="${scheme}"]`)];
}

function getSteps(el: WcgSafetyPanel): string[] {
  return [...el.shadowRoot!.querySelectorAll('ol.steps li')].map((li) => li.textContent!.trim());
}

describe('<wcg-safety-panel>', () => {
  it('renders the four paths, and the emergency and urgent lines before one is chosen', async () => {
    const { el } = await safetyPanel();
    const buttons = [...el.shadowRoot!.querySelectorAll('button.path')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Suicide or self-harm', 'Someone else at risk, or not safe to work or drive', 'Domestic abuse', 'A child or an adult at risk',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
    expect(getLinks(el, 'tel:').map((a) => a.textContent!.trim())).to.deep.equal(['Call 999', 'Call 111', 'Call 116 123']);
    // As shown, not only as written: the space before the number is kept on screen.
    expect(getLinks(el, 'tel:').map((a) => a.innerText.trim())).to.deep.equal(['Call 999', 'Call 111', 'Call 116 123']);
    // A number is dialled whole: it never breaks across lines, however narrow the screen (the words around it may).
    expect(getLinks(el, 'tel:').map((a) => [a.querySelector('.number')!.textContent, getComputedStyle(a.querySelector('.number')!).whiteSpace])).to.deep.equal([
      ['999', 'nowrap'], ['111', 'nowrap'], ['116 123', 'nowrap'],
    ]);
    expect(getText(el)).to.contain('In an emergency');
    expect(getText(el)).to.contain('Someone to listen');
    expect(getSteps(el)).to.deep.equal([]);
  });

  it('is accessible', async () => {
    const { el } = await safetyPanel();
    await expect(el).to.be.accessible();
  });

  for (const path of safetyPathIds) {
    it(`is accessible on the ${path} path`, async () => {
      const { el } = await safetyPanel([{ type: 'safety.open', path }]);
      await expect(el).to.be.accessible();
    });
  }

  it("shows a path's lead, its numbered steps and its own lines when it is chosen", async () => {
    const { el, actor } = await safetyPanel();
    getPathButton(el, 'Domestic abuse').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.safetyPath).to.equal('domesticAbuse');
    expect(getPathButton(el, 'Domestic abuse').getAttribute('aria-pressed')).to.equal('true');
    expect(getPathButton(el, 'Suicide or self-harm').getAttribute('aria-pressed')).to.equal('false');
    expect(getSteps(el)).to.have.length(safetyPaths.domesticAbuse.length);
    expect(getSteps(el)[0]).to.equal('Believe them. Thank them for telling you. It is not their fault.');
    expect(getText(el)).to.contain('Use these steps if someone tells you they are being hurt');
    expect(getLinks(el, 'tel:').map((a) => a.textContent!.trim())).to.deep.equal(['Call 999', 'Call 0808 2000 247']);
  });

  it('clears the choice when the chosen path is pressed again', async () => {
    const { el, actor } = await safetyPanel([{ type: 'safety.open', path: 'suicide' }]);
    getPathButton(el, 'Suicide or self-harm').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.safetyPath).to.equal(null);
    expect(getSteps(el)).to.deep.equal([]);
  });

  it('dials phone numbers by their digits alone', async () => {
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'suicide' }]);
    const calls = getLinks(el, 'tel:');
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
    expect(calls[2].textContent!.trim()).to.equal('Call 116 123');
  });

  it('texts a text line with its keyword', async () => {
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'suicide' }]);
    const [text] = getLinks(el, 'sms:');
    expect(text.getAttribute('href')).to.equal('sms:85258?body=SHOUT');
    expect(text.textContent!.trim()).to.equal('Text SHOUT to 85258');
  });

  it('gives every line its source, opening in a new tab that it names', async () => {
    const { el, content } = await safetyPanel([{ type: 'safety.open', path: 'suicide' }]);
    const sources = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.source a')];
    expect(sources).to.have.length(4);
    expect(sources[2].getAttribute('href')).to.equal(content.crisis.entries.find((e) => e.id === 'samaritans')!.source);
    expect(sources[2].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source for the Samaritans number (opens in new tab)');
    expect(sources.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
  });

  it('shows when the numbers were checked, and warns when a number could not be confirmed on its own page', async () => {
    const { el } = await safetyPanel();
    expect(el.shadowRoot!.querySelector('[part="verified"]')!.textContent).to.equal('Numbers checked on 4 November 2024');
    const warning = el.shadowRoot!.querySelector('[part="warning"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(warning).to.contain('Warning').and.to.contain("could not be checked on the service's own website");
  });

  it('warns when the numbers were checked more than a year ago', async () => {
    const { el } = await safetyPanel([{ type: 'safety.open' }], { ...testConfig, nation: 'wales' });
    expect(el.shadowRoot!.querySelector('[part="verified"]')!.textContent).to.equal('Numbers checked on 1 July 2021');
    const warning = el.shadowRoot!.querySelector('[part="warning"]');
    expect(warning).to.exist;
    // Wales also holds numbers not confirmed on their own pages, so one warning says both.
    expect(warning!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      "Warning Some of these numbers were last checked more than a year ago, and some could not be checked on the service's own website. Check them on each service's own website before you rely on them.",
    );
  });

  it('shows no warning for numbers confirmed on their own pages within the year', async () => {
    const { i18n } = await safetyPanel();
    const host = document.createElement('div');
    const options = { t: i18n.t, language: 'en-GB', overrides: [], organisation: '' };
    render(renderVerified({ lastVerified: '2026-11-01', unconfirmed: false }, '2026-12-03', options), host);
    expect(host.querySelector('[part="warning"]')).to.equal(null);
    render(renderVerified({ lastVerified: '2026-11-01', unconfirmed: true }, '2026-12-03', options), host);
    expect(host.querySelector('[part="warning"]')!.textContent).to.contain("could not be checked on the service's own website");
    render(renderVerified({ lastVerified: '2025-11-01', unconfirmed: false }, '2026-12-03', options), host);
    expect(host.querySelector('[part="warning"]')!.textContent).to.contain('more than a year ago').and.not.to.contain('could not be checked');
  });

  it("shows the trust's escalation contact when it has one", async () => {
    const config: TrustConfig = {
      ...testConfig,
      escalation: {
        name: { 'en-GB': 'Wellbeing manager on call', cy: 'Rheolwr lles ar alwad' },
        description: 'Ring any time if you are worried about a member of staff.',
        phone: '0300 123 4567',
        email: 'wellbeing@example.nhs.uk',
        url: 'https://example.nhs.uk/wellbeing',
      },
    };
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'safeguarding' }], config);
    const escalation = el.shadowRoot!.querySelector('[part="escalation"]')!;
    const text = escalation.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Wellbeing manager on call');
    expect(text).to.contain('Ring any time if you are worried about a member of staff.');
    expect(escalation.querySelector('a[href="tel:03001234567"]')!.textContent!.trim()).to.equal('Call 0300 123 4567');
    expect(escalation.querySelector('a[href="mailto:wellbeing@example.nhs.uk"]')).to.exist;
    expect(escalation.querySelector('a[href="https://example.nhs.uk/wellbeing"]')!.textContent!.trim()).to.equal(
      'Wellbeing manager on call website (opens in new tab)',
    );
  });

  it('shows no escalation contact when the trust has none', async () => {
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'safeguarding' }]);
    expect(el.shadowRoot!.querySelector('[part="escalation"] a')).to.equal(null);
  });

  it("shows a trust's note under a national line, labelled as the trust's, and never changes the national number", async () => {
    const config = { ...testConfig, crisisOverrides: [{ id: 'samaritans', note: 'Our chaplains can also listen, any time.' }] } as TrustConfig;
    const { el } = await safetyPanel([{ type: 'safety.open' }], config);
    const note = el.shadowRoot!.querySelector('[part="trust-note"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Note from Anytown Hospitals NHS Foundation Trust: Our chaplains can also listen, any time.');
    expect(note.closest('li')!.querySelector('.line-name')!.textContent).to.equal('Samaritans');
    expect(getLinks(el, 'tel:').map((a) => a.textContent!.trim())).to.include('Call 116 123');
  });

  it("keeps a national number even when unchecked config tries to replace it", async () => {
    const config = { ...testConfig, crisisOverrides: [{ id: 'samaritans', phone: '01632 960999', url: 'https://example.org/' }] } as unknown as TrustConfig;
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'suicide' }], config);
    expect(getLinks(el, 'tel:').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
    expect(el.shadowRoot!.querySelector('a[href="https://example.org/"]')).to.equal(null);
  });

  it("labels the escalation contact as the trust's, under Help from your organisation", async () => {
    const config: TrustConfig = { ...testConfig, escalation: { name: 'Wellbeing manager on call', phone: '0300 123 4567' } };
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'riskToOthers' }], config);
    const escalation = el.shadowRoot!.querySelector('[part="escalation"]')!;
    expect(escalation.querySelector('h3')!.textContent).to.equal('Help from your organisation');
    expect(escalation.querySelector('.trust-label')!.textContent).to.equal('From Anytown Hospitals NHS Foundation Trust');
  });

  it('shows the risk-to-others steps with the emergency and urgent lines', async () => {
    const { el } = await safetyPanel([{ type: 'safety.open', path: 'riskToOthers' }]);
    expect(getSteps(el)).to.have.length(safetyPaths.riskToOthers.length);
    expect(getSteps(el)[0]).to.equal('If anyone is in immediate danger, call 999.');
    expect(getLinks(el, 'tel:').map((a) => a.textContent!.trim())).to.deep.equal(['Call 999', 'Call 111']);
  });
});
