import { expect, html } from '@open-wc/testing';
import type { i18n } from 'i18next';
import { topicGroupIds, topicGroups } from '../../src/content/topic-groups.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { conversationFixture, getText, testConfig } from '../test-helpers/conversation-fixture.js';
import type { WcgStageChooseTopics } from './stage-choose-topics.js';
import { onPhoneWidth } from '../test-helpers/phone-width.js';

const threeChosen = [
  { type: 'topic.toggle', id: 'workload' },
  { type: 'topic.toggle', id: 'sleepEnergy' },
  { type: 'topic.toggle', id: 'money' },
] as const;

// Topic names come from the topics text, which is written and reworded separately.
const nameOf = (i18n: i18n, id: string): string => i18n.t(`topics:${id}.name`);

function getCheckbox(el: WcgStageChooseTopics, name: string): HTMLInputElement {
  const box = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) => b.labels![0].textContent === name);
  if (!box) throw new Error(`no checkbox "${name}"`);
  return box;
}

function getOrder(el: WcgStageChooseTopics): string[] {
  return [...el.shadowRoot!.querySelectorAll('.order li .name')].map((n) => n.textContent!);
}

function getMoveButton(el: WcgStageChooseTopics, position: number, direction: 'up' | 'down'): HTMLButtonElement {
  return el.shadowRoot!.querySelectorAll('.order li')[position].querySelector<HTMLButtonElement>(`button[data-direction="${direction}"]`)!;
}

/** The stage with three topics chosen, in the order of `threeChosen`. */
function threeChosenFixture() {
  return conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`, { events: [...threeChosen] });
}

/** The stage with three topics chosen, after a keyboard user presses the move button of the topic at `position`. */
async function afterMove(position: number, direction: 'up' | 'down') {
  const fixture = await threeChosenFixture();
  const button = getMoveButton(fixture.el, position, direction);
  button.focus();
  button.click();
  await fixture.el.updateComplete;
  return fixture;
}

/** Each group of checkboxes as its heading and the topic names under it, in the order shown. */
function getGroups(el: WcgStageChooseTopics): { heading: string; topics: string[] }[] {
  return [...el.shadowRoot!.querySelectorAll('fieldset[part="topic-group"]')].map((group) => ({
    heading: group.querySelector(':scope > legend')!.textContent!.trim(),
    topics: [...group.querySelectorAll('label')].map((label) => label.textContent!),
  }));
}

function getStatus(el: WcgStageChooseTopics): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

describe('<wcg-stage-choose-topics>', () => {
  it('renders every offered topic with its description, and no order yet', async () => {
    const { el, i18n } = await conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`);
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(builtInTopicIds.length);
    const sleep = getCheckbox(el, nameOf(i18n, 'sleepEnergy'));
    const hint = el.shadowRoot!.getElementById(sleep.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal(i18n.t('topics:sleepEnergy.description'));
    expect(getText(el)).to.contain('Talking about what keeps you well is just as useful');
    expect(getText(el)).to.contain('No topics chosen');
    expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await threeChosenFixture();
    await expect(el).to.be.accessible();
  });

  it('shows the topics in headed groups, in the offered order within each, at the level below the topics heading', async () => {
    const { el, i18n } = await conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`);
    expect(getGroups(el)).to.deep.equal(
      topicGroupIds.map((id) => ({
        heading: i18n.t(`stages:chooseTopics.groups.${id}`),
        topics: builtInTopicIds.filter((topic) => (topicGroups[id] as readonly string[]).includes(topic)).map((topic) => nameOf(i18n, topic)),
      })),
    );
    expect(el.shadowRoot!.querySelector('fieldset[part="topics"] > legend > h3')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('fieldset[part="topic-group"] > legend > h4')).to.have.length(topicGroupIds.length);
    // Every checkbox keeps its own id, so each label and hint points to one box.
    const ids = [...el.shadowRoot!.querySelectorAll('input[type="checkbox"]')].map((box) => box.id);
    expect(new Set(ids).size).to.equal(builtInTopicIds.length);
  });

  it('shows the group headings in the interface language', async () => {
    const { el } = await conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`, { language: 'cy' });
    const headings = [...el.shadowRoot!.querySelectorAll('fieldset[part="topic-group"] > legend')].map((l) => l.textContent!.trim());
    expect(headings[0]).to.equal("Gwaith a'ch diwrnod");
  });

  it('adds and removes topics as they are ticked', async () => {
    const { el, actor, i18n } = await conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`);
    getCheckbox(el, nameOf(i18n, 'money')).click();
    getCheckbox(el, nameOf(i18n, 'sleepEnergy')).click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['money', 'sleepEnergy']);
    expect(getOrder(el)).to.deep.equal([nameOf(i18n, 'money'), nameOf(i18n, 'sleepEnergy')]);
    getCheckbox(el, nameOf(i18n, 'money')).click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['sleepEnergy']);
    expect(getCheckbox(el, nameOf(i18n, 'money')).checked).to.equal(false);
  });

  it('names each move button after its topic and disables the moves off either end', async () => {
    const { el, i18n } = await threeChosenFixture();
    expect(getOrder(el)).to.deep.equal(['workload', 'sleepEnergy', 'money'].map((id) => nameOf(i18n, id)));
    expect(getMoveButton(el, 1, 'up').textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Move up ${nameOf(i18n, 'sleepEnergy')}`);
    expect(getMoveButton(el, 1, 'down').textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Move down ${nameOf(i18n, 'sleepEnergy')}`);
    expect(getMoveButton(el, 0, 'up').disabled).to.equal(true);
    expect(getMoveButton(el, 0, 'down').disabled).to.equal(false);
    expect(getMoveButton(el, 2, 'up').disabled).to.equal(false);
    expect(getMoveButton(el, 2, 'down').disabled).to.equal(true);
  });

  it('moves a topic down, keeps focus on its button and says where it went', async () => {
    const { el, actor, i18n } = await afterMove(0, 'down');
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['sleepEnergy', 'workload', 'money']);
    expect(getOrder(el)).to.deep.equal(['sleepEnergy', 'workload', 'money'].map((id) => nameOf(i18n, id)));
    expect(el.shadowRoot!.activeElement).to.equal(getMoveButton(el, 1, 'down'));
    expect(getStatus(el)).to.equal(`${nameOf(i18n, 'workload')} moved to position 2 of 3`);
  });

  it('moves a topic up, keeping focus with it', async () => {
    const { el, actor, i18n } = await afterMove(2, 'up');
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['workload', 'money', 'sleepEnergy']);
    expect(el.shadowRoot!.activeElement).to.equal(getMoveButton(el, 1, 'up'));
    expect(getStatus(el)).to.equal(`${nameOf(i18n, 'money')} moved to position 2 of 3`);
  });

  it('moves focus to the other button when a topic reaches an end', async () => {
    const { el, actor, i18n } = await afterMove(1, 'up');
    expect(actor.getSnapshot().context.chosenTopics).to.deep.equal(['sleepEnergy', 'workload', 'money']);
    expect(getMoveButton(el, 0, 'up').disabled).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(getMoveButton(el, 0, 'down'));
    expect(getStatus(el)).to.equal(`${nameOf(i18n, 'sleepEnergy')} moved to position 1 of 3`);
  });

  it('shows a trust topic from the trust text, without a description when it has none', async () => {
    const config = {
      ...testConfig,
      topicOrder: ['workload', 'shiftSwaps'],
      extraTopics: [
        { id: 'shiftSwaps', services: [], text: { 'en-GB': { name: 'Shift swaps', prompt: 'p', gentler: 'g', followUps: [], listenFor: [], avoid: [] } } },
      ],
    };
    const { el, i18n } = await conversationFixture<WcgStageChooseTopics>(html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`, { config });
    i18n.addResourceBundle('en-GB', 'trust', { shiftSwaps: { name: 'Shift swaps' } });
    el.requestUpdate();
    await el.updateComplete;
    const box = getCheckbox(el, 'Shift swaps');
    expect(box.hasAttribute('aria-describedby')).to.equal(false);
    expect(getGroups(el)).to.deep.equal([
      { heading: i18n.t('stages:chooseTopics.groups.work'), topics: [nameOf(i18n, 'workload')] },
      { heading: i18n.t('stages:chooseTopics.groups.trust'), topics: ['Shift swaps'] },
    ]);
    box.click();
    await el.updateComplete;
    expect(getOrder(el)).to.deep.equal(['Shift swaps']);
  });

  describe('on a phone', () => {
    const fitPhone = onPhoneWidth();

    it('fits every group and checkbox in the width, each group heading above its topics, one topic a row', async () => {
      const { el } = await threeChosenFixture();
      fitPhone(el);
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      for (const group of el.shadowRoot!.querySelectorAll('fieldset[part="topic-group"]')) {
        const heading = group.querySelector(':scope > legend')!.getBoundingClientRect();
        const choices = [...group.querySelectorAll('[part="topic"]')].map((c) => c.getBoundingClientRect());
        expect(heading.right, 'group heading fits').to.be.at.most(right + 0.5);
        expect(choices[0]!.top, 'topics start below their heading').to.be.at.least(heading.bottom - 0.5);
        for (const [i, box] of choices.entries()) {
          expect(box.right, 'topic fits').to.be.at.most(right + 0.5);
          if (i > 0) expect(box.top, 'one topic a row').to.be.at.least(choices[i - 1]!.bottom - 0.5);
        }
      }
      expect(el.shadowRoot!.querySelector('[part="topics"]')!.scrollWidth).to.be.at.most(el.getBoundingClientRect().width + 0.5);
    });
  });
});
