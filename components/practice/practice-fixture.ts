import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defineAllElements } from '../../src/define-all.js';
import { getButton } from '../test-helpers/deep-find.js';
import type { WcgPractice } from './practice.js';

// Helpers shared by the practice element's tests.

/** Renders `<wcg-practice>` (or the given template) and waits until its first screen shows. */
export async function practiceFixture(template: TemplateResult = html`<wcg-practice></wcg-practice>`): Promise<WcgPractice> {
  defineAllElements();
  const el = await fixture<WcgPractice>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('#practice-heading'), 'the practice element did not load');
  return el;
}

/** The heading of the screen showing. */
export function getHeading(el: WcgPractice): string {
  return el.shadowRoot!.querySelector('#practice-heading')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** One element in the practice's shadow root; fails the test when it is not there. */
export function getPart<T extends HTMLElement = HTMLElement>(el: WcgPractice, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  expect(found, `no ${selector}`).to.exist;
  return found!;
}

/** Clicks a button or radio and waits for the element (and any new screen) to render. */
export async function click(el: WcgPractice, target: string | HTMLElement): Promise<void> {
  (typeof target === 'string' ? getButton(el, target) : target).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Picks a scenario in the picker and continues to its persona. */
export async function pickScenario(el: WcgPractice, value: string): Promise<void> {
  await click(el, getPart(el, `#scenario-${value}`));
  await click(el, 'Continue');
}

/** Chooses an option at the step showing, by id, and waits for the reply. */
export async function answer(el: WcgPractice, optionId: string): Promise<void> {
  await click(el, getPart(el, `#option-${optionId}`));
  await click(el, 'Choose this answer');
}

/** The visible text of the shadow root, with white space folded. */
export function getText(el: WcgPractice): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}
