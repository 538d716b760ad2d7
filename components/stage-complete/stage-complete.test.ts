import { expect, html } from '@open-wc/testing';
import { recordSections, type ConversationEvent, type RecordSection } from '../../src/machine/conversation.types.js';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgStageComplete } from './stage-complete.js';

const marker = 'PRIVATE-NOTE-4412';

// Something in seven sections, and a private note beside most of them.
const filled: ConversationEvent[] = [
  { type: 'agreed.set', section: 'checkIn', text: 'A hard month on nights' },
  { type: 'note.set', section: 'checkIn', text: marker },
  { type: 'topic.toggle', id: 'mood' },
  { type: 'agreed.set', section: 'topic.mood', text: 'Feeling flat after nights' },
  { type: 'note.set', section: 'topic.mood', text: marker },
  { type: 'agreed.set', section: 'whatHelps.keepsWell', text: 'Walking the dog' },
  { type: 'action.add' },
  { type: 'action.update', id: 'a1', text: 'Book a meeting with occupational health', owner: 'manager', due: '2026-12-10' },
  { type: 'adjustment.add' },
  { type: 'adjustment.update', id: 'j2', text: 'A desk fan', status: 'agreed' },
  { type: 'service.toggle', id: 'eap' },
  { type: 'reviewDate.set', date: '2027-03-01' },
  { type: 'note.set', section: 'plan', text: marker },
];

const consentTo = (sections: readonly RecordSection[]): ConversationEvent[] =>
  sections.map((section) => ({ type: 'consent.set', section, given: true }));

/** The last stage, reached the way a user reaches it: Continue until the conversation is complete. */
async function completePage(events: ConversationEvent[]) {
  const result = await conversationFixture<WcgStageComplete>(html`<wcg-stage-complete></wcg-stage-complete>`, { events });
  for (let i = 0; i < 20 && result.actor.getSnapshot().context.stage !== 'complete'; i++) result.actor.send({ type: 'stage.next' });
  expect(result.actor.getSnapshot().context.stage).to.equal('complete');
  await result.el.updateComplete;
  return result;
}

function getCopyHeadings(el: WcgStageComplete): string[] {
  return [...el.shadowRoot!.querySelectorAll('.staff-copy h4')].map((h) => h.textContent!.trim());
}

function getPrintButton(el: WcgStageComplete): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="print"]');
}

describe('<wcg-stage-complete>', () => {
  it('renders a confirmation and the staff copy', async () => {
    const { el } = await completePage([...filled, ...consentTo(['summary', 'actions'])]);
    const text = getText(el);
    expect(el.shadowRoot!.querySelector('.panel h3')!.textContent).to.equal('Plan recorded');
    expect(text).to.contain("2 sections were recorded, with the staff member's agreement.");
    expect(el.shadowRoot!.querySelector('.staff-copy h3')!.textContent).to.equal('My health and wellbeing plan');
    expect(text).to.contain('Conversation held on 26 November 2026');
    expect(text).to.contain('Your private notes have been deleted.');
  });

  it('is accessible', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    await expect(el).to.be.accessible();
  });

  it('shows only the sections the staff member agreed to record', async () => {
    const { el } = await completePage([...filled, ...consentTo(['summary', 'actions'])]);
    expect(getCopyHeadings(el)).to.deep.equal(['How things are', 'Actions']);
    const text = getText(el);
    expect(text).to.contain('A hard month on nights');
    expect(text).to.contain('Book a meeting with occupational health (your manager, by 10 December 2026)');
    for (const left of ['Feeling flat after nights', 'Walking the dog', 'A desk fan', 'Staff support line', '1 March 2027']) {
      expect(text).not.to.contain(left);
    }
  });

  it('shows every consented section in words the staff member can read', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    expect(getCopyHeadings(el)).to.deep.equal([
      'How things are',
      'What we talked about',
      'What helps you stay well',
      'Actions',
      'Changes to how you work',
      'Services you chose',
      'Next conversation',
    ]);
    const text = getText(el);
    expect(text).to.contain('How you are feeling Feeling flat after nights');
    expect(text).to.contain('What keeps you well at work? Walking the dog');
    expect(text).to.contain('A desk fan: agreed');
    expect(text).to.contain('Staff support line');
    expect(text).to.contain('We will talk again on 1 March 2027.');
  });

  it('never shows private notes', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    expect(el.shadowRoot!.innerHTML).not.to.contain(marker);
  });

  it('says only the fact of the conversation was recorded when nothing was agreed', async () => {
    const { el } = await completePage(filled);
    expect(getText(el)).to.contain('Only the fact that this conversation happened was recorded.');
    expect(getText(el)).to.contain('Nothing else was recorded this time.');
    expect(getCopyHeadings(el)).to.deep.equal([]);
  });

  it('prints a copy for the staff member', async () => {
    const { el } = await completePage([...filled, ...consentTo(['actions'])]);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      getPrintButton(el)!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('says nothing else was recorded when the staff member declined', async () => {
    const { el, actor } = await completePage([{ type: 'stage.next' }, { type: 'open.decline' }]);
    expect(actor.getSnapshot().context.outcome).to.equal('declined');
    const text = getText(el);
    expect(text).to.contain('The staff member chose not to have a wellbeing conversation this time.');
    expect(text).to.contain('Nothing else has been recorded.');
    expect(el.shadowRoot!.querySelector('.staff-copy')).to.equal(null);
    expect(getPrintButton(el)).to.equal(null);
  });

  it('is accessible when the staff member declined', async () => {
    const { el } = await completePage([{ type: 'stage.next' }, { type: 'open.decline' }]);
    await expect(el).to.be.accessible();
  });
});
