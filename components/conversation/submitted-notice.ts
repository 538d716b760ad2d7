import type { TFunction } from 'i18next';
import { html, nothing, type HTMLTemplateResult } from 'lit';
import { marked } from '../shared/marked-text.js';

/**
 * After Back from a host form that was sent, the line that says this conversation was completed and sent with it.
 * It holds no conversation text: the browser was only ever given a marker to restore (form-value.ts).
 */
export function submittedNotice(t: TFunction, submittedBefore: boolean): HTMLTemplateResult | typeof nothing {
  if (!submittedBefore) return nothing;
  return html`<p class="notice" part="submitted-notice" role="status">${marked(t, 'submitted.notice')}</p>`;
}
