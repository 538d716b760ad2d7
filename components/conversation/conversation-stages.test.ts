import { expect, html } from '@open-wc/testing';
import { clickButton, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';

const previous = {
  schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
  sections: ['actions'], actions: [{ id: 'a1', text: 'Try the later shift pattern', owner: 'manager' }],
};

describe('<wcg-conversation> stage by stage', () => {
  it('is accessible on every stage, in the safety steps and on completion', async () => {
    const el = await readyConversation(html`<wcg-conversation .previousRecord=${previous}></wcg-conversation>`);
    const seen: string[] = [];
    const check = async () => {
      await settle(el);
      seen.push(getHeading(el));
      // Every stage's body is one element named after its stage: wcg-stage-<the stage id in kebab case>.
      const { stage } = el.currentContext()!;
      const body = el.shadowRoot!.querySelector('[part~="body"]')!.localName;
      expect(body).to.equal(getHeading(el) === 'Safety steps' ? 'wcg-safety-panel' : `wcg-stage-${stage.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      await expect(el).to.be.accessible();
    };
    for (let i = 0; i < 4; i++) {
      await check();
      await clickButton(el, 'Continue');
    }
    deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 2).forEach((box) => box.click());
    await check();
    await clickButton(el, 'Continue');
    await check();
    await clickButton(el, 'Safety steps');
    await check();
    await clickButton(el, 'Suicide or self-harm');
    await check();
    await clickButton(el, 'Back to the conversation');
    for (let i = 0; i < 3; i++) {
      await clickButton(el, 'Continue');
      await check();
    }
    await clickButton(el, 'Add an action');
    await clickButton(el, 'Continue');
    await check();
    await clickButton(el, 'Remove action 1');
    await clickButton(el, 'Continue');
    await check();
    await clickButton(el, 'Agree and record');
    await check();
    expect(seen).to.deep.equal([
      'Before you start', 'Explain what this conversation is for', 'Look back at your last plan', 'How are things?',
      'What would you like to talk about?', 'Talking about: Work and workload', 'Safety steps', 'Safety steps',
      'Talking about: Breaks and shifts', 'What helps you stay well', 'Agree a plan', 'Agree a plan',
      'Check and agree what is recorded', 'Conversation complete',
    ]);
  });
});
