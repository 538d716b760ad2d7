import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineAllElements } from '../../src/define-all.js';
import { clickButton, confirmDecline, continueUntil, getHeading, readyConversation, whenReady } from '../test-helpers/conversation-helpers.js';
import { getButton } from '../test-helpers/deep-find.js';
import type { WcgConversation } from './conversation.js';

defineAllElements();

describe('<wcg-conversation>', () => {
  it('renders the first stage from the en-GB text', async () => {
    const el = await readyConversation();
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.equal('Step 1 of 8');
    expect(el.shadowRoot!.querySelector('wcg-stage-prepare')).to.exist;
  });

  it('is accessible', async () => {
    const el = await readyConversation();
    await expect(el).to.be.accessible();
  });

  it('moves to the next stage, fires wcg-stage-change, focuses the new heading and announces it once, with its step', async () => {
    const el = await readyConversation();
    const event = oneEvent(el, 'wcg-stage-change');
    getButton(el, 'Continue').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ stage: 'open', previous: 'prepare' });
    await el.updateComplete;
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#stage-heading'));
    // The focused heading is the announcement, described by its step; nothing else says it again.
    const heading = el.shadowRoot!.querySelector('#stage-heading')!;
    expect(el.shadowRoot!.getElementById(heading.getAttribute('aria-describedby')!)!.textContent).to.equal('Step 2 of 8');
    const spoken = [...el.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].map((region) => region.textContent!.trim());
    expect(spoken.filter((text) => text.includes('Explain what this conversation is for'))).to.deep.equal([]);
  });

  it('walks to completion by clicking and fires wcg-complete once with the record', async () => {
    const el = await readyConversation();
    const completions: CustomEvent[] = [];
    el.addEventListener('wcg-complete', (e) => completions.push(e));
    await continueUntil(el, 'Check and agree what is recorded');
    await clickButton(el, 'Agree and record');
    expect(getHeading(el)).to.equal('Conversation complete');
    expect(completions).to.have.length(1);
    expect(completions[0].detail.record).to.include({ schemaVersion: 1, outcome: 'completed', nation: 'england', language: 'en-GB' });
  });

  it('ends with outcome declined from the open stage', async () => {
    const el = await readyConversation();
    await clickButton(el, 'Continue');
    const event = oneEvent(el, 'wcg-complete');
    await confirmDecline(el);
    const { detail } = await event;
    expect(detail.record.outcome).to.equal('declined');
    expect(detail.record.sections).to.deep.equal([]);
  });

  it('opens the safety steps from three stages and returns to each', async () => {
    const el = await readyConversation();
    const safety: CustomEvent[] = [];
    el.addEventListener('wcg-safety', (e) => safety.push(e));
    for (const expected of ['Before you start', 'Explain what this conversation is for', 'How are things?']) {
      expect(getHeading(el)).to.equal(expected);
      await clickButton(el, 'Safety steps');
      expect(getHeading(el)).to.equal('Safety steps');
      expect(el.shadowRoot!.querySelector('wcg-safety-panel')).to.exist;
      await clickButton(el, 'Back to the conversation');
      expect(getHeading(el)).to.equal(expected);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#stage-heading'));
      await clickButton(el, 'Continue');
    }
    expect(safety).to.have.length(3);
    expect(Object.keys(safety[0].detail)).to.deep.equal(['path', 'at']);
  });

  it('goes back with the Back button', async () => {
    const el = await readyConversation();
    await clickButton(el, 'Continue');
    await clickButton(el, 'Back');
    expect(getHeading(el)).to.equal('Before you start');
  });

  it('shows problems with the trust config, fires wcg-error and carries on with the defaults', async () => {
    const errors = new Promise<CustomEvent>((resolve) => document.addEventListener('wcg-error', (e) => resolve(e as CustomEvent), { once: true }));
    const config = { organisation: 'Anytown', services: [{ id: 'x', category: 'crisis', name: 'X', phone: 'call us' }] };
    const el = await readyConversation(html`<wcg-conversation .config=${config}></wcg-conversation>`);
    const event = await errors;
    expect(event.detail.errors[0].path).to.equal('services[0].phone');
    expect(el.shadowRoot!.querySelector('[part="config-errors"]')!.textContent).to.contain('services[0].phone');
    expect(getHeading(el)).to.equal('Before you start');
    await expect(el).to.be.accessible();
  });

  it('uses the language of the nearest ancestor with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pl"><wcg-conversation></wcg-conversation></div>`);
    const el = await whenReady(wrapper.querySelector('wcg-conversation') as WcgConversation);
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('pl');
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
  });
});
