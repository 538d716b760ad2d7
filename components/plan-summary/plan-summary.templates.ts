import { html, nothing, type TemplateResult } from 'lit';
import type { Service, TopicDefinition } from '../../src/content/types.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { formatDate } from '../shared/record-text.js';
import { renderRecordPart } from '../shared/record-view.js';
import { languageName } from '../shared/language-name.js';
import { staffText, type StandaloneText } from '../shared/standalone-text.js';
import { renderSupportQr } from '../shared/support-qr.js';

/** What the plan's templates need: the text (with the staff member's language, if asked for) and the topics known. */
export interface SummaryView {
  readonly text: StandaloneText;
  readonly topics: readonly TopicDefinition[];
  /** The services the config knows, for the contact details of those the record names. */
  readonly services: readonly Service[];
  /** The trust's staff support page, shown last as a QR code; absent for none. */
  readonly staffSupportUrl?: string;
  readonly onPrint: () => void;
}

/**
 * A heading's words in the interface language and, beside them, in the staff member's language when someone has
 * written them in it. The second carries its own `lang` and `dir`, so a screen reader speaks both correctly.
 * Headings come from the `summary` namespace, which every staff language the guide ships has.
 */
export function headingText(key: string, { text }: SummaryView): TemplateResult {
  const second = staffText(text, key);
  return html`<span class="heading-text">${text.i18n.t(key)}</span>${second
    ? html`<span class="second-language" lang=${second.lang} dir=${second.dir}>${second.text}</span>`
    : nothing}`;
}

function renderFacts(record: AgreedRecord, { text }: SummaryView) {
  const t = text.i18n.t;
  const fact = (label: string, value: string) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`
    <dl class="facts" part="facts">
      ${fact(t('summary:plan.facts.outcome'), t(`summary:plan.outcome.${record.outcome}`))}
      ${fact(t('summary:plan.facts.language'), languageName(record.language, text.language))}
      ${record.staffLanguage ? fact(t('summary:plan.facts.staffLanguage'), languageName(record.staffLanguage, text.language)) : nothing}
    </dl>
  `;
}

function renderBody(record: AgreedRecord, view: SummaryView) {
  const t = view.text.i18n.t;
  if (record.outcome === 'declined') return html`<p class="outcome-note">${t('summary:plan.declined')}</p>`;
  if (!record.sections.length) return html`<p class="outcome-note">${t('agree:complete.panelNothing')}</p>`;
  const options = { t, language: view.text.language, topics: view.topics, services: view.services };
  return record.sections.map(
    (section) => html`
      <section class="record-section" part="section" aria-labelledby="section-${section}">
        <h3 id="section-${section}">${headingText(`summary:plan.sections.${section}`, view)}</h3>
        ${renderRecordPart(record, section, options)}
      </section>
    `,
  );
}

/** The stored plan: title, date and facts, a print button, each recorded section under its heading, then the staff support page. */
export function renderPlan(record: AgreedRecord, view: SummaryView): TemplateResult {
  const t = view.text.i18n.t;
  return html`
    <article class="plan" part="summary" aria-labelledby="plan-title">
      <header class="plan-header">
        <h2 id="plan-title">${headingText('summary:plan.title', view)}</h2>
        <p class="date">${t('summary:copy.date', { date: formatDate(record.date, view.text.language) })}</p>
        ${renderFacts(record, view)}
        <button type="button" class="secondary print" part="print" @click=${view.onPrint}>${t('summary:plan.print')}</button>
      </header>
      ${renderBody(record, view)}
      ${renderSupportQr(view.staffSupportUrl, t)}
    </article>
  `;
}
