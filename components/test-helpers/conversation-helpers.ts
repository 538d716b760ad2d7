import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defineAllElements } from '../../src/define-all.js';
import type { WcgConversation } from '../conversation/conversation.js';
import { deepFind, getButton } from './deep-find.js';

// The one set of helpers the conversation's tests drive it with: wait until ready, read the heading, press a
// button, wait for every element inside to render. They work on a page in an iframe too.

// Every conversation on this page that has said it is ready. A stage can show before then (a session draft still
// being looked for, the evaluation's file on its way), so a shown stage is not taken as ready.
const readied = new WeakSet<EventTarget>();
document.addEventListener('wcg-ready', (event) => readied.add(event.composedPath()[0]!), true);

/** Waits until the element has said it is ready (`wcg-ready`): config, text, drafts and its files loaded. */
export async function whenReady(el: WcgConversation): Promise<WcgConversation> {
  if (el.ownerDocument === document) {
    await waitUntil(() => readied.has(el), 'the conversation never said it was ready (wcg-ready)', { timeout: 15000 });
  } else if (!el.shadowRoot?.querySelector('#stage-heading')) {
    await oneEvent(el, 'wcg-ready');
  }
  // The later stages' text arrives after the first stage shows; tests move on faster than a person would.
  await el.stagesFetched();
  await el.updateComplete;
  return el;
}

/** Renders a `<wcg-conversation>` (or the template given, which holds one) and waits until it is ready. */
export async function readyConversation(template: TemplateResult = html`<wcg-conversation></wcg-conversation>`): Promise<WcgConversation> {
  defineAllElements();
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'wcg-conversation' ? root : root.querySelector('wcg-conversation')) as WcgConversation;
  return whenReady(el);
}

/** The stage heading's text; empty while no stage shows. */
export function getHeading(el: WcgConversation): string {
  return el.shadowRoot?.querySelector('#stage-heading')?.textContent?.trim() ?? '';
}

/** Clicks the button named `label` and waits for the element and everything inside it to render. */
export async function clickButton(el: WcgConversation, label: string): Promise<void> {
  getButton(el, label).click();
  await settle(el);
}

/** Waits until the element and every element inside it have finished rendering. */
export async function settle(el: WcgConversation): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await el.updateComplete;
    const children = deepFind<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*');
    await Promise.all(children.map((child) => child.updateComplete));
  }
}

/** Presses Continue until the heading reads `heading` (at most 12 times). */
export async function continueUntil(el: WcgConversation, heading: string): Promise<void> {
  for (let i = 0; i < 12 && getHeading(el) !== heading; i++) await clickButton(el, 'Continue');
  if (getHeading(el) !== heading) throw new Error(`did not reach "${heading}", at "${getHeading(el)}"`);
}

/** Presses the button named `label`, then the warning's confirm button named `confirm`, as a manager going ahead would. */
export async function clickAndConfirm(el: WcgConversation, label: string, confirm: string): Promise<void> {
  await clickButton(el, label);
  await clickButton(el, confirm);
}

/** On the open stage: "The staff member would rather not talk now", confirmed, so the conversation ends declined. */
export async function confirmDecline(el: WcgConversation): Promise<void> {
  await clickAndConfirm(el, 'The staff member would rather not talk now', 'Yes, end and record as declined');
}

/** "Start again" (after the conversation, or beside a kept draft), confirmed: everything is cleared. */
export async function confirmStartAgain(el: WcgConversation): Promise<void> {
  await clickAndConfirm(el, 'Start again', 'Yes, delete everything and start again');
}

/**
 * A conversation that keeps its drafts on this device under `draftId` (`persist="session"`), once ready: by
 * then any draft kept for it has been restored, so a test can look at once.
 */
export async function sessionConversation(
  draftId: string | undefined,
  extra: { name?: string; draftKey?: unknown; shareScreen?: boolean } = {},
): Promise<WcgConversation> {
  return readyConversation(html`<wcg-conversation persist="session" name=${extra.name ?? 'wellbeing'} draft-id=${draftId ?? ''}
    .draftKey=${extra.draftKey} ?share-screen=${extra.shareScreen ?? false}></wcg-conversation>`);
}
