import { html, type TemplateResult } from 'lit';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { formatDate, type RecordTextOptions } from '../shared/record-text.js';
import { renderRecordPart } from '../shared/record-view.js';

// The staff copy as HTML: a title, the date, then each recorded section under its heading, its body drawn by the
// shared record parts so the stored plan shown later reads the same. Everything is text.

/** The staff member's copy of the record: a title, the date, then each recorded section under its heading. */
export function renderStaffCopy(record: AgreedRecord, options: RecordTextOptions): TemplateResult {
  const { t, language } = options;
  return html`
    <section class="staff-copy" part="staff-copy" aria-labelledby="copy-title">
      <h3 id="copy-title">${t('summary:plan.title')}</h3>
      <p>${t('summary:copy.date', { date: formatDate(record.date, language) })}</p>
      ${record.sections.length
        ? record.sections.map(
            (section) => html`
              <div class="copy-section">
                <h4>${t(`summary:plan.sections.${section}`)}</h4>
                ${renderRecordPart(record, section, options)}
              </div>
            `,
          )
        : html`<p>${t('summary:copy.nothing')}</p>`}
    </section>
  `;
}
