import { fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defineElements } from '../../src/define.js';
import type { WcgConversation } from './conversation.js';

/** Waits until the element has loaded its settings and text and shows a stage. */
export async function whenReady(el: WcgConversation): Promise<WcgConversation> {
  if (!el.shadowRoot?.querySelector('#stage-heading')) await oneEvent(el, 'wcg-ready');
  await el.updateComplete;
  return el;
}

/** Renders a `<wcg-conversation>` (or the template given) and waits until it is ready. */
export async function readyConversation(template: TemplateResult = html`<wcg-conversation></wcg-conversation>`): Promise<WcgConversation> {
  defineElements();
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'wcg-conversation' ? root : root.querySelector('wcg-conversation')) as WcgConversation;
  return whenReady(el);
}

/** The stage heading's text. */
export function getHeading(el: WcgConversation): string {
  return el.shadowRoot!.querySelector('#stage-heading')!.textContent!.trim();
}

/** Every element matching `selector` inside `root` and every open shadow root below it. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepAll<T>(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<T>(el.shadowRoot, selector));
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the button with exactly this text, wherever it is inside the element, and waits for renders. */
export async function clickButton(el: WcgConversation, label: string): Promise<void> {
  const button = deepAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
  await settle(el);
}

/** Waits for the element and its children to finish rendering. */
export async function settle(el: WcgConversation): Promise<void> {
  await el.updateComplete;
  await Promise.all(deepAll<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map((c) => c.updateComplete));
  await el.updateComplete;
}

/** Presses Continue until the heading reads `heading` (at most 12 times). */
export async function continueUntil(el: WcgConversation, heading: string): Promise<void> {
  for (let i = 0; i < 12 && getHeading(el) !== heading; i++) await clickButton(el, 'Continue');
  if (getHeading(el) !== heading) throw new Error(`did not reach "${heading}", at "${getHeading(el)}"`);
}
