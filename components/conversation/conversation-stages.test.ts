import { expect, html } from '@open-wc/testing';
import { clickButton, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import type { WcgConversation } from './conversation.js';

const previous = {
  schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
  sections: ['actions'], actions: [{ id: 'a1', text: 'Try the later shift pattern', owner: 'manager' }],
};

// Walks every stage, the safety steps and a plan with an error, calling `check` on each; returns the headings seen.
async function walkEveryStage(el: WcgConversation, check: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const look = async () => {
    await settle(el);
    seen.push(getHeading(el));
    await check();
  };
  for (let i = 0; i < 4; i++) {
    await look();
    await clickButton(el, 'Continue');
  }
  deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 2).forEach((box) => box.click());
  await look();
  await clickButton(el, 'Continue');
  await look();
  await clickButton(el, 'Safety steps');
  await look();
  await clickButton(el, 'Suicide or self-harm');
  await look();
  await clickButton(el, 'Back to the conversation');
  for (let i = 0; i < 3; i++) {
    await clickButton(el, 'Continue');
    await look();
  }
  await clickButton(el, 'Add an action');
  await clickButton(el, 'Continue');
  await look();
  await clickButton(el, 'Remove action 1');
  await clickButton(el, 'Continue');
  await look();
  await clickButton(el, 'Agree and record');
  await look();
  return seen;
}

const everyHeading = 'h1, h2, h3, h4, h5, h6';
const levelOf = (heading: Element) => Number(heading.localName.slice(1));

describe('<wcg-conversation> stage by stage', () => {
  it('is accessible on every stage, in the safety steps and on completion', async () => {
    const el = await readyConversation(html`<wcg-conversation .previousRecord=${previous}></wcg-conversation>`);
    const seen = await walkEveryStage(el, async () => {
      // Every stage's body is one element named after its stage: wcg-stage-<the stage id in kebab case>.
      const { stage } = el.currentContext()!;
      const body = el.shadowRoot!.querySelector('[part~="body"]')!.localName;
      expect(body).to.equal(getHeading(el) === 'Safety steps' ? 'wcg-safety-panel' : `wcg-stage-${stage.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      await expect(el).to.be.accessible();
    });
    expect(seen).to.deep.equal([
      'Before you start', 'Explain what this conversation is for', 'Look back at your last plan', 'How are things?',
      'What would you like to talk about?', 'Talking about: Work and workload', 'Safety steps', 'Safety steps',
      'Talking about: Breaks and shifts', 'What helps you stay well', 'Agree a plan', 'Agree a plan',
      'Check and agree what is recorded', 'Conversation complete',
    ]);
  });

  for (const level of [2, 3, 4]) {
    it(`keeps one heading outline on every stage with heading-level="${level}": the stage heading at ${level}, nothing above it, no level skipped`, async () => {
      const el = await readyConversation(html`<wcg-conversation heading-level=${level} .previousRecord=${previous}></wcg-conversation>`);
      const outlines: string[] = [];
      await walkEveryStage(el, async () => {
        const headings = deepFind(el, everyHeading);
        const stageHeading = el.shadowRoot!.querySelector('#stage-heading')!;
        expect(levelOf(stageHeading), getHeading(el)).to.equal(level);
        expect(Math.min(...headings.map(levelOf)), getHeading(el)).to.equal(level);
        // From the stage heading on, each heading is at most one level below the one before it.
        const fromStage = headings.slice(headings.indexOf(stageHeading as HTMLElement));
        fromStage.forEach((heading, i) => {
          if (i) expect(levelOf(heading) - levelOf(fromStage[i - 1]!), `${getHeading(el)}: ${heading.textContent!.trim()}`).to.be.at.most(1);
        });
        outlines.push(fromStage.map((h) => `${levelOf(h) - level}`).join(''));
      });
      // Something below the stage heading was checked on most stages, not only the stage headings.
      expect(outlines.filter((outline) => outline.length > 2).length).to.be.at.least(8);
    });
  }

  it('puts "Services that could help" beside the manager-only guidance, not under it', async () => {
    const el = await readyConversation(html`<wcg-conversation></wcg-conversation>`);
    for (let i = 0; i < 3; i++) await clickButton(el, 'Continue');
    deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 1).forEach((box) => box.click());
    await clickButton(el, 'Continue');
    const headings = deepFind(el, everyHeading);
    const guidance = headings.find((h) => h.textContent!.trim() === 'For you, not to read out')!;
    const services = headings.find((h) => h.textContent!.trim() === 'Services that could help')!;
    expect(levelOf(services)).to.equal(levelOf(guidance));
    expect(levelOf(services)).to.equal(3);
  });

  it('looks the same at any heading level: the size follows the place, not the tag', async () => {
    const sizes = async (level: number) => {
      const el = await readyConversation(html`<wcg-conversation heading-level=${level}></wcg-conversation>`);
      await clickButton(el, 'Continue');
      return deepFind(el, everyHeading).map((h) => getComputedStyle(h).fontSize);
    };
    const [two, four] = [await sizes(2), await sizes(4)];
    expect(two.length).to.be.at.least(2);
    expect(four).to.deep.equal(two);
  });
});
