import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import { useStageLoader } from '../conversation/stage-files.js';
import type { WcgConversation } from '../conversation/conversation.js';
import { clickButton, getHeading, settle } from '../test-helpers/conversation-helpers.js';
import { getButton } from '../test-helpers/deep-find.js';

// The main file holds the first stage; the other stages are two files of their own, fetched in idle time once the
// conversation is ready, or when it reaches them first.
describe('Stages fetched after the first', () => {
  beforeEach(() => defineElements());

  it('is ready with only the first stage registered, and fetches the others in idle time with nothing clicked', async () => {
    const el = document.createElement('wcg-conversation');
    const seen: Record<string, boolean> = {};
    el.addEventListener('wcg-ready', () => {
      for (const tag of ['wcg-stage-prepare', 'wcg-stage-open', 'wcg-stage-plan']) seen[tag] = Boolean(customElements.get(tag));
    });
    const ready = oneEvent(el, 'wcg-ready');
    (await fixture(html`<div></div>`)).append(el);
    await ready;
    expect(seen).to.deep.equal({ 'wcg-stage-prepare': true, 'wcg-stage-open': false, 'wcg-stage-plan': false });
    expect(getHeading(el)).to.equal('Before you start');
    await waitUntil(() => customElements.get('wcg-stage-open') && customElements.get('wcg-stage-plan'), 'the stages were not fetched', { timeout: 20000 });
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    expect(el.shadowRoot!.querySelector('wcg-stage-open')?.shadowRoot?.childElementCount).to.be.greaterThan(0);
  });

  it('when a stage cannot be fetched, says so, keeps what was typed, holds the buttons, and shows the stage on Try again', async () => {
    const el = await fixture<WcgConversation>(html`<wcg-conversation></wcg-conversation>`);
    await oneEvent(el, 'wcg-ready');
    let online = false;
    useStageLoader((stage) => (stage === 'prepare' || online ? undefined : Promise.reject(new Error('offline'))));
    try {
      const field = el.shadowRoot!.querySelector('wcg-stage-prepare')!.shadowRoot!.querySelector('wcg-note-field')!;
      const box = field.shadowRoot!.querySelector('textarea')!;
      box.value = 'Ask about the rota';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await clickButton(el, 'Continue');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="stage-file"][role="alert"]'), 'no message that the stage could not be fetched');
      expect(getHeading(el)).to.equal('Explain what this conversation is for');
      expect(el.shadowRoot!.querySelector('[part="stage-file"]')!.textContent).to.contain('This part of the guide could not be downloaded.');
      expect(getButton(el, 'Continue').disabled).to.equal(true);
      expect(getButton(el, 'Safety steps').disabled).to.equal(false);
      expect(JSON.stringify(el.currentContext())).to.contain('Ask about the rota');
      await expect(el).to.be.accessible();
      online = true;
      await clickButton(el, 'Try again');
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="stage-file"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('wcg-stage-open')).to.exist;
      expect(getButton(el, 'Continue').disabled).to.equal(false);
    } finally {
      defineElements();
    }
  });

  it('when a fetch begun ahead of time fails for the stage on screen, offers to try again', async () => {
    const el = await fixture<WcgConversation>(html`<wcg-conversation></wcg-conversation>`);
    await oneEvent(el, 'wcg-ready');
    const failures: ((error: Error) => void)[] = [];
    useStageLoader((stage) => (stage === 'prepare' ? undefined : new Promise<void>((_, reject) => failures.push(reject))));
    try {
      // Ahead of time, as after the first stage is painted; then the manager moves on before it has arrived.
      void el.stagesFetched();
      await clickButton(el, 'Continue');
      expect(el.shadowRoot!.querySelector('[part="stage-file"]')!.textContent).to.contain('Getting this part of the guide');
      for (const reject of failures) reject(new Error('offline'));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="stage-file"][role="alert"]'), 'no way to try again');
    } finally {
      defineElements();
    }
  });
});
