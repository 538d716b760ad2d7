import { expect, html } from '@open-wc/testing';
import type { PreviousAction } from '../../src/model/conversation.js';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgStageReview } from './stage-review.js';

const previousActions: PreviousAction[] = [
  { id: 'a1', text: 'Book an occupational health appointment', owner: 'staff', due: '2026-10-01' },
  { id: 'a2', text: 'Look at a later start on Mondays', owner: 'manager', due: '' },
];

function getRadio(el: WcgStageReview, index: number, status: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#status-${index}-${status}`)!;
}

function getNote(el: WcgStageReview, index: number): HTMLTextAreaElement {
  return el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${index}`)!;
}

// Each row of an action's details as "term description".
function getDetails(el: WcgStageReview, index: number): string[] {
  const rows = el.shadowRoot!.querySelectorAll('.action')[index].querySelectorAll('.meta div');
  return [...rows].map((row) => `${row.querySelector('dt')!.textContent} ${row.querySelector('dd')!.textContent}`);
}

describe('<wcg-stage-review>', () => {
  it('renders each earlier action with its owner, in the plan\'s own words, and due date', async () => {
    const { el } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, { input: { previousActions } });
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(previousActions.map((a) => a.text));
    // The same words as the plan the staff member agreed, and their copy of it.
    expect(getDetails(el, 0)).to.deep.equal(['Who: You', 'By: 1 October 2026']);
    expect(getDetails(el, 1)).to.deep.equal(['Who: Your manager', 'By: No date set']);
    expect(el.shadowRoot!.querySelectorAll('fieldset')).to.have.length(2);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, { input: { previousActions } });
    await expect(el).to.be.accessible();
  });

  it('records where each action stands', async () => {
    const { el, actor } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, { input: { previousActions } });
    getRadio(el, 0, 'inProgress').click();
    getRadio(el, 1, 'noLongerNeeded').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.reviews).to.deep.equal({
      a1: { status: 'inProgress', note: '' },
      a2: { status: 'noLongerNeeded', note: '' },
    });
    getRadio(el, 0, 'done').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.reviews.a1.status).to.equal('done');
  });

  it('records what happened, keeping the status, and says the note is recorded with consent', async () => {
    const { el, actor } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, {
      input: { previousActions },
      events: [{ type: 'review.set', actionId: 'a2', status: 'done' }],
    });
    const note = getNote(el, 1);
    expect(note.labels![0].textContent).to.equal('What happened (optional)');
    expect(el.shadowRoot!.getElementById(note.getAttribute('aria-describedby')!)!.textContent).to.contain('if the staff member agrees');
    note.value = 'Starts at 10 on Mondays now';
    note.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(actor.getSnapshot().context.reviews.a2).to.deep.equal({ status: 'done', note: 'Starts at 10 on Mondays now' });
  });

  it('shows the reviews already made', async () => {
    const { el } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, {
      input: { previousActions },
      events: [{ type: 'review.set', actionId: 'a1', status: 'inProgress', note: 'First visit done' }],
    });
    expect(getRadio(el, 0, 'inProgress').checked).to.equal(true);
    expect(getRadio(el, 0, 'done').checked).to.equal(false);
    expect(getNote(el, 0).value).to.equal('First visit done');
  });

  it('shows action text from the record as text, never as markup', async () => {
    const { el } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`, {
      input: { previousActions: [{ id: 'x', text: '<img src=x onerror=alert(1)>Rota', owner: 'both', due: '' }] },
    });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('<img src=x onerror=alert(1)>Rota');
  });

  it('says so when there is nothing to review', async () => {
    const { el } = await conversationFixture<WcgStageReview>(html`<wcg-stage-review></wcg-stage-review>`);
    expect(getText(el)).to.contain('There are no actions from a last plan to look back at.');
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });
});
