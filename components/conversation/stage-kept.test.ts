import { expect } from '@open-wc/testing';
import { clickButton, continueUntil, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

const body = (el: Element) => el.shadowRoot!.querySelector('[part="body"]')!;

describe('<wcg-conversation> keeps a stage it has shown', () => {
  it('shows the same stage element again on Back, not a new one, with what was typed; after starting again, nothing typed', async () => {
    const el = await readyConversation();
    await continueUntil(el, 'How are things?');
    const checkIn = body(el);
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
    await clickButton(el, 'Continue');
    expect(body(el) === checkIn, 'the next stage is another element').to.equal(false);
    await clickButton(el, 'Back');
    await settle(el);
    expect(getHeading(el)).to.equal('How are things?');
    expect(body(el) === checkIn, 'the stage shown again is the element shown before').to.equal(true);
    expect(deepFind<HTMLTextAreaElement>(el, 'textarea')[1]!.value).to.equal('A hard month');
    // Started again (the draft notice, another tab, the host's reset()): nothing typed before is shown.
    el.reset();
    await settle(el);
    expect(getHeading(el)).to.equal('Before you start');
    await continueUntil(el, 'How are things?');
    await settle(el);
    expect(deepFind<HTMLTextAreaElement>(el, 'textarea')[1]!.value).to.equal('');
    el.remove();
  });

  it('shows the same safety steps again when they are opened a second time', async () => {
    const el = await readyConversation();
    await clickButton(el, 'Safety steps');
    const safety = body(el);
    expect(safety.localName).to.equal('wcg-safety-panel');
    await clickButton(el, 'Back to the conversation');
    expect(body(el).localName).to.equal('wcg-stage-prepare');
    await clickButton(el, 'Safety steps');
    expect(body(el) === safety, 'the safety steps shown again are the element shown before').to.equal(true);
    el.remove();
  });
});
