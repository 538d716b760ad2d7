import { expect, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import type { StageId } from '../../src/model/stages.js';
import { continueTo, conversationFixture, filledEvents } from '../test-helpers/conversation-fixture.js';

// A person who makes text bigger (the browser's text size, or a host page's --wcg-font-size) needs the boxes
// they tick to grow with it, or a 200% label sits beside a tiny target (WCAG 1.4.4).

interface Case {
  readonly name: string;
  readonly template: TemplateResult;
  readonly selector: string;
  readonly events?: ConversationEvent[];
  /** The stage to Continue to once the events are sent. */
  readonly stage?: StageId;
}

const next = (times: number): ConversationEvent[] => Array.from({ length: times }, () => ({ type: 'stage.next' }) as const);

const cases: readonly Case[] = [
  { name: 'the preparation checklist', template: html`<wcg-stage-prepare></wcg-stage-prepare>`, selector: 'input[type="checkbox"]' },
  { name: 'the topics to choose', template: html`<wcg-stage-choose-topics></wcg-stage-choose-topics>`, selector: 'input[type="checkbox"]', events: next(3) },
  {
    name: 'the services to choose',
    template: html`<wcg-stage-explore></wcg-stage-explore>`,
    selector: 'wcg-service-list',
    events: [...next(3), { type: 'topic.toggle', id: 'mood' }, ...next(1)],
  },
  { name: 'the plan', template: html`<wcg-stage-plan></wcg-stage-plan>`, selector: 'input[type="radio"]', events: [...next(5), { type: 'action.add' }] },
  { name: 'the consent boxes', template: html`<wcg-stage-agree></wcg-stage-agree>`, selector: 'input[type="checkbox"]', events: filledEvents('note'), stage: 'agree' },
];

async function boxFixture(c: Case) {
  const fixture = await conversationFixture<LitElement>(c.template, { events: c.events });
  if (c.stage) await continueTo(fixture, c.stage);
  return fixture;
}

/** The width on screen of the first box matching `selector` in the element (inside a service list's own root too). */
function getBoxWidth(el: LitElement, selector: string): number {
  let box = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (box?.localName === 'wcg-service-list') box = box.shadowRoot!.querySelector<HTMLElement>('input[type="checkbox"]');
  expect(box, selector).to.exist;
  return box!.getBoundingClientRect().width;
}

async function widthAt(el: LitElement, selector: string, fontSize: string): Promise<number> {
  el.style.setProperty('--wcg-font-size', fontSize);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return getBoxWidth(el, selector);
}

describe('checkboxes and radios', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  for (const c of cases) {
    it(`in ${c.name} grow with the text size the host sets`, async () => {
      const { el } = await boxFixture(c);
      const normal = getBoxWidth(el, c.selector);
      const doubled = await widthAt(el, c.selector, '2.375rem');
      expect(normal, 'at the normal size').to.be.at.least(19);
      expect(doubled / normal, `${normal}px at 19px text, ${doubled}px at 38px`).to.be.closeTo(2, 0.1);
    });

    it(`in ${c.name} grow with the browser's text size`, async () => {
      const { el } = await boxFixture(c);
      const normal = getBoxWidth(el, c.selector);
      document.documentElement.style.fontSize = '200%';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const doubled = getBoxWidth(el, c.selector);
      expect(doubled / normal, `${normal}px at 100%, ${doubled}px at 200%`).to.be.closeTo(2, 0.1);
    });
  }
});
