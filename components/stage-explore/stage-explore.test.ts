import { expect, html } from '@open-wc/testing';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import type { WcgNoteField } from '../note-field/note-field.js';
import type { WcgPromptCard } from '../prompt-card/prompt-card.js';
import type { WcgServiceList } from '../service-list/service-list.js';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgStageExplore } from './stage-explore.js';
import { typeNote } from '../test-helpers/typing.js';

// From the first stage to the explore stage, choosing these topics in this order on the way.
function toExplore(...topics: string[]): ConversationEvent[] {
  return [...topics.map((id) => ({ type: 'topic.toggle', id }) as const), ...Array.from({ length: 4 }, () => ({ type: 'stage.next' }) as const)];
}

const template = html`<wcg-stage-explore></wcg-stage-explore>`;

function getPart(el: WcgStageExplore, part: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${part}"]`);
}

function getCard(el: WcgStageExplore): WcgPromptCard {
  return el.shadowRoot!.querySelector('wcg-prompt-card')!;
}

function getServiceList(el: WcgStageExplore): WcgServiceList {
  return el.shadowRoot!.querySelector('wcg-service-list')!;
}

describe('<wcg-stage-explore>', () => {
  it('renders the first chosen topic, where it is in the list, and its prompt card', async () => {
    const { el, actor } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('sleepEnergy', 'money') });
    expect(actor.getSnapshot().context.stage).to.equal('explore');
    expect(getPart(el, 'position')!.textContent).to.equal('Topic 1 of 2');
    expect(el.shadowRoot!.querySelector('[part="topic-name"]')).to.equal(null);
    const card = getCard(el);
    expect(card.promptKey).to.equal('topics:sleepEnergy.prompt');
    expect(card.gentlerKey).to.equal('topics:sleepEnergy.gentler');
    expect(card.followUpKeys).to.deep.equal(['topics:sleepEnergy.followUps.0', 'topics:sleepEnergy.followUps.1', 'topics:sleepEnergy.followUps.2']);
    expect(card.avoidKeys).to.have.length(3);
    expect(card.culturalNoteKey).to.equal('');
    expect(card.headingLevel).to.equal(3);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('workload') });
    await expect(el).to.be.accessible();
  });

  it('shows the right topic after Continue, in the order chosen', async () => {
    const { el, actor } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('money', 'sleepEnergy') });
    expect(getCard(el).promptKey).to.equal('topics:money.prompt');
    actor.send({ type: 'stage.next' });
    await el.updateComplete;
    expect(getPart(el, 'position')!.textContent).to.equal('Topic 2 of 2');
    expect(getCard(el).promptKey).to.equal('topics:sleepEnergy.prompt');
  });

  it('offers the services that fit the topic, for the staff member to choose', async () => {
    const { el, actor } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('workload') });
    expect(getPart(el, 'services')!.querySelector('h3')!.textContent).to.equal('Services that could help');
    const list = getServiceList(el);
    expect(list.selectable).to.equal(true);
    expect(list.services.map((s) => s.id).sort()).to.deep.equal(['eap', 'ohs']);
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(actor.getSnapshot().context.services).to.have.length(1);
  });

  it('says when no services fit the topic', async () => {
    const { el } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('homeCaring') });
    const list = getServiceList(el);
    await list.updateComplete;
    expect(list.services).to.deep.equal([]);
    expect(getText(list)).to.contain('No services are listed');
  });

  it('sends notes and agreed wording to the topic being explored', async () => {
    const { el, actor } = await conversationFixture<WcgStageExplore>(template, { events: toExplore('sleepEnergy', 'money') });
    actor.send({ type: 'stage.next' });
    await el.updateComplete;
    const [privateField, agreedField] = el.shadowRoot!.querySelectorAll<WcgNoteField>('wcg-note-field');
    expect([privateField.kind, agreedField.kind]).to.deep.equal(['private', 'agreed']);
    await agreedField.updateComplete;
    typeNote(privateField, 'worried about rent');
    typeNote(agreedField, 'Look at the hardship fund together');
    expect(actor.getSnapshot().context.notes).to.deep.equal({ 'topic.money': 'worried about rent' });
    expect(actor.getSnapshot().context.agreed).to.deep.equal({ 'topic.money': 'Look at the hardship fund together' });
  });

  it('shows a short message, and nothing else, when the topic is unknown', async () => {
    const { el, actor } = await conversationFixture<WcgStageExplore>(template, {
      input: { topics: ['ghost'] },
      events: toExplore('ghost'),
    });
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['ghost']);
    expect(getPart(el, 'unknown')!.textContent).to.contain('We cannot show this topic.');
    expect(el.shadowRoot!.querySelector('wcg-prompt-card, wcg-note-field, wcg-service-list')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
