import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { draftLimits } from '../../src/persist/draft-limits.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { printCopy } from '../shared/print-copy.js';
import { noteFieldStyles } from './note-field.styles.js';
import { marked, spaced } from '../shared/marked-text.js';

/**
 * A text box for one section of the conversation: either private notes (never recorded, hidden when the
 * screen is shared) or agreed wording (recorded if the staff member consents). Says which, in words.
 *
 * @csspart field - The box around the label and the text area.
 * @csspart textarea - The text area.
 * @csspart description - Another way to ask the question (`description-key`), read as part of the box's description.
 */
export class WcgNoteField extends LitElement {
  static override styles = [baseStyles, noteFieldStyles];

  private readonly conversation = new ConversationController(this);

  static override properties = {
    section: {},
    kind: {},
    labelKey: { attribute: 'label-key' },
    descriptionKey: { attribute: 'description-key' },
    descriptionLabelKey: { attribute: 'description-label-key' },
  };

  /** The section the text belongs to, e.g. `checkIn`, `topic.mood` or `whatHelps.keepsWell`. */
  section = '';

  /** `private` (not recorded) or `agreed` (recorded with consent). */
  kind: 'private' | 'agreed' = 'private';

  /** An i18n key for the label, when the default "Private notes" or "Agreed wording" is not right. */
  labelKey = '';

  /**
   * An i18n key for another way to ask the question (e.g. in everyday words), shown under the label and read with
   * the hint as the box's description; `description-label-key` names what it is ("In everyday words:").
   */
  descriptionKey = '';

  /** An i18n key for the label before the description. */
  descriptionLabelKey = '';

  private readonly onInput = (event: Event): void => {
    const text = (event.target as HTMLTextAreaElement).value;
    this.conversation.send({ type: this.kind === 'agreed' ? 'agreed.set' : 'note.set', section: this.section, text });
  };

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    if (this.kind === 'private' && content.shareScreen) return nothing;
    const value = (this.kind === 'agreed' ? context.agreed : context.notes)[this.section] ?? '';
    const id = `note-${this.kind}`;
    const describedBy = this.descriptionKey ? `${id}-hint ${id}-description` : `${id}-hint`;
    return html`
      <div class="field ${this.kind}" part="field">
        <label for=${id}>
          ${marked(t, this.labelKey || `notes.${this.kind}.label`)}
          <span class="badge">${marked(t, `notes.${this.kind}.badge`)}</span>
        </label>
        <span class="hint" id="${id}-hint">${marked(t, `notes.${this.kind}.hint`)}</span>
        ${this.descriptionKey
          ? html`<p class="description" id="${id}-description" part="description">
              ${this.descriptionLabelKey ? html`<span class="description-label">${spaced(marked(t, this.descriptionLabelKey))}</span>` : nothing}${marked(t, this.descriptionKey)}
            </p>`
          : nothing}
        <textarea id=${id} part="textarea" class=${this.kind === 'agreed' ? 'no-print' : ''} maxlength=${draftLimits.text} aria-describedby=${describedBy} .value=${value} @input=${this.onInput} ?disabled=${context.outcome !== null || this.conversation.disabled}></textarea>
        ${this.kind === 'agreed' ? printCopy(value) : nothing}
      </div>
    `;
  }
}
