import type { TFunction } from 'i18next';
import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { directionOf, isReviewed, staffLanguageFor } from '../../src/i18n/i18n.js';
import { recordMeta } from '../../src/context/content-context.js';
import { matchLocale } from '../../src/i18n/locales.js';
import { buildRecord } from '../../src/record/build-record.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { languageName } from '../shared/language-name.js';
import { recordViewStyles } from '../shared/record-view.styles.js';
import { supportQrStyles } from '../shared/support-qr.styles.js';
import { stageCompleteStyles } from './stage-complete.styles.js';
import { renderStaffCopy } from './staff-copy-view.js';
import { headingTags } from '../shared/heading.js';
import { alone, marked } from '../shared/marked-text.js';

/**
 * The body of the last stage. When the staff member declined, says so and that nothing else was
 * recorded. Otherwise confirms the plan was recorded and shows the staff member's copy (only the
 * sections they agreed to, never private notes), with a button to print it. Printing shows the copy alone.
 * With `staff-lang`, the copy is in the staff member's language wherever that language has the copy's words. When the
 * trust config names a staff support page, the copy ends with its QR code and address, on screen and on paper.
 *
 * @csspart panel - The confirmation panel.
 * @csspart staff-copy - The staff member's copy of the record.
 * @csspart copy-language - The line saying the copy is in the staff member's language (with `staff-lang`).
 * @csspart support-qr - The staff support page's QR code, its caption and address (with a `staffSupportUrl` in the config).
 * @csspart print - The print button.
 * @csspart declined - The message shown when the staff member declined.
 */
export class WcgStageComplete extends LitElement {
  static override styles = [baseStyles, recordViewStyles, supportQrStyles, stageCompleteStyles];

  private readonly conversation = new ConversationController(this);

  private readonly onPrint = (): void => {
    window.print();
  };

  private record(): AgreedRecord {
    const { context, content } = this.conversation;
    return buildRecord(context, recordMeta(content));
  }

  // The staff member's language for their copy, when the guide has the copy's words in it; else undefined.
  private copyLanguage(): string | undefined {
    const { i18n, content } = this.conversation;
    return staffLanguageFor(i18n, content.staffLanguage, content.language, 'summary:copy.date');
  }

  private renderCopy(record: AgreedRecord) {
    const { i18n, t, content } = this.conversation;
    const staff = this.copyLanguage();
    const options = { t, language: content.language, topics: content.topics, services: content.services, staffSupportUrl: content.config.staffSupportUrl };
    const headings = headingTags(content.headingLevel);
    if (!staff) return html`<p class="copy-hint">${marked(t, 'agree:complete.copyHint')}</p>${renderStaffCopy(record, options, headings)}`;
    return html`
      <p class="copy-hint">${marked(t, 'agree:complete.copyHint')}</p>
      <p class="copy-hint" part="copy-language">
        ${marked(t, 'agree:complete.copyLanguage', { language: languageName(staff, content.language) })}
        ${isReviewed(i18n, staff) ? nothing : marked(t, 'explore:card.unreviewed')}
      </p>
      <div lang=${matchLocale(staff) ?? staff} dir=${directionOf(i18n, staff)}>
        ${renderStaffCopy(record, { ...options, t: i18n.getFixedT(staff), language: staff }, headings)}
      </div>
    `;
  }

  private renderPanel(record: AgreedRecord, t: TFunction) {
    const count = record.sections.length;
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <div class="panel" part="panel">
        <${h} class="panel-title h-section">${marked(t, 'agree:complete.panelTitle')}</${h}>
        <p>${count ? marked(t, 'agree:complete.panelBody', { count }) : marked(t, 'agree:complete.panelNothing')}</p>
      </div>
    `;
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context } = this.conversation;
    if (context.outcome === 'declined') {
      return html`
        <div class="declined" part="declined">
          <p>${marked(t, 'agree:complete.declined')}</p>
          <p>${marked(t, 'agree:complete.declinedNothing')}</p>
        </div>
      `;
    }
    const record = this.record();
    return html`
      ${this.renderPanel(record, t)}
      <p class="notes-deleted">${marked(t, 'agree:complete.notesDeleted')}</p>
      ${this.renderCopy(record)}
      <button type="button" class="secondary" part="print" ?disabled=${this.conversation.disabled} @click=${this.onPrint}>${marked(alone(t), 'agree:complete.print')}</button>
    `;
  }
}
