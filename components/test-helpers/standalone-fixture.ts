import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import { defineAllElements } from '../../src/define-all.js';

/**
 * Renders an element that loads its own text (`<wcg-plan-summary>`, `<wcg-prep-sheet>`) and waits until it has
 * drawn its frame. Uses fixtureSync for the same reason as the conversation fixture: a background test tab may
 * get no animation frames.
 */
export async function standaloneFixture<T extends LitElement>(template: TemplateResult): Promise<T> {
  defineAllElements();
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  render(template, host);
  const el = host.querySelector<T>('wcg-plan-summary, wcg-prep-sheet')!;
  await waitUntil(() => el.shadowRoot?.querySelector('.frame'), 'the element never drew its frame', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Waits for an element to redraw after a change that reloads its text (language, config). */
export async function settled(el: LitElement, ready: () => unknown): Promise<void> {
  await waitUntil(ready, 'the element never showed the change', { timeout: 5000 });
  await el.updateComplete;
}
