import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { WcgConversation } from './conversation.js';

defineElements();

async function ready(): Promise<WcgConversation> {
  const el = await fixture<WcgConversation>(html`<wcg-conversation></wcg-conversation>`);
  await el.updateComplete;
  return el;
}

function getHeading(el: WcgConversation): string {
  return el.shadowRoot!.querySelector('h2')!.textContent!.trim();
}

function getButton(el: WcgConversation, label: string): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}

describe('<wcg-conversation>', () => {
  it('renders the first stage from the en-GB text', async () => {
    const el = await ready();
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.shadowRoot!.textContent).to.contain('Step 1 of 8');
  });

  it('is accessible', async () => {
    const el = await ready();
    await expect(el).to.be.accessible();
  });

  it('moves to the next stage, fires wcg-stage-change and focuses the new heading', async () => {
    const el = await ready();
    const event = oneEvent(el, 'wcg-stage-change');
    getButton(el, 'Continue').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ stage: 'open', previous: 'prepare' });
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('walks to completion by clicking and fires wcg-complete once', async () => {
    const el = await ready();
    let completions = 0;
    el.addEventListener('wcg-complete', () => completions++);
    for (let i = 0; i < 10 && getHeading(el) !== 'Check and agree what is recorded'; i++) {
      getButton(el, 'Continue').click();
      await el.updateComplete;
    }
    expect(getHeading(el)).to.equal('Check and agree what is recorded');
    getButton(el, 'Finish and record').click();
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Conversation complete');
    expect(completions).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('goes back with the Back button', async () => {
    const el = await ready();
    getButton(el, 'Continue').click();
    await el.updateComplete;
    getButton(el, 'Back').click();
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Before you start');
  });
});
