import { html } from '@open-wc/testing';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import type { WcgErrorSummary } from '../error-summary/error-summary.js';
import type { WcgStagePlan } from '../stage-plan/stage-plan.js';
import { conversationFixture, type FixtureOptions } from './conversation-fixture.js';

// The plan stage alone, for its tests: reached as a user reaches it, with Continue through the stages before it.

// prepare → open → check-in → choose topics → (none chosen) what helps → plan.
const toPlan: ConversationEvent[] = Array.from({ length: 5 }, () => ({ type: 'stage.next' }) as const);

/** A `<wcg-stage-plan>` on the plan stage, after `events`; today is `fixtureToday` (26 November 2026). */
export function planFixture(events: ConversationEvent[] = [], options: Omit<FixtureOptions, 'events'> = {}) {
  return conversationFixture<WcgStagePlan>(html`<wcg-stage-plan></wcg-stage-plan>`, { ...options, events: [...toPlan, ...events] });
}

/** The field with element id `id` in the plan. */
export function getField<T extends HTMLElement = HTMLInputElement>(el: WcgStagePlan, id: string): T {
  return el.shadowRoot!.getElementById(id) as T;
}

/** The plan's error summary, or null while there is none. */
export function getSummary(el: WcgStagePlan): WcgErrorSummary | null {
  return el.shadowRoot!.querySelector('wcg-error-summary');
}

/** The links of the error summary, each as its href and words. */
export async function getSummaryLinks(el: WcgStagePlan): Promise<string[][]> {
  const summary = getSummary(el);
  if (!summary) return [];
  await summary.updateComplete;
  return [...summary.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href')!, a.textContent!]);
}

// An id or tag, not the element: a failing assertion on an element would print its whole object graph.
/** The id (or tag) of the focused element in the plan. */
export function getFocused(el: WcgStagePlan): string {
  const active = el.shadowRoot!.activeElement;
  return active?.id || active?.localName || '';
}

/** The words of every element an element's `aria-describedby` points to, joined by spaces. */
export function getDescription(el: WcgStagePlan, field: Element): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((ref) => el.shadowRoot!.getElementById(ref)?.textContent ?? `(no #${ref})`).join(' ').replace(/\s+/g, ' ').trim();
}
