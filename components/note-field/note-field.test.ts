import { expect, html } from '@open-wc/testing';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgNoteField } from './note-field.js';
import { typeNote } from '../test-helpers/typing.js';

function getTextarea(el: WcgNoteField): HTMLTextAreaElement {
  return el.shadowRoot!.querySelector('textarea')!;
}

describe('<wcg-note-field>', () => {
  it('renders a private note box that says it is not recorded', async () => {
    const { el } = await conversationFixture<WcgNoteField>(html`<wcg-note-field section="checkIn"></wcg-note-field>`);
    expect(getText(el)).to.contain('Private — not recorded');
    expect(getTextarea(el).labels![0].textContent).to.contain('Your private notes');
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgNoteField>(html`<wcg-note-field section="checkIn" kind="agreed"></wcg-note-field>`);
    await expect(el).to.be.accessible();
  });

  it('sends private text to the notes and agreed text to the agreed wording', async () => {
    const { el, actor } = await conversationFixture<WcgNoteField>(html`<wcg-note-field section="checkIn"></wcg-note-field>`);
    typeNote(el, 'seems tired');
    el.kind = 'agreed';
    await el.updateComplete;
    typeNote(el, 'A hard month on nights');
    expect(actor.getSnapshot().context.notes).to.deep.equal({ checkIn: 'seems tired' });
    expect(actor.getSnapshot().context.agreed).to.deep.equal({ checkIn: 'A hard month on nights' });
  });

  it('shows what was typed before', async () => {
    const { el } = await conversationFixture<WcgNoteField>(html`<wcg-note-field section="plan" kind="agreed"></wcg-note-field>`, {
      events: [{ type: 'agreed.set', section: 'plan', text: 'Earlier words' }],
    });
    expect(getTextarea(el).value).to.equal('Earlier words');
  });

  it('hides private notes when the screen is shared, but not agreed wording', async () => {
    const { el } = await conversationFixture<WcgNoteField>(html`<wcg-note-field section="checkIn"></wcg-note-field>`, { shareScreen: true });
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    el.kind = 'agreed';
    await el.updateComplete;
    expect(getTextarea(el)).to.exist;
  });
});
