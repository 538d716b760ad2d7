import type { TFunction } from 'i18next';
import { LitElement, html, nothing } from 'lit';
import { buildRecord } from '../../src/record/build-record.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { recordViewStyles } from '../shared/record-view.styles.js';
import { stageCompleteStyles } from './stage-complete.styles.js';
import { renderStaffCopy } from './staff-copy-view.js';

/**
 * The body of the last stage. When the staff member declined, says so and that nothing else was
 * recorded. Otherwise confirms the plan was recorded and shows the staff member's copy (only the
 * sections they agreed to, never private notes), with a button to print it. Printing shows the copy alone.
 *
 * @csspart panel - The confirmation panel.
 * @csspart staff-copy - The staff member's copy of the record.
 * @csspart print - The print button.
 * @csspart declined - The message shown when the staff member declined.
 */
export class WcgStageComplete extends LitElement {
  static override styles = [baseStyles, recordViewStyles, stageCompleteStyles];

  private readonly conversation = new ConversationController(this);

  private readonly onPrint = (): void => {
    window.print();
  };

  private record(): AgreedRecord {
    const { context, content } = this.conversation;
    return buildRecord(context, {
      nation: content.config.nation,
      language: content.language,
      ...(content.staffLanguage ? { staffLanguage: content.staffLanguage } : {}),
      services: content.services,
    });
  }

  private renderPanel(record: AgreedRecord, t: TFunction) {
    const count = record.sections.length;
    return html`
      <div class="panel" part="panel">
        <h3 class="panel-title">${t('agree:complete.panelTitle')}</h3>
        <p>${count ? t('agree:complete.panelBody', { count }) : t('agree:complete.panelNothing')}</p>
      </div>
    `;
  }

  override render() {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    if (context.outcome === 'declined') {
      return html`
        <div class="declined" part="declined">
          <p>${t('agree:complete.declined')}</p>
          <p>${t('agree:complete.declinedNothing')}</p>
        </div>
      `;
    }
    const record = this.record();
    return html`
      ${this.renderPanel(record, t)}
      <p class="notes-deleted">${t('agree:complete.notesDeleted')}</p>
      <p class="copy-hint">${t('agree:complete.copyHint')}</p>
      ${renderStaffCopy(record, { t, language: content.language, topics: content.topics })}
      <button type="button" class="secondary" part="print" @click=${this.onPrint}>${t('agree:complete.print')}</button>
    `;
  }
}
