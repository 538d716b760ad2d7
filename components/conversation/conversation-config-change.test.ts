import { expect, html, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from './conversation.js';
import type { TrustConfigFile } from '../../src/content/trust-config.js';
import { clickButton, confirmDecline, continueUntil, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

// A host may set new config while the conversation is under way: React passes a new object on every
// render, and the config editor's preview gets every edit. What was said must not be lost.

const config = (topics: string[], disabled: string[] = []): TrustConfigFile => ({
  schemaVersion: 1,
  organisation: 'Anytown Hospitals NHS Foundation Trust',
  topics: { order: topics, disabled },
});

const values = (el: WcgConversation) => deepFind<HTMLTextAreaElement>(el, 'textarea').map((f) => f.value);

async function whenSettled(el: WcgConversation, heading: string) {
  await waitUntil(() => getHeading(el) === heading, `not at "${heading}"`, { timeout: 5000 });
  await settle(el);
}

describe('<wcg-conversation> when its config changes during a conversation', () => {
  it('stays on the stage with everything typed when it gets the same config again as a new object', async () => {
    const el = await readyConversation(html`<wcg-conversation .config=${config(['workload', 'sleepEnergy'])}></wcg-conversation>`);
    await continueUntil(el, 'How are things?');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[0], 'Tired after nights');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
    el.config = config(['workload', 'sleepEnergy']);
    await settle(el);
    await whenSettled(el, 'How are things?');
    expect(values(el)).to.deep.equal(['Tired after nights', 'A hard month']);
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.equal('Step 3 of 8');
  });

  it('carries on with new topics, keeping the chosen ones still offered', async () => {
    const el = await readyConversation(html`<wcg-conversation .config=${config(['workload', 'sleepEnergy', 'money'])}></wcg-conversation>`);
    await continueUntil(el, 'What would you like to talk about?');
    // Chosen by name: the picker shows topics in groups, so its first boxes are not the config's first topics.
    for (const id of ['workload', 'sleepEnergy']) deepFind<HTMLInputElement>(el, `input[type="checkbox"][value="${id}"]`)[0]!.click();
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Talking about: Work and workload');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'Short-staffed on Mondays');
    el.config = config(['sleepEnergy', 'workload']);
    await settle(el);
    await whenSettled(el, 'Talking about: Work and workload');
    expect(values(el)[1]).to.equal('Short-staffed on Mondays');
    // Both chosen topics switched off: back to choosing, with the words kept for when they return.
    el.config = config(['money'], ['workload', 'sleepEnergy']);
    await settle(el);
    await whenSettled(el, 'What would you like to talk about?');
    el.config = config(['workload', 'sleepEnergy']);
    await settle(el);
    await whenSettled(el, 'What would you like to talk about?');
    // The heading was already this: wait for the new config's topics to be offered.
    await waitUntil(() => deepFind(el, 'input[type="checkbox"][value="workload"]').length, 'the topic was not offered again', { timeout: 5000 });
    // Switched on again and chosen again, the topic still holds what was written about it.
    deepFind<HTMLInputElement>(el, 'input[type="checkbox"][value="workload"]')[0]!.click();
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Talking about: Work and workload');
    expect(values(el)[1]).to.equal('Short-staffed on Mondays');
  });

  it('starts afresh once a conversation has ended', async () => {
    const el = await readyConversation(html`<wcg-conversation .config=${config(['workload'])}></wcg-conversation>`);
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    expect(getHeading(el)).to.equal('Conversation complete');
    el.config = config(['workload']);
    await settle(el);
    await whenSettled(el, 'Before you start');
  });
});
