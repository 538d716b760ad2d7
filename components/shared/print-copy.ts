import { html, type TemplateResult } from 'lit';

/**
 * The words of a text box again, for paper only. A text area or text input cannot grow when printed, so
 * whatever does not fit its box would be cut off; in print the box (marked `no-print`) gives way to this
 * block, which grows with its text. On screen it is not shown, so nothing is read twice. The base styles
 * (`.print-copy`) decide both. Never for private notes, which are not printed at all.
 */
export function printCopy(value: string): TemplateResult {
  return html`<div class="print-copy">${value}</div>`;
}
