import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { clickButton, confirmDecline, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import type { WcgConversation } from './conversation.js';

// A required guide at the top of a long host form, with the form's own Save button far below it.
async function unfinishedInForm(attributes: { lang?: string } = {}) {
  const el = await readyConversation(html`
    <form>
      <wcg-conversation name="wellbeing" required lang=${attributes.lang ?? 'en-GB'}></wcg-conversation>
      <div style="block-size: 4000px"></div>
      <button id="save">Save appraisal</button>
    </form>
  `);
  const form = el.closest('form')!;
  let sent = 0;
  form.addEventListener('submit', (event) => {
    sent++;
    event.preventDefault();
  });
  return { el, form, save: form.querySelector<HTMLButtonElement>('#save')!, sent: () => sent };
}

function getMessage(el: WcgConversation): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="submit-error"]');
}

// Waits until the guide has shown its message and moved focus to it.
async function messageFocused(el: WcgConversation): Promise<HTMLElement> {
  await waitUntil(() => getMessage(el) && el.shadowRoot!.activeElement === getMessage(el), 'the message was not shown and focused', { timeout: 3000 });
  return getMessage(el)!;
}

describe('<wcg-conversation> a host form sent before the conversation has ended', () => {
  it('is not sent: the guide shows its message at the top, focuses it and brings it into view', async () => {
    const { el, form, save, sent } = await unfinishedInForm();
    save.focus();
    form.requestSubmit();
    const message = await messageFocused(el);
    expect(sent()).to.equal(0);
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Hold the wellbeing conversation, or record that the staff member declined, before you send this form.',
    );
    expect(document.activeElement).to.equal(el);
    const { top, bottom } = message.getBoundingClientRect();
    expect(top, 'message above the view').to.be.at.least(0);
    expect(bottom, 'message below the view').to.be.at.most(window.innerHeight);
    // The browser is still given the heading as the place its own validity points at.
    expect(el.validationMessage).to.equal(message.textContent!.replace(/\s+/g, ' ').trim().replace(/^Error: /, ''));
    await expect(el).to.be.accessible();
  });

  it('does the same when the form’s own Save button is pressed', async () => {
    const { el, save, sent } = await unfinishedInForm();
    save.click();
    await messageFocused(el);
    expect(sent()).to.equal(0);
  });

  it('says it in the guide’s language', async () => {
    const { el, form } = await unfinishedInForm({ lang: 'cy' });
    form.requestSubmit();
    const message = await messageFocused(el);
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Gwall: Cynhaliwch y sgwrs llesiant, neu cofnodwch fod yr aelod o staff wedi dweud na, cyn i chi anfon y ffurflen hon.',
    );
  });

  it('leaves focus on an earlier field of the host that is also missing, and still shows its message', async () => {
    const el = await readyConversation(html`
      <form><label for="role">Role</label><input id="role" name="role" required /><wcg-conversation name="wellbeing" required></wcg-conversation></form>
    `);
    el.closest('form')!.requestSubmit();
    await waitUntil(() => getMessage(el), 'no message');
    // Focus rightly left alone does nothing to wait for: time for a wrong move (the guide decides in the task
    // after the form's checks, once it has rendered) to land.
    await aTimeout(50);
    expect(document.activeElement?.id).to.equal('role');
  });

  it('with novalidate, shows its message when the host checks validity, and leaves focus to the host’s own summary', async () => {
    const el = await readyConversation(html`
      <form novalidate><div id="summary" tabindex="-1">There is a problem</div><wcg-conversation name="wellbeing" required></wcg-conversation></form>
    `);
    const form = el.closest('form')!;
    const summary = form.querySelector<HTMLElement>('#summary')!;
    expect(form.checkValidity()).to.equal(false);
    summary.focus();
    await waitUntil(() => getMessage(el), 'no message');
    // As above: time for a wrong move of focus to land.
    await aTimeout(50);
    expect(document.activeElement).to.equal(summary);
  });

  it('takes the message away once the conversation has an outcome', async () => {
    const { el, form } = await unfinishedInForm();
    form.requestSubmit();
    await messageFocused(el);
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    await settle(el);
    expect(getMessage(el)).to.equal(null);
    expect(form.checkValidity()).to.equal(true);
  });
});
