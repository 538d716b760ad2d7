import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from './conversation.js';
import { clickButton, confirmDecline, confirmStartAgain, continueUntil, getHeading, readyConversation, sessionConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind, getButton } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

const decline = 'The staff member would rather not talk now';

function getText(el: WcgConversation): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

function getWarning(el: WcgConversation): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="warning"]');
}

function buttonLabels(el: WcgConversation): string[] {
  return deepFind<HTMLButtonElement>(el, 'button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
}

// A session conversation at check-in with the agreed wording typed and kept on the device.
async function keptAtCheckIn(draftId: string, text = 'A hard month') {
  const el = await sessionConversation(draftId);
  await continueUntil(el, 'How are things?');
  typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], text);
  await waitUntil(() => getText(el).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
  return el;
}

describe('<wcg-conversation> asks before ending or clearing the conversation', () => {
  it('asks before recording a decline: a warning says what will happen and takes focus, and nothing ends yet', async () => {
    const el = await readyConversation();
    await clickButton(el, 'Continue');
    let completed = 0;
    el.addEventListener('wcg-complete', () => completed++);
    await clickButton(el, decline);
    const warning = getWarning(el);
    expect(warning, 'no warning').to.exist;
    expect(getText(el)).to.contain('The conversation ends now and is recorded as declined');
    expect(el.shadowRoot!.activeElement).to.equal(warning);
    expect(completed).to.equal(0);
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Yes, end and record as declined');
    expect(completed).to.equal(1);
    expect(el.currentContext()!.outcome).to.equal('declined');
    expect(getWarning(el)).to.equal(null);
  });

  it('cancelling the decline keeps the conversation and puts focus back on the decline button', async () => {
    const el = await readyConversation();
    await clickButton(el, 'Continue');
    await clickButton(el, decline);
    await clickButton(el, 'No, go back to the conversation');
    await el.updateComplete;
    expect(getWarning(el)).to.equal(null);
    expect(el.currentContext()!.outcome).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(getButton(el, decline));
  });

  it('asks before starting again after the conversation, naming what will be lost; cancel keeps the record', async () => {
    const el = await readyConversation(html`<form><wcg-conversation name="wellbeing"></wcg-conversation></form>`);
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    await clickButton(el, 'Start again');
    expect(getText(el)).to.contain('Everything typed and chosen in this conversation will be deleted');
    expect(el.shadowRoot!.activeElement).to.equal(getWarning(el));
    expect(getHeading(el)).to.equal('Conversation complete');
    await expect(el).to.be.accessible();
    await clickButton(el, 'No, keep the conversation');
    await el.updateComplete;
    expect(el.value).to.contain('declined');
    expect(el.shadowRoot!.activeElement).to.equal(getButton(el, 'Start again'));
    await confirmStartAgain(el);
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.value).to.equal('');
  });

  it('offers to stop keeping a copy on the device: the draft goes, the conversation carries on, and no copy is kept until asked', async () => {
    const draftId = `confirm-${Math.random()}`;
    const el = await keptAtCheckIn(draftId);
    await clickButton(el, 'Stop keeping a copy on this device');
    expect(getWarning(el), 'asked to confirm a step that loses nothing').to.equal(null);
    expect(getHeading(el)).to.equal('How are things?');
    expect(deepFind<HTMLTextAreaElement>(el, 'textarea')[1].value).to.equal('A hard month');
    expect(getText(el)).to.contain('This device no longer keeps a copy of this conversation');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month, and more');
    // A copy wrongly kept would be encrypted and stored in the background, and nothing says so: only the clock
    // can show none was. A save takes a few milliseconds; this is many times that.
    await aTimeout(300);
    expect(getText(el)).not.to.contain('saved on this device');
    await expect(el).to.be.accessible();
    el.remove();

    const reloaded = await sessionConversation(draftId);
    expect(getHeading(reloaded)).to.equal('Before you start');
  });

  it('keeps a copy again when asked, after stopping', async () => {
    const draftId = `confirm-${Math.random()}`;
    const el = await keptAtCheckIn(draftId);
    await clickButton(el, 'Stop keeping a copy on this device');
    await clickButton(el, 'Keep a copy on this device again');
    await waitUntil(() => getText(el).includes('saved on this device'), 'not kept again', { timeout: 5000 });
    el.remove();
    const reloaded = await sessionConversation(draftId);
    await waitUntil(() => getHeading(reloaded) === 'How are things?', 'not restored', { timeout: 5000 });
  });

  it('asks before starting again beside a kept draft; confirming clears the conversation and the draft', async () => {
    const draftId = `confirm-${Math.random()}`;
    const el = await keptAtCheckIn(draftId);
    await clickButton(el, 'Start again');
    expect(el.shadowRoot!.activeElement).to.equal(getWarning(el));
    expect(getHeading(el)).to.equal('How are things?');
    await expect(el).to.be.accessible();
    await clickButton(el, 'No, keep the conversation');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(getButton(el, 'Start again'));
    expect(deepFind<HTMLTextAreaElement>(el, 'textarea')[1].value).to.equal('A hard month');
    await confirmStartAgain(el);
    await settle(el);
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#stage-heading'));
    el.remove();
    const reloaded = await sessionConversation(draftId);
    expect(getHeading(reloaded)).to.equal('Before you start');
  });

  it('no longer offers one button that deletes the draft and the conversation at once', async () => {
    const el = await keptAtCheckIn(`confirm-${Math.random()}`);
    expect(buttonLabels(el)).not.to.include('Delete the saved draft');
  });
});
