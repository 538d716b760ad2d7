import type { TFunction } from 'i18next';
import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { isIsoDate } from '../../src/base/calendar.js';
import { reviewStatuses, type PreviousAction, type ReviewStatus } from '../../src/model/conversation.js';
import { draftLimits } from '../../src/persist/draft-limits.js';
import { baseStyles } from '../shared/base.styles.js';
import { dateValue } from '../shared/dates.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { printCopy } from '../shared/print-copy.js';
import { stageReviewStyles } from './stage-review.styles.js';
import { headingTags } from '../shared/heading.js';
import { marked, markedValue, type MarkedText } from '../shared/marked-text.js';

/**
 * The body of the "review" stage: each action of the last plan, with who owned it and when it was due,
 * where it stands now (done, in progress, no longer needed) and an optional note of what happened.
 * Both are recorded if the staff member consents.
 *
 * @csspart lead - The opening paragraph.
 * @csspart action - One earlier action with its status and note.
 * @csspart empty - The message shown when there is nothing to review.
 */
export class WcgStageReview extends LitElement {
  static override styles = [baseStyles, stageReviewStyles];

  private readonly conversation = new ConversationController(this);

  // Each control carries its action's id, so one handler serves every action.
  private readonly onStatus = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.conversation.send({ type: 'review.set', actionId: input.dataset.action!, status: input.value as ReviewStatus });
  };

  private readonly onNote = (event: Event): void => {
    const textarea = event.target as HTMLTextAreaElement;
    this.conversation.send({ type: 'review.set', actionId: textarea.dataset.action!, note: textarea.value });
  };

  // A due date in the manager's language ("12 March 2027"), and the staff member's beside it while the screen is
  // shared; anything that is not a date is shown as written.
  private formatDue(t: TFunction, due: string): MarkedText {
    return isIsoDate(due) ? markedValue(t, dateValue(due, this.conversation.content.language)) : due;
  }

  private renderStatus(t: TFunction, action: PreviousAction, index: number) {
    const current = this.conversation.context.reviews[action.id]?.status ?? null;
    return html`
      <fieldset ?disabled=${this.conversation.disabled}>
        <legend>${marked(t, 'stages:review.status.legend')}</legend>
        ${reviewStatuses.map(
          (status) => html`
            <div class="choice">
              <input
                type="radio"
                id="status-${index}-${status}"
                name="status-${index}"
                value=${status}
                data-action=${action.id}
                .checked=${current === status}
                @change=${this.onStatus}
              />
              <label for="status-${index}-${status}">${marked(t, `stages:review.status.${status}`)}</label>
            </div>
          `,
        )}
      </fieldset>
    `;
  }

  private renderAction(t: TFunction, action: PreviousAction, index: number) {
    const note = this.conversation.context.reviews[action.id]?.note ?? '';
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <div class="action" part="action" role="group" aria-labelledby="action-${index}">
        <${h} class="h-section" id="action-${index}">${action.text}</${h}>
        <dl class="meta">
          <div><dt>${marked(t, 'stages:review.owner.label')}</dt><dd>${marked(t, `plan:actions.owners.${action.owner}`)}</dd></div>
          <div><dt>${marked(t, 'stages:review.due.label')}</dt><dd>${action.due ? this.formatDue(t, action.due) : marked(t, 'stages:review.due.none')}</dd></div>
        </dl>
        ${this.renderStatus(t, action, index)}
        <label for="note-${index}">${marked(t, 'stages:review.note.label')}</label>
        <span class="hint" id="note-${index}-hint">${marked(t, 'stages:review.note.hint')}</span>
        <textarea id="note-${index}" class="no-print" data-action=${action.id} maxlength=${draftLimits.text} aria-describedby="note-${index}-hint" .value=${note} ?disabled=${this.conversation.disabled} @input=${this.onNote}></textarea>
        ${printCopy(note)}
      </div>
    `;
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context } = this.conversation;
    return html`
      <p class="lead" part="lead">${marked(t, 'stages:review.lead')}</p>
      ${context.previousActions.length
        ? context.previousActions.map((action, index) => this.renderAction(t, action, index))
        : html`<p part="empty">${marked(t, 'stages:review.empty')}</p>`}
      <wcg-note-field section="review"></wcg-note-field>
    `;
  }
}
