import { expect, html } from '@open-wc/testing';
import { stageIds } from '../../src/model/stages.js';
import { driveConversation, mountConversation } from '../test-helpers/full-conversation.js';
import type { WcgConversation } from './conversation.js';
import { clickButton, confirmDecline, settle } from '../test-helpers/conversation-helpers.js';

// What a host learns besides the record: `wcg-change` names only the kind of field and the stage, and
// `wcg-evaluation` is sent only when the staff member agreed to share anonymous numbers (docs/evaluation.md).

const topics = ['mood', 'workload'];
// The kinds of field a host may be told of (docs/api.md), written out here so the test holds the promise itself.
const changeFields = ['prepare', 'review', 'topics', 'notes', 'agreed', 'actions', 'adjustments', 'services', 'reviewDate', 'consent', 'evaluationConsent'];

/** Every detail of `eventName` the element fires while `run` goes on. */
async function collect(el: WcgConversation, eventName: string, run: () => Promise<void>): Promise<unknown[]> {
  const details: unknown[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent).detail);
  el.addEventListener(eventName, listener);
  try {
    await run();
  } finally {
    el.removeEventListener(eventName, listener);
  }
  return details;
}

function getEvaluationConsent(el: WcgConversation): HTMLInputElement | null {
  return el.shadowRoot!.querySelector('[part="body"]')!.shadowRoot!.querySelector<HTMLInputElement>('#consent-evaluation');
}

describe('<wcg-conversation> metadata: wcg-change', () => {
  it('names only the kind of field and the stage, never a topic, through a whole conversation', async () => {
    const el = await mountConversation(html`<wcg-conversation evaluation></wcg-conversation>`);
    const details = await collect(el, 'wcg-change', () => driveConversation(el, { text: (field) => `Words for ${field}`, topics }));
    expect(details.length).to.be.greaterThan(20);
    const odd = details.filter((detail) => {
      const { field, stage, ...rest } = detail as Record<string, unknown>;
      return Object.keys(rest).length > 0 || !changeFields.includes(field as string) || !(stageIds as readonly unknown[]).includes(stage);
    });
    expect(odd).to.deep.equal([]);
    expect(details).to.deep.include({ field: 'notes', stage: 'explore' });
    expect(details.filter((d) => topics.some((topic) => JSON.stringify(d).includes(topic)))).to.deep.equal([]);
  });
});

describe('<wcg-conversation> metadata: consent to share anonymous numbers', () => {
  it('asks for it on the check page, in its own section, only with evaluation', async () => {
    const without = await mountConversation(html`<wcg-conversation></wcg-conversation>`);
    await driveConversation(without, { text: () => 'x', topics, onStage: (stage) => { if (stage === 'agree') expect(getEvaluationConsent(without)).to.equal(null); } });
    const el = await mountConversation(html`<wcg-conversation evaluation></wcg-conversation>`);
    await driveConversation(el, {
      text: () => 'x',
      topics,
      onStage: async (stage) => {
        if (stage !== 'agree') return;
        const box = getEvaluationConsent(el)!;
        const card = box.closest('[part="evaluation-consent"]')!;
        expect(card.querySelector('h3')!.textContent).to.equal('Anonymous numbers');
        expect(card.querySelector('label')!.textContent).to.equal('Share anonymous numbers about this conversation');
        expect(box.checked).to.equal(true);
        await expect(el).to.be.accessible();
      },
    });
    // driveConversation ticks every box on the check page, this one included.
    expect(el.currentContext()!.evaluationConsent).to.equal(true);
  });

  it('sends no evaluation when the staff member does not agree', async () => {
    const el = await mountConversation(html`<wcg-conversation evaluation></wcg-conversation>`);
    const sent = await collect(el, 'wcg-evaluation', () =>
      driveConversation(el, {
        text: () => 'x',
        topics,
        onStage: async (stage) => {
          if (stage !== 'agree') return;
          getEvaluationConsent(el)!.click();
          await settle(el);
        },
      }),
    );
    expect(el.currentContext()!.outcome).to.equal('completed');
    expect(sent).to.deep.equal([]);
  });

  it('sends categories and counts when the staff member agrees', async () => {
    const el = await mountConversation(html`<wcg-conversation evaluation></wcg-conversation>`);
    const sent = await collect(el, 'wcg-evaluation', () => driveConversation(el, { text: () => 'x', topics }));
    expect(sent).to.have.length(1);
    expect(sent[0]).to.deep.include({ outcome: 'completed', topics: ['mood', 'workload'] });
  });

  it('sends only the month and outcome of a declined conversation', async () => {
    const el = await mountConversation(html`<wcg-conversation evaluation></wcg-conversation>`);
    const sent = await collect(el, 'wcg-evaluation', async () => {
      await clickButton(el, 'Continue');
      await confirmDecline(el);
    });
    expect(sent).to.deep.equal([{ schemaVersion: 1, month: el.currentContext()!.today.slice(0, 7), outcome: 'declined' }]);
  });
});
