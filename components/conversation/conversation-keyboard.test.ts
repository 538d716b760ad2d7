import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WcgConversation } from './conversation.js';
import { getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepActiveElement } from '../test-helpers/deep-find.js';

// Tabs forward until the focused control matches, then returns it. Fails if it takes more than 80 presses.
async function tabTo(el: WcgConversation, matches: (active: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 80; i++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
    await settle(el);
  }
  throw new Error(`could not reach ${what} with Tab on "${getHeading(el)}"`);
}

const isButton = (label: string) => (a: Element) => a.localName === 'button' && a.textContent!.trim() === label;
const labelOf = (a: Element) => (a as HTMLInputElement).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// The space bar as WebDriver names it: Firefox's and WebKit's drivers do not know the name "Space".
const space = ' ';

async function press(el: WcgConversation, label: string, key: 'Enter' | typeof space = 'Enter') {
  await tabTo(el, isButton(label), `the "${label}" button`);
  await sendKeys({ press: key });
  await settle(el);
}

describe('<wcg-conversation> by keyboard alone', () => {
  it('goes from prepare to complete with Tab, Space and Enter and fires wcg-complete', async () => {
    const el = await readyConversation(html`<wcg-conversation></wcg-conversation>`);
    el.shadowRoot!.querySelector<HTMLElement>('#stage-heading')!.focus();
    const complete = oneEvent(el, 'wcg-complete');

    await press(el, 'Continue');
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    await press(el, 'Continue', space);
    await press(el, 'Continue');
    expect(getHeading(el)).to.equal('What would you like to talk about?');

    const topic = await tabTo(el, (a) => a.localName === 'input' && labelOf(a).startsWith('Sleep'), 'the sleep topic');
    await sendKeys({ press: space });
    await settle(el);
    expect((topic as HTMLInputElement).checked).to.equal(true);
    await press(el, 'Continue');
    expect(getHeading(el)).to.equal('Talking about: Sleep and energy');

    await tabTo(el, (a) => a.localName === 'textarea' && labelOf(a).startsWith('What we agree'), 'the agreed wording');
    // WebKitGTK's driver sometimes drops a typed space, so typed text here has none.
    await sendKeys({ type: 'Nights-are-hard' });
    await press(el, 'Continue');
    await press(el, 'Continue');
    expect(getHeading(el)).to.equal('Agree a plan');

    await press(el, 'Add an action');
    expect(deepActiveElement()!.localName).to.equal('input');
    await sendKeys({ type: 'Swap-two-nights' });
    await press(el, 'Continue');
    expect(getHeading(el)).to.equal('Check and agree what is recorded');

    for (const section of ['Record this section', 'Record this section']) {
      const box = await tabTo(el, (a) => a.localName === 'input' && !(a as HTMLInputElement).checked && labelOf(a).startsWith(section), section);
      await sendKeys({ press: space });
      await settle(el);
      expect((box as HTMLInputElement).checked).to.equal(true);
    }
    await press(el, 'Agree and record');
    const { detail } = await complete;
    expect(getHeading(el)).to.equal('Conversation complete');
    expect(detail.record.sections).to.deep.equal(['topics', 'actions']);
    expect(detail.record.topics).to.deep.equal([{ id: 'sleepEnergy', agreed: 'Nights-are-hard' }]);
    expect(detail.record.actions![0].text).to.equal('Swap-two-nights');
  });
});
