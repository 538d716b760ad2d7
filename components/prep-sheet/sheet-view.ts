import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedContent } from '../../src/content/conversation-content.js';
import type { TrustConfig } from '../../src/content/trust-config.js';
import { textIn } from '../../src/record/build-record.js';

/** What every part of the preparation sheet needs: the text, its language, the config and the content it gives. */
export interface SheetView {
  readonly t: TFunction;
  readonly language: string;
  /** The trust's config, with the nation the element was given. */
  readonly config: TrustConfig;
  readonly content: ResolvedContent;
  readonly onPrint: () => void;
}

/** A list of the strings under one key (`points: [ … ]`), each as a list item. */
export function points(t: TFunction, key: string): TemplateResult {
  const items = t(key, { returnObjects: true });
  return html`<ul class="points">${(Array.isArray(items) ? items : []).map((item) => html`<li>${String(item)}</li>`)}</ul>`;
}

/** The organisation's name under the title, when the trust gave one. */
function fromLine({ t, config, language }: SheetView) {
  const name = textIn(config.organisation, language);
  return name ? html`<p class="from">${t('summary:prep.from', { organisation: name })}</p>` : nothing;
}

/** The print button under the title; print styles hide it. */
function printButton(label: string, onPrint: () => void) {
  return html`<button type="button" class="secondary print" part="print" @click=${onPrint}>${label}</button>`;
}

/** What a sheet says above its sections. */
export interface SheetHeading {
  readonly kind: 'manager' | 'staff';
  readonly title: string;
  readonly intro: string;
  /** Said after the introduction, such as a note that the guide is the manager's alone. */
  readonly aside?: TemplateResult;
  readonly printLabel: string;
}

/** One sheet: its title, the organisation, the introduction and the print button, then `sections`. */
export function sheet(view: SheetView, heading: SheetHeading, sections: TemplateResult): TemplateResult {
  return html`
    <article class="sheet ${heading.kind}" part="sheet" aria-labelledby="sheet-title">
      <header class="sheet-header">
        <h2 id="sheet-title">${heading.title}</h2>
        ${fromLine(view)}
        <p class="lead">${heading.intro}</p>
        ${heading.aside ?? nothing}
        ${printButton(heading.printLabel, view.onPrint)}
      </header>
      ${sections}
    </article>
  `;
}

/** Lines to write on by hand; shown only on paper. */
export function writingLines(count: number) {
  return html`<div class="writing-lines" aria-hidden="true">${Array.from({ length: count }, () => html`<div class="line"></div>`)}</div>`;
}
