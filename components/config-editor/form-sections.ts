import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorView } from './config-fields.js';
import { organisationSection, type LanguageActions } from './organisation-section.js';
import { safetySection } from './safety-section.js';
import { servicesSection } from './services-section.js';
import { startSection, type StartActions } from './start-section.js';
import { topicsSection } from './topics-section.js';
import { wordingSection, type WordingActions } from './wording-section.js';

/** What the sections need from the element beyond the view: its handlers and what is being typed. */
export interface FormActions {
  readonly start: StartActions;
  readonly languages: LanguageActions;
  readonly wording: WordingActions;
  readonly download: () => void;
}

/** The last section: download the config, saying first when it still has problems. */
export function downloadSection(t: TFunction, errorCount: number, onDownload: () => void): TemplateResult {
  return html`
    <section class="section" aria-labelledby="download-heading">
      <h2 id="download-heading">${t('configure:download.heading')}</h2>
      <p>${t('configure:download.lead')}</p>
      ${errorCount ? html`<p class="inset" id="download-problems">${t('configure:download.withErrors', { count: errorCount })}</p>` : nothing}
      <button id="download" aria-describedby=${errorCount ? 'download-problems' : nothing} @click=${onDownload}>${t('configure:download.button')}</button>
    </section>
  `;
}

/**
 * Every section of the form, in page order. Each field claims its problems as it is built, so call this
 * before listing the problems at the top: the lists then follow the page's order.
 */
export function formSections(view: EditorView, a: FormActions): TemplateResult[] {
  return [
    startSection(view, a.start),
    organisationSection(view, a.languages),
    topicsSection(view),
    servicesSection(view),
    safetySection(view),
    wordingSection(view, a.wording),
    downloadSection(view.t, view.issues.errorCount, a.download),
  ];
}
