import { expect, html } from '@open-wc/testing';
import type { RecordSection } from '../../src/model/conversation.js';
import type { ConversationEvent, ConversationInput } from '../../src/machine/conversation.types.js';
import type { StageId } from '../../src/model/stages.js';
import { buildRecord } from '../../src/record/build-record.js';
import { continueTo, conversationFixture, filledEvents, filledHeadings, getText } from '../test-helpers/conversation-fixture.js';
import { getButton } from '../test-helpers/deep-find.js';
import type { WcgStageAgree } from './stage-agree.js';
import { onPhoneWidth } from '../test-helpers/phone-width.js';

const marker = 'PRIVATE-NOTE-7731';

const filled = filledEvents(marker);

/** The check page, reached the way a user reaches it: Continue until the agree stage. */
async function checkPage(events: ConversationEvent[] = filled, input: ConversationInput = {}) {
  const result = await conversationFixture<WcgStageAgree>(html`<wcg-stage-agree></wcg-stage-agree>`, { events, input });
  await continueTo(result, 'agree');
  return result;
}

function getHeadings(el: WcgStageAgree): string[] {
  return [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
}

/** Each row of every summary list: its key, then each line recorded about it. */
function getRows(el: WcgStageAgree): string[][] {
  return [...el.shadowRoot!.querySelectorAll('.row')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    ...[...row.querySelectorAll('dd p')].map((p) => p.textContent!.trim()),
  ]);
}

function getConsent(el: WcgStageAgree, section: RecordSection): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#consent-${section}`)!;
}

/** The box of each line the visible word of a Change button is set on (the words for screen readers left out). */
function getWordLines(button: HTMLElement): DOMRect[] {
  const word = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
  const range = document.createRange();
  range.selectNodeContents(word);
  const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
  return boxes.filter((box, i) => boxes.findIndex((other) => Math.abs(other.top - box.top) < 1) === i);
}

/**
 * Where a section's Change button is: on its heading's line after it ("beside"), or on a line of its own below
 * it with its word starting where the heading does ("below"); anything else is described, for the failure.
 */
function getPlacement(card: Element): string {
  const heading = card.querySelector('.h-section')!.getBoundingClientRect();
  const [word] = getWordLines(card.querySelector<HTMLElement>('[part="change"]')!);
  const middle = (word.top + word.bottom) / 2;
  if (middle > heading.top && middle < heading.bottom && word.left >= heading.right) return 'beside';
  if (word.top >= heading.bottom && Math.abs(word.left - heading.left) < 1) return 'below';
  return `at (${word.left}, ${word.top}), the heading at (${heading.left}, ${heading.top}) to (${heading.right}, ${heading.bottom})`;
}

function getCount(el: WcgStageAgree): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

describe('<wcg-stage-agree>', () => {
  it('renders each section with something in it, in record order, as it will be recorded', async () => {
    const { el } = await checkPage();
    expect(getHeadings(el)).to.deep.equal(filledHeadings);
    expect(getRows(el)).to.deep.equal([
      ['What we agreed to write', 'A hard month on nights'],
      ['How you are feeling', 'Feeling flat after nights'],
      ['What keeps you well at work?', 'Walking the dog'],
      ['Book a meeting with occupational health', 'Who: your manager', 'By: 10 December 2026'],
      ['A desk fan', 'Status: agreed'],
      ['Staff support line', 'Staff support and counselling'],
      ['Date', '1 March 2027'],
    ]);
    expect(getText(el)).to.contain('Private notes are not shown here and will be deleted.');
    expect(el.shadowRoot!.querySelectorAll('dl')).to.have.length(7);
  });

  it('is accessible', async () => {
    const { el } = await checkPage();
    await expect(el).to.be.accessible();
  });

  it('leaves every consent box unticked to begin with', async () => {
    const { el, actor } = await checkPage();
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).to.have.length(7);
    expect(boxes.every((box) => !box.checked)).to.equal(true);
    expect(Object.values(actor.getSnapshot().context.consent).every((given) => !given)).to.equal(true);
    expect(getCount(el)).to.equal('0 of 7 sections will be recorded');
  });

  it('gives or withdraws consent for one section, and counts the sections to be recorded', async () => {
    const { el, actor } = await checkPage();
    getConsent(el, 'actions').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.consent.actions).to.equal(true);
    expect(actor.getSnapshot().context.consent.summary).to.equal(false);
    expect(getCount(el)).to.equal('1 of 7 sections will be recorded');
    getConsent(el, 'actions').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.consent.actions).to.equal(false);
    expect(getCount(el)).to.equal('0 of 7 sections will be recorded');
  });

  it('labels each consent box with its section', async () => {
    const { el } = await checkPage();
    expect(getConsent(el, 'whatHelps').labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Record this section What helps you stay well');
  });

  it('lists exactly the sections the record holds once all are ticked', async () => {
    const { el, actor, content } = await checkPage();
    for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await el.updateComplete;
    const record = buildRecord(actor.getSnapshot().context, { nation: 'england', language: 'en-GB', services: content.services });
    expect(record.sections).to.deep.equal(['summary', 'topics', 'whatHelps', 'actions', 'adjustments', 'services', 'reviewDate']);
    expect(getCount(el)).to.equal('7 of 7 sections will be recorded');
  });

  const changes: [string, StageId][] = [
    ['Change How things are', 'checkIn'],
    ['Change What we talked about', 'chooseTopics'],
    ['Change What helps you stay well', 'whatHelps'],
    ['Change Actions', 'plan'],
    ['Change Changes to how you work', 'plan'],
    ['Change Services you chose', 'plan'],
    ['Change Next conversation', 'plan'],
  ];
  for (const [name, stage] of changes) {
    it(`"${name}" goes back to the ${stage} stage, to return here after`, async () => {
      const { el, actor } = await checkPage();
      getButton(el, name).click();
      expect(actor.getSnapshot().context.stage).to.equal(stage);
      expect(actor.getSnapshot().context.returnToAgree).to.equal(true);
      actor.send({ type: 'stage.next' });
      expect(actor.getSnapshot().context.stage).to.equal('agree');
    });
  }

  it("changes a topic's wording on that topic's own page", async () => {
    const events: ConversationEvent[] = [
      { type: 'topic.toggle', id: 'workload' },
      { type: 'topic.toggle', id: 'mood' },
      { type: 'agreed.set', section: 'topic.mood', text: 'Feeling flat after nights' },
    ];
    const { el, actor } = await checkPage(events);
    getButton(el, 'Change what we agreed about How you are feeling').click();
    expect(actor.getSnapshot().context.stage).to.equal('explore');
    expect(actor.getSnapshot().context.topicIndex).to.equal(1);
  });

  it('shows the review of the last plan, and changes it on the review stage', async () => {
    const { el, actor } = await checkPage(
      [{ type: 'review.set', actionId: 'p1', status: 'done', note: 'Moved to days in October' }],
      { previousActions: [{ id: 'p1', text: 'Try a later shift', owner: 'staff', due: '' }] },
    );
    expect(getHeadings(el)).to.deep.equal(['Your last plan']);
    expect(getRows(el)).to.deep.equal([['Try a later shift', 'Status: done', 'Moved to days in October']]);
    getButton(el, 'Change Your last plan').click();
    expect(actor.getSnapshot().context.stage).to.equal('review');
  });

  it('never shows private notes', async () => {
    const { el } = await checkPage();
    for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await el.updateComplete;
    expect(el.shadowRoot!.innerHTML).not.to.contain(marker);
  });

  it('says only the fact of the conversation will be recorded when nothing was written down', async () => {
    const { el } = await checkPage([{ type: 'note.set', section: 'checkIn', text: marker }]);
    expect(getText(el)).to.contain('Only the fact that this conversation happened will be recorded.');
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    expect(getText(el)).not.to.contain(marker);
  });

  describe('on a phone', () => {
    const fitPhone = onPhoneWidth();

    async function phoneCheckPage(language: string) {
      const result = await conversationFixture<WcgStageAgree>(html`<wcg-stage-agree></wcg-stage-agree>`, { events: filled, language });
      await continueTo(result, 'agree');
      fitPhone(result.el);
      return result;
    }

    for (const language of ['en-GB', 'cy']) {
      it(`keeps each section's Change on one line, beside its heading or below it and lined up with it (${language})`, async () => {
        const { el } = await phoneCheckPage(language);
        const cards = [...el.shadowRoot!.querySelectorAll('[part="section"]')];
        expect(cards).to.have.length(7);
        const placements = cards.map((card) => {
          const name = card.querySelector('.h-section')!.textContent!.trim();
          expect(getWordLines(card.querySelector<HTMLElement>('[part="change"]')!), `Change beside "${name}"`).to.have.length(1);
          return getPlacement(card);
        });
        expect(placements.filter((p) => p !== 'beside' && p !== 'below'), 'Change neither beside nor below its heading').to.deep.equal([]);
        // Short headings and long ones: both ways are met, or this test would prove only one of them.
        expect(placements).to.include('beside');
        expect(placements).to.include('below');
      });

      it(`keeps a topic's Change on one line, lined up with the topic's name (${language})`, async () => {
        const { el } = await phoneCheckPage(language);
        const rows = [...el.shadowRoot!.querySelectorAll('.row')].filter((row) => row.querySelector('.row-action'));
        expect(rows).to.have.length(1);
        for (const row of rows) {
          const lines = getWordLines(row.querySelector<HTMLElement>('.row-action button')!);
          expect(lines).to.have.length(1);
          expect(lines[0].left).to.be.closeTo(row.querySelector('dt')!.getBoundingClientRect().left, 1);
        }
      });
    }
  });
});
