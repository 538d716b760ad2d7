import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import { getText } from '../test-helpers/conversation-fixture.js';
import { getButton } from '../test-helpers/deep-find.js';
import { getField, getFocused, getSummary, planFixture } from '../test-helpers/plan-fixture.js';
import type { WcgStagePlan } from './stage-plan.js';
import { typeDate, typeInto } from '../test-helpers/typing.js';

function expectInvalid(el: WcgStagePlan, id: string, message: string): void {
  const field = getField(el, id);
  expect(field.getAttribute('aria-invalid')).to.equal('true');
  const described = field.getAttribute('aria-describedby')!.split(' ').map((ref) => el.shadowRoot!.getElementById(ref)!.textContent);
  expect(described.join(' ')).to.contain(message);
  expect(field.closest('.field')!.classList.contains('has-error')).to.equal(true);
}

const emptyActionAndPastDate: ConversationEvent[] = [{ type: 'action.add' }, { type: 'reviewDate.set', date: '2026-01-01' }];

describe('<wcg-stage-plan>', () => {
  it('renders the actions, changes, services, review date and a private note, with no heading of the stage', async () => {
    const { el } = await planFixture();
    const text = getText(el);
    for (const part of ['Actions', 'Changes to how you work', 'Services you want to try', 'When shall we talk again?']) {
      expect(text).to.contain(part);
    }
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(el.shadowRoot!.querySelector('wcg-note-field[section="plan"]')).to.exist;
    expect(getSummary(el)).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await planFixture([{ type: 'action.add' }, { type: 'adjustment.add' }, { type: 'service.toggle', id: 'eap' }]);
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors showing', async () => {
    const { el } = await planFixture([...emptyActionAndPastDate, { type: 'adjustment.add' }, { type: 'stage.next' }]);
    expect(getSummary(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('adds an action and moves focus to its text field', async () => {
    const { el, actor } = await planFixture();
    getButton(el, 'Add an action').click();
    const [added] = actor.getSnapshot().context.actions;
    await waitUntil(() => getFocused(el) === `actions-${added.id}-text`, 'focus on the new action');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Action 1');
  });

  it('records what, who and by when for an action', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }]);
    const { id } = actor.getSnapshot().context.actions[0];
    typeInto(getField(el, `actions-${id}-text`), 'Walk at lunch twice a week');
    getField(el, `actions-${id}-owner-manager`).click();
    typeDate(el.shadowRoot!, `actions-${id}-due`, '15', '1', '2027');
    await el.updateComplete;
    expect(actor.getSnapshot().context.actions).to.deep.equal([{ id, text: 'Walk at lunch twice a week', owner: 'manager', due: '2027-01-15' }]);
    expect(getField(el, `actions-${id}-owner-manager`).checked).to.equal(true);
  });

  it('removes an action and moves focus to the one that takes its place', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }, { type: 'action.add' }]);
    const [first, second] = actor.getSnapshot().context.actions;
    getButton(el, 'Remove action 1').click();
    expect(actor.getSnapshot().context.actions.map((a) => a.id)).to.deep.equal([second.id]);
    await waitUntil(() => getFocused(el) === `actions-${second.id}-text`, 'focus on the remaining action');
    expect(getField(el, `actions-${first.id}-text`)).to.equal(null);
  });

  it('adds a change, records its status and reason, and says a reason is needed when it is not possible', async () => {
    const { el, actor } = await planFixture();
    getButton(el, 'Add a change').click();
    const [{ id }] = actor.getSnapshot().context.adjustments;
    await waitUntil(() => getFocused(el) === `adjustments-${id}-text`, 'focus on the new change');
    typeInto(getField(el, `adjustments-${id}-text`), 'A fan at my desk');
    getField(el, `adjustments-${id}-status-notPossible`).click();
    await el.updateComplete;
    const reason = getField<HTMLTextAreaElement>(el, `adjustments-${id}-reason`);
    expect(reason.labels![0].textContent).to.contain('(required)');
    typeInto(reason, 'No power socket nearby');
    expect(actor.getSnapshot().context.adjustments).to.deep.equal([{ id, text: 'A fan at my desk', status: 'notPossible', reason: 'No power socket nearby' }]);
  });

  it('removes the last change and moves focus to the button that adds one', async () => {
    const { el, actor } = await planFixture([{ type: 'adjustment.add' }]);
    getButton(el, 'Remove change 1').click();
    expect(actor.getSnapshot().context.adjustments).to.deep.equal([]);
    await waitUntil(() => getFocused(el) === 'adjustments-add', 'focus on Add a change');
  });

  it('lists the services chosen, by name', async () => {
    const { el } = await planFixture([{ type: 'service.toggle', id: 'eap' }]);
    expect([...el.shadowRoot!.querySelectorAll('.services li')].map((li) => li.textContent)).to.deep.equal(['Staff support line']);
  });

  it('says when no services were chosen', async () => {
    const { el } = await planFixture();
    expect(getText(el)).to.contain('You have not chosen any services');
  });

  it('sets the review date and suggests one six months on', async () => {
    const { el, actor } = await planFixture();
    expect(getText(el)).to.contain('For example, 26 5 2027');
    typeDate(el.shadowRoot!, 'reviewDate', '26', '5', '2027');
    expect(actor.getSnapshot().context.reviewDate).to.equal('2027-05-26');
  });

  it('after Continue, shows each problem in a summary that takes focus, and marks its field', async () => {
    const { el, actor } = await planFixture(emptyActionAndPastDate);
    const [{ id }] = actor.getSnapshot().context.actions;
    actor.send({ type: 'stage.next' });
    await el.updateComplete;
    const summary = getSummary(el)!;
    await summary.updateComplete;
    const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      [`#actions-${id}-text`, 'Say what action 1 is, or remove it'],
      ['#reviewDate-day', 'The date to talk again must be after today'],
    ]);
    await waitUntil(() => getFocused(el) === 'wcg-error-summary', 'focus on the error summary');
    expectInvalid(el, `actions-${id}-text`, 'Say what action 1 is, or remove it');
    expectInvalid(el, 'reviewDate-day', 'The date to talk again must be after today');
  });

  it('focuses the field whose link is chosen in the summary', async () => {
    const { el, actor } = await planFixture([...emptyActionAndPastDate, { type: 'stage.next' }]);
    const summary = getSummary(el)!;
    await summary.updateComplete;
    summary.shadowRoot!.querySelectorAll('a')[1].click();
    expect(getFocused(el)).to.equal('reviewDate-day');
    expect(actor.getSnapshot().context.stage).to.equal('plan');
  });

  it('takes away an error once its field is mended, leaving focus where the user types', async () => {
    const { el, actor } = await planFixture([...emptyActionAndPastDate, { type: 'stage.next' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    const field = getField(el, `actions-${id}-text`);
    field.focus();
    typeInto(field, 'Ask about a later start');
    await el.updateComplete;
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(field.closest('.field')!.classList.contains('has-error')).to.equal(false);
    expect(getSummary(el)!.errors.map((e) => e.target)).to.deep.equal(['reviewDate-day']);
    // Nothing happens when focus rightly stays, so only the clock can show it did: long enough for a wrongly
    // moved focus to land (the element moves focus once it has rendered, a few milliseconds at most).
    await aTimeout(50);
    expect(getFocused(el)).to.equal(field.id);
    typeDate(el.shadowRoot!, 'reviewDate', '26', '5', '2027');
    await el.updateComplete;
    expect(getSummary(el)).to.equal(null);
  });

  it('brings focus back to the summary when Continue is pressed again with problems left', async () => {
    const { el, actor } = await planFixture([...emptyActionAndPastDate, { type: 'stage.next' }]);
    getField(el, 'reviewDate-day').focus();
    actor.send({ type: 'stage.next' });
    await el.updateComplete;
    await waitUntil(() => getFocused(el) === 'wcg-error-summary', 'focus on the error summary');
  });
});
