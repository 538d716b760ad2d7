import { expect, html } from '@open-wc/testing';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgNoteField } from '../note-field/note-field.js';
import { openingPoints, type WcgStageOpen } from './stage-open.js';

function getPoints(el: WcgStageOpen): string[] {
  return [...el.shadowRoot!.querySelectorAll('.points li')].map((li) => li.textContent!.trim());
}

describe('<wcg-stage-open>', () => {
  it('renders the lead, the things to say and a private note', async () => {
    const { el } = await conversationFixture<WcgStageOpen>(html`<wcg-stage-open></wcg-stage-open>`);
    expect(getText(el)).to.contain('This is time for you, not a performance review');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Things to say');
    expect(getPoints(el)).to.have.length(openingPoints.length);
    expect(getText(el)).to.contain('at risk of serious harm');
    expect(getText(el)).to.contain('You never have to tell me about a diagnosis');
    expect(el.shadowRoot!.querySelector('wcg-note-field')!.getAttribute('section')).to.equal('open');
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStageOpen>(html`<wcg-stage-open></wcg-stage-open>`);
    await expect(el).to.be.accessible();
  });

  it('says that declining is fine, naming the decline button, and renders no buttons itself', async () => {
    const { el } = await conversationFixture<WcgStageOpen>(html`<wcg-stage-open></wcg-stage-open>`);
    const hint = el.shadowRoot!.querySelector('[part="decline-hint"]')!.textContent!;
    expect(hint).to.contain('“The staff member would rather not talk now”');
    expect(hint).to.contain('nothing else');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('keeps private notes in the notes, not the agreed wording', async () => {
    const { el, actor } = await conversationFixture<WcgStageOpen>(html`<wcg-stage-open></wcg-stage-open>`);
    const field = el.shadowRoot!.querySelector<WcgNoteField>('wcg-note-field')!;
    await field.updateComplete;
    const textarea = field.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Asked about an interpreter';
    textarea.dispatchEvent(new InputEvent('input'));
    expect(actor.getSnapshot().context.notes.open).to.equal('Asked about an interpreter');
    expect(actor.getSnapshot().context.agreed).to.deep.equal({});
  });

  it('reads as information, not a script, when the screen is shared', async () => {
    const { el } = await conversationFixture<WcgStageOpen>(html`<wcg-stage-open></wcg-stage-open>`, { shareScreen: true });
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('About this conversation');
    expect(getText(el)).not.to.contain('Say these in your own words');
    expect(getPoints(el)).to.have.length(openingPoints.length);
  });
});
