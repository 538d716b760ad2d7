import { expect, html } from '@open-wc/testing';
import type { WcgNoteField } from '../note-field/note-field.js';
import type { WcgPromptCard } from '../prompt-card/prompt-card.js';
import { conversationFixture } from '../test-helpers/conversation-fixture.js';
import type { WcgStageCheckIn } from './stage-check-in.js';
import { typeNote } from '../test-helpers/typing.js';

function getCard(el: WcgStageCheckIn): WcgPromptCard {
  return el.shadowRoot!.querySelector('wcg-prompt-card')!;
}

function getNoteFields(el: WcgStageCheckIn): WcgNoteField[] {
  return [...el.shadowRoot!.querySelectorAll<WcgNoteField>('wcg-note-field')];
}

describe('<wcg-stage-check-in>', () => {
  it('renders an open question, its gentler form, follow-ups and guidance, then the notes', async () => {
    const { el } = await conversationFixture<WcgStageCheckIn>(html`<wcg-stage-check-in></wcg-stage-check-in>`);
    const card = getCard(el);
    await card.updateComplete;
    const text = (part: string) => card.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('prompt')).to.equal('How are things for you at the moment, at work and outside work?');
    expect(text('gentler')).to.equal('How have you been lately?');
    expect(card.followUpKeys).to.have.length(3);
    expect(text('follow-ups')).to.contain('What has been going well for you lately?');
    expect(card.listenForKeys.length).to.be.within(2, 4);
    expect(card.avoidKeys.length).to.be.within(1, 3);
    expect(text('guidance')).to.contain('thinking too much');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(getNoteFields(el).map((f) => [f.section, f.kind])).to.deep.equal([
      ['checkIn', 'private'],
      ['checkIn', 'agreed'],
    ]);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStageCheckIn>(html`<wcg-stage-check-in></wcg-stage-check-in>`);
    await expect(el).to.be.accessible();
  });

  it('sends private notes and the agreed summary to the check-in section', async () => {
    const { el, actor } = await conversationFixture<WcgStageCheckIn>(html`<wcg-stage-check-in></wcg-stage-check-in>`);
    const [privateField, agreedField] = getNoteFields(el);
    await privateField.updateComplete;
    await agreedField.updateComplete;
    typeNote(privateField, 'quiet, tired');
    typeNote(agreedField, 'A busy few months on the ward');
    expect(actor.getSnapshot().context.notes).to.deep.equal({ checkIn: 'quiet, tired' });
    expect(actor.getSnapshot().context.agreed).to.deep.equal({ checkIn: 'A busy few months on the ward' });
  });

  it('hides the guidance and private notes when the screen is shared', async () => {
    const { el } = await conversationFixture<WcgStageCheckIn>(html`<wcg-stage-check-in></wcg-stage-check-in>`, { shareScreen: true });
    const card = getCard(el);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="guidance"]')).to.equal(null);
    expect(card.shadowRoot!.querySelector('[part="prompt"]')).to.exist;
    const [privateField, agreedField] = getNoteFields(el);
    expect(privateField.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(agreedField.shadowRoot!.querySelector('textarea')).to.exist;
  });
});
