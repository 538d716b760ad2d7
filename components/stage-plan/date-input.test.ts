import { expect, html, waitUntil } from '@open-wc/testing';
import type { Draft } from '../../src/persist/draft.js';
import type { WcgConversation } from '../conversation/conversation.js';
import { clickButton, continueUntil, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { canEmulateMedia, emulateMedia } from '../test-helpers/media.js';
import { getDescription, getField, getFocused, getSummary, getSummaryLinks, planFixture } from '../test-helpers/plan-fixture.js';
import { dateBoxes, typeDate, typeInto } from '../test-helpers/typing.js';
import { boxesOf } from './date-entry.js';
import type { WcgStagePlan } from './stage-plan.js';

// The plan's dates in the GOV.UK date input pattern: a fieldset with a legend and a hint, then Day, Month and Year
// boxes. The conversation only ever hears a real date, written YYYY-MM-DD, or an empty one. Today is 26 November 2026.

function getBoxes(el: WcgStagePlan, id: string): HTMLInputElement[] {
  return dateBoxes.map((part) => getField(el, `${id}-${part}`));
}

function getValues(el: WcgStagePlan, id: string): string[] {
  return getBoxes(el, id).map((box) => box.value);
}

/** The boxes of a date marked `aria-invalid`, by name. */
function getInvalid(el: WcgStagePlan, id: string): string[] {
  return dateBoxes.filter((part) => getField(el, `${id}-${part}`).getAttribute('aria-invalid') === 'true');
}

/** The error message shown above a date's boxes, "Error:" prefix included; empty when there is none. */
function getError(el: WcgStagePlan, id: string): string {
  return getField(el, `${id}-error`)?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
}

/** Moves focus out of a date's boxes to the field `id`, as a person tabbing on would, and lets the plan render. */
async function leaveTo(el: WcgStagePlan, id: string): Promise<void> {
  getField(el, id).focus();
  await el.updateComplete;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('<wcg-stage-plan> dates', () => {
  it('renders each date as a fieldset with its legend, a hint with an example, and labelled Day, Month and Year boxes', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    const dates = [
      [`actions-${id}-due`, 'Do it by (optional)', 'Leave this empty if there is no date. For example, 26 12 2026'],
      ['reviewDate', 'When shall we talk again?', 'Talk again at least once a year. Pick a date that suits you both. For example, 26 5 2027'],
    ];
    for (const [date, legend, hint] of dates) {
      const boxes = getBoxes(el, date);
      const fieldset = boxes[0].closest('fieldset')!;
      expect(fieldset.querySelector(':scope > legend')!.textContent!.trim()).to.equal(legend);
      expect(getDescription(el, fieldset)).to.equal(hint);
      expect(boxes.map((box) => box.closest('fieldset'))).to.deep.equal([fieldset, fieldset, fieldset]);
      expect(boxes.map((box) => box.labels![0].textContent!.trim())).to.deep.equal(['Day', 'Month', 'Year']);
      expect(boxes.map((box) => [box.type, box.inputMode, box.getAttribute('autocomplete')])).to.deep.equal(Array(3).fill(['text', 'numeric', 'off']));
      expect(boxes.map((box) => box.value)).to.deep.equal(['', '', '']);
    }
    // Sized as GOV.UK's: the day and month for 2 characters, the year for 4.
    const [day, month, year] = getBoxes(el, 'reviewDate').map((box) => box.getBoundingClientRect().width);
    expect(day).to.equal(month);
    expect(year).to.be.within(day * 1.4, day * 2);
    expect(el.shadowRoot!.querySelector('input[type="date"]')).to.equal(null);
  });

  it('is accessible with a date error and a date half typed', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }, { type: 'reviewDate.set', date: '2026-01-01' }, { type: 'stage.next' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    typeDate(el.shadowRoot!, `actions-${id}-due`, '5', '', '2027');
    await leaveTo(el, `actions-${id}-text`);
    typeDate(el.shadowRoot!, 'reviewDate', '12', '', '');
    await el.updateComplete;
    expect(getError(el, `actions-${id}-due`)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends 5 6 2027 to the conversation as 2027-06-05', async () => {
    const { el, actor } = await planFixture();
    typeDate(el.shadowRoot!, 'reviewDate', '5', '6', '2027');
    expect(actor.getSnapshot().context.reviewDate).to.equal('2027-06-05');
    await leaveTo(el, 'actions-add');
    expect(getValues(el, 'reviewDate')).to.deep.equal(['5', '6', '2027']);
    expect(getError(el, 'reviewDate')).to.equal('');
  });

  it('says that 31 2 2027 must be a real date once the boxes are left, marks the day alone, and sends no date', async () => {
    const { el, actor } = await planFixture();
    typeDate(el.shadowRoot!, 'reviewDate', '31', '2', '2027');
    await el.updateComplete;
    // Not while the person is still typing in the boxes.
    expect(getError(el, 'reviewDate')).to.equal('');
    await leaveTo(el, 'actions-add');
    expect(getError(el, 'reviewDate')).to.equal('Error: The date to talk again must be a real date');
    expect(getInvalid(el, 'reviewDate')).to.deep.equal(['day']);
    expect(getField(el, 'reviewDate-day').closest('.has-error')).to.exist;
    expect(getDescription(el, getField(el, 'reviewDate-day').closest('fieldset')!)).to.contain('must be a real date');
    expect(getDescription(el, getField(el, 'reviewDate-day'))).to.equal('Error: The date to talk again must be a real date');
    expect(await getSummaryLinks(el)).to.deep.equal([['#reviewDate-day', 'The date to talk again must be a real date']]);
    expect(actor.getSnapshot().context.reviewDate).to.not.match(isoDate);
    expect(getValues(el, 'reviewDate')).to.deep.equal(['31', '2', '2027']);
  });

  it('names the month when it is missing, and its link in the summary focuses the Month box', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    typeDate(el.shadowRoot!, `actions-${id}-due`, '5', '', '2027');
    await leaveTo(el, `actions-${id}-text`);
    expect(getError(el, `actions-${id}-due`)).to.equal('Error: The date for action 1 must include a month');
    expect(getInvalid(el, `actions-${id}-due`)).to.deep.equal(['month']);
    expect(actor.getSnapshot().context.actions[0].due).to.not.match(isoDate);
    expect(await getSummaryLinks(el)).to.deep.equal([[`#actions-${id}-due-month`, 'The date for action 1 must include a month']]);
    getSummary(el)!.shadowRoot!.querySelector('a')!.click();
    expect(getFocused(el)).to.equal(`actions-${id}-due-month`);
  });

  it('brings the question into view with the box a summary link focuses, not only the box\'s own label', async () => {
    const { el } = await planFixture([{ type: 'reviewDate.set', date: '2026-01-01' }, { type: 'stage.next' }]);
    // A page that goes on below the plan, seen from its end, so the link must scroll up to the date.
    el.parentElement!.style.paddingBlockEnd = '300vh';
    window.scrollTo(0, document.documentElement.scrollHeight);
    try {
      await getSummary(el)!.updateComplete;
      getSummary(el)!.shadowRoot!.querySelector('a')!.click();
      expect(getFocused(el)).to.equal('reviewDate-day');
      const legend = getField(el, 'reviewDate-day').closest('fieldset')!.querySelector('legend')!;
      expect(legend.getBoundingClientRect().top).to.be.within(-1, window.innerHeight / 2);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('names every part that is missing, and asks for a year of 4 numbers', async () => {
    const { el } = await planFixture();
    typeDate(el.shadowRoot!, 'reviewDate', '', '', '2027');
    await leaveTo(el, 'actions-add');
    expect(getError(el, 'reviewDate')).to.equal('Error: The date to talk again must include a day and month');
    expect(getInvalid(el, 'reviewDate')).to.deep.equal(['day', 'month']);
    typeDate(el.shadowRoot!, 'reviewDate', '5', '6', '27');
    await leaveTo(el, 'actions-add');
    expect(getError(el, 'reviewDate')).to.equal('Error: The date to talk again must have 4 numbers in the year');
    expect(getInvalid(el, 'reviewDate')).to.deep.equal(['year']);
    typeInto(getField(el, 'reviewDate-year'), '2027');
    await el.updateComplete;
    expect(getError(el, 'reviewDate')).to.equal('');
    expect(getInvalid(el, 'reviewDate')).to.deep.equal([]);
    expect(getSummary(el)).to.equal(null);
  });

  it('clears the date when all three boxes are emptied', async () => {
    const { el, actor } = await planFixture([{ type: 'reviewDate.set', date: '2027-05-26' }]);
    expect(getValues(el, 'reviewDate')).to.deep.equal(['26', '5', '2027']);
    typeDate(el.shadowRoot!, 'reviewDate', '', '', '');
    expect(actor.getSnapshot().context.reviewDate).to.equal('');
    await leaveTo(el, 'actions-add');
    expect(getError(el, 'reviewDate')).to.equal('');
  });

  it('keeps a half-typed date in its boxes when the plan renders again', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    typeDate(el.shadowRoot!, 'reviewDate', '5', '6', '');
    await leaveTo(el, `actions-${id}-text`);
    typeInto(getField(el, `actions-${id}-text`), 'Walk at lunch');
    getField(el, `actions-${id}-owner-both`).click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.actions[0]).to.include({ text: 'Walk at lunch', owner: 'both' });
    expect(getValues(el, 'reviewDate')).to.deep.equal(['5', '6', '']);
    expect(getError(el, 'reviewDate')).to.equal('Error: The date to talk again must include a year');
    expect(actor.getSnapshot().context.reviewDate).to.not.match(isoDate);
  });

  it('keeps every box when two change before the plan renders again, as with autofill', async () => {
    const { el, actor } = await planFixture();
    typeDate(el.shadowRoot!, 'reviewDate', '', '6', '2027');
    await el.updateComplete;
    typeInto(getField(el, 'reviewDate-day'), '5');
    typeInto(getField(el, 'reviewDate-year'), '27');
    await el.updateComplete;
    expect(getValues(el, 'reviewDate')).to.deep.equal(['5', '6', '27']);
    // The conversation holds what the boxes show: here, no date yet, but all three boxes as typed.
    expect(Object.values(boxesOf(actor.getSnapshot().context.reviewDate))).to.deep.equal(['5', '6', '27']);
  });

  it('shows a date the conversation already holds in the three boxes, and a new one it is given', async () => {
    const { el, actor } = await planFixture([
      { type: 'action.add' },
      { type: 'action.update', id: 'a1', due: '2027-01-15' },
      { type: 'reviewDate.set', date: '2027-06-05' },
    ]);
    expect(getValues(el, 'actions-a1-due')).to.deep.equal(['15', '1', '2027']);
    expect(getValues(el, 'reviewDate')).to.deep.equal(['5', '6', '2027']);
    // A date changed elsewhere (a draft restored, another tab) replaces what was half typed over the old one.
    typeInto(getField(el, 'reviewDate-month'), '');
    actor.send({ type: 'reviewDate.set', date: '2027-07-01' });
    await el.updateComplete;
    expect(getValues(el, 'reviewDate')).to.deep.equal(['1', '7', '2027']);
  });

  it('keeps the conversation\'s rule for a date in the past, marking all three boxes and linking to the day', async () => {
    const { el, actor } = await planFixture([{ type: 'reviewDate.set', date: '2026-01-01' }, { type: 'stage.next' }]);
    expect(getError(el, 'reviewDate')).to.equal('Error: The date to talk again must be after today');
    expect(getInvalid(el, 'reviewDate')).to.deep.equal(['day', 'month', 'year']);
    expect(await getSummaryLinks(el)).to.deep.equal([['#reviewDate-day', 'The date to talk again must be after today']]);
    typeDate(el.shadowRoot!, 'reviewDate', '26', '5', '2027');
    await el.updateComplete;
    expect(actor.getSnapshot().context.reviewDate).to.equal('2027-05-26');
    expect(getSummary(el)).to.equal(null);
  });

  it('shows a half-typed date\'s problem with the others when Continue finds problems', async () => {
    const { el, actor } = await planFixture([{ type: 'action.add' }]);
    const [{ id }] = actor.getSnapshot().context.actions;
    typeDate(el.shadowRoot!, 'reviewDate', '', '13', '2027');
    actor.send({ type: 'stage.next' });
    await el.updateComplete;
    expect(await getSummaryLinks(el)).to.deep.equal([
      [`#actions-${id}-text`, 'Say what action 1 is, or remove it'],
      ['#reviewDate-day', 'The date to talk again must include a day'],
    ]);
  });

  it('is in Welsh: Diwrnod, Mis, Blwyddyn, "Er enghraifft" and the error', async () => {
    const { el } = await planFixture([], { language: 'cy' });
    const boxes = getBoxes(el, 'reviewDate');
    expect(boxes.map((box) => box.labels![0].textContent!.trim())).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
    expect(getDescription(el, boxes[0].closest('fieldset')!)).to.contain('Er enghraifft, 26 5 2027');
    typeDate(el.shadowRoot!, 'reviewDate', '5', '', '2027');
    await leaveTo(el, 'actions-add');
    expect(getError(el, 'reviewDate')).to.equal("Gwall: Rhaid i'r dyddiad i siarad eto gynnwys mis");
  });

  if (canEmulateMedia) {
    it('prints the date written out, not the boxes', async () => {
      const { el } = await planFixture([{ type: 'reviewDate.set', date: '2027-05-26' }]);
      await emulateMedia({ media: 'print' });
      try {
        const fieldset = getField(el, 'reviewDate-day').closest('fieldset')!;
        const printed = [...fieldset.querySelectorAll<HTMLElement>('*')].filter((node) => node.getClientRects().length > 0);
        expect(printed.some((node) => node.localName === 'input')).to.equal(false);
        expect(printed.map((node) => node.textContent!.trim())).to.include('26 May 2027');
      } finally {
        await emulateMedia({});
      }
    });
  }
});

describe('<wcg-stage-plan> dates in a conversation', () => {
  it('keeps YYYY-MM-DD dates in the draft, and a restored draft shows them in the boxes', async () => {
    const first = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-dates"></wcg-conversation>`);
    await continueUntil(first, 'Agree a plan');
    await clickButton(first, 'Add an action');
    const plan = (el: WcgConversation) => deepFind(el, 'wcg-stage-plan')[0].shadowRoot!;
    const drafts: Draft[] = [];
    first.addEventListener('wcg-draft', (event) => drafts.push(event.detail.draft));
    typeDate(plan(first), 'actions-a1-due', '15', '1', '2027');
    typeDate(plan(first), 'reviewDate', '5', '6', '2027');
    await waitUntil(() => drafts.at(-1)?.state.reviewDate === '2027-06-05', 'no draft with the review date');
    const draft = drafts.at(-1)!;
    expect(draft.state.actions[0]).to.include({ due: '2027-01-15' });

    const second = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-dates"></wcg-conversation>`);
    expect(second.restoreDraft(JSON.parse(JSON.stringify(draft)))).to.equal(true);
    await settle(second);
    const values = (id: string) => dateBoxes.map((part) => (plan(second).getElementById(`${id}-${part}`) as HTMLInputElement).value);
    expect(values('actions-a1-due')).to.deep.equal(['15', '1', '2027']);
    expect(values('reviewDate')).to.deep.equal(['5', '6', '2027']);
  });

  it('stops Continue at a half-typed date, naming what is missing, and keeps what was typed', async () => {
    const el = await readyConversation();
    await continueUntil(el, 'Agree a plan');
    const plan = deepFind<WcgStagePlan>(el, 'wcg-stage-plan')[0]!;
    typeDate(plan.shadowRoot!, 'reviewDate', '5', '6', '');
    await settle(el);
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Agree a plan');
    expect(await getSummaryLinks(plan)).to.deep.equal([['#reviewDate-year', 'The date to talk again must include a year']]);
    expect(getValues(plan, 'reviewDate')).to.deep.equal(['5', '6', '']);
    // Once the date is whole, Continue goes on, and the record holds the date.
    typeDate(plan.shadowRoot!, 'reviewDate', '5', '6', '2027');
    await settle(el);
    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Check and agree what is recorded');
    expect(el.currentContext()!.reviewDate).to.equal('2027-06-05');
  });

  it('keeps a half-typed date in the draft, and a restored draft shows it in its boxes with its problem', async () => {
    const first = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-half-date"></wcg-conversation>`);
    await continueUntil(first, 'Agree a plan');
    const plan = (el: WcgConversation) => deepFind<WcgStagePlan>(el, 'wcg-stage-plan')[0]!;
    const drafts: Draft[] = [];
    first.addEventListener('wcg-draft', (event) => drafts.push(event.detail.draft));
    typeDate(plan(first).shadowRoot!, 'reviewDate', '5', 'June', '');
    await waitUntil(() => drafts.at(-1)?.state.reviewDate, 'no draft with the date as typed');

    const second = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-half-date"></wcg-conversation>`);
    expect(second.restoreDraft(JSON.parse(JSON.stringify(drafts.at(-1)!)))).to.equal(true);
    await settle(second);
    expect(getValues(plan(second), 'reviewDate')).to.deep.equal(['5', 'June', '']);
    await clickButton(second, 'Continue');
    expect(getHeading(second)).to.equal('Agree a plan');
    expect(await getSummaryLinks(plan(second))).to.deep.equal([['#reviewDate-year', 'The date to talk again must include a year']]);
  });
});
