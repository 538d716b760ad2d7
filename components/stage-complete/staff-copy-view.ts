import { html, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { dateValue } from '../shared/dates.js';
import type { RecordTextOptions } from '../shared/record-text.js';
import { renderRecordPart } from '../shared/record-view.js';
import { headingTags, type HeadingTags } from '../shared/heading.js';
import { marked, markedWith } from '../shared/marked-text.js';
import { renderSupportQr } from '../shared/support-qr.js';

// The staff copy as HTML: a title, the date, then each recorded section under its heading, its body drawn by the
// shared record parts so the stored plan shown later reads the same, and last the trust's staff support page as a
// QR code when it gave one. Everything is text.

/** What the staff copy needs: the record's words, and the trust's staff support page if it gave one. */
export interface StaffCopyOptions extends RecordTextOptions {
  readonly staffSupportUrl?: string;
}

/** The staff member's copy of the record: a title, the date, each recorded section under its heading, then the staff support page. */
export function renderStaffCopy(record: AgreedRecord, options: StaffCopyOptions, headings: HeadingTags = headingTags()): TemplateResult {
  const { t, language } = options;
  const { section: h, subsection: h2 } = headings;
  return staticHtml`
    <section class="staff-copy" part="staff-copy" aria-labelledby="copy-title">
      <${h} class="h-section" id="copy-title">${marked(t, 'summary:plan.title')}</${h}>
      <p>${markedWith(t, 'summary:copy.date', { date: dateValue(record.date, language) })}</p>
      ${record.sections.length
        ? record.sections.map(
            (section) => staticHtml`
              <div class="copy-section">
                <${h2} class="h-subsection">${marked(t, `summary:plan.sections.${section}`)}</${h2}>
                ${renderRecordPart(record, section, options)}
              </div>
            `,
          )
        : html`<p>${marked(t, 'summary:copy.nothing')}</p>`}
      ${renderSupportQr(options.staffSupportUrl, t)}
    </section>
  `;
}
