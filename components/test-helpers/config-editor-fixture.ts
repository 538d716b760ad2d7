import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import anytown from '../../demo/configs/anytown-acute-trust.json' with { type: 'json' };
import hafren from '../../demo/configs/hafren-valley-health-board.json' with { type: 'json' };
import { defineAllElements } from '../../src/define-all.js';
import type { WcgConfigEditor } from '../config-editor/config-editor.js';
import { fieldIdForIssue } from '../config-editor/config-issues.js';
import type { EditedConfig } from '../config-editor/config-paths.js';
import { typeInto as typeText } from './typing.js';

/** Fresh copies of the two example config files, so no test can change another's. */
export function samples(): { anytown: EditedConfig; hafren: EditedConfig } {
  return { anytown: structuredClone(anytown), hafren: structuredClone(hafren) };
}

/** A `<wcg-config-editor>` with the two examples on offer, opened on `config` (blank when not given), once its text has loaded. */
export async function editorFixture(config?: unknown): Promise<WcgConfigEditor> {
  defineAllElements();
  const { anytown: a, hafren: h } = samples();
  const el = await fixture<WcgConfigEditor>(
    config === undefined
      ? html`<wcg-config-editor .samples=${[a, h]}></wcg-config-editor>`
      : html`<wcg-config-editor .samples=${[a, h]} .config=${config}></wcg-config-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('section'), 'the editor did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The input, text area or select for the setting an issue path names (`services[0].phone`). */
export function getField<T extends HTMLElement = HTMLInputElement>(el: WcgConfigEditor, path: string): T {
  const field = el.shadowRoot!.getElementById(fieldIdForIssue(path));
  if (!field) throw new Error(`no field for ${path} (id ${fieldIdForIssue(path)})`);
  return field as T;
}

/** The button whose visible words (hidden ones included) start with `text`. */
export function getButton(el: WcgConfigEditor, text: string): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** Types into a field as a person would: the whole value, then an input event. */
export async function typeInto(el: WcgConfigEditor, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  typeText(field, value);
  await el.updateComplete;
}

/** The id of the focused element in the editor: never the element, whose failure message would be huge. */
export function getFocused(el: WcgConfigEditor): string {
  return el.shadowRoot!.activeElement?.id ?? '';
}

/** The text of the elements an input's `aria-describedby` names, by kind: the error message, the warning, the hint. */
export function describedText(el: WcgConfigEditor, field: HTMLElement, kind: 'error-message' | 'warning-message' | 'hint'): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const found = ids.map((id) => el.shadowRoot!.getElementById(id)).filter((node) => node?.classList.contains(kind));
  return found.map((node) => node!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
}

/** Checks a field is marked invalid, with its message next to it (in its own box) and referenced by `aria-describedby`. */
export function expectFieldError(el: WcgConfigEditor, path: string, fragment: string): void {
  const field = getField(el, path);
  expect(field.getAttribute('aria-invalid'), `aria-invalid of ${path}`).to.equal('true');
  expect(describedText(el, field, 'error-message'), `message of ${path}`).to.include(fragment);
  const message = el.shadowRoot!.getElementById(`${field.id}-error`)!;
  expect(message.closest('.field') === field.closest('.field'), 'the message is in the field\'s own box').to.equal(true);
  expect(field.closest('.field')!.classList.contains('has-error')).to.equal(true);
}

/** The texts of the error summary's links, and the ids they link to. */
export function getSummaryLinks(el: WcgConfigEditor): { text: string; target: string }[] {
  const summary = el.shadowRoot!.querySelector('wcg-error-summary')!;
  return [...(summary.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({ text: a.textContent!.trim(), target: a.getAttribute('href')!.slice(1) }));
}
