import type { TFunction } from 'i18next';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { textIn } from '../../src/record/build-record.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stagePrepareStyles } from './stage-prepare.styles.js';
import { headingTags } from '../shared/heading.js';
import { marked, type MarkedText } from '../shared/marked-text.js';

/** The preparation checklist, in the order a manager works through it. Ids are stored in `prepareChecks`. */
export const prepareItems = ['room', 'paidTime', 'languageFormat', 'someoneElse', 'interpreter', 'localServices'] as const;
/** One item of the preparation checklist. */
export type PrepareItem = (typeof prepareItems)[number];

/**
 * The body of the "prepare" stage, for the manager alone: a checklist of what to arrange before the
 * conversation, a reminder about the safety steps and a private note. Ticks are guidance: none is needed to continue.
 *
 * @csspart lead - The opening paragraph.
 * @csspart checklist - The fieldset of checklist items.
 * @csspart item - One checklist item.
 * @csspart safety-reminder - The reminder to have the safety steps in mind.
 */
export class WcgStagePrepare extends LitElement {
  static override styles = [baseStyles, stagePrepareStyles];

  private readonly conversation = new ConversationController(this);

  private readonly onCheck = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.conversation.send({ type: 'prepare.check', item: input.value, checked: input.checked });
  };

  // The local-services item names the trust when it has one, and warns when only national services will show.
  private itemText(t: TFunction, item: PrepareItem): { label: MarkedText; hint: MarkedText } {
    const base = `stages:prepare.checklist.items.${item}`;
    if (item !== 'localServices') return { label: marked(t, `${base}.label`), hint: marked(t, `${base}.hint`) };
    const { config, language } = this.conversation.content;
    const organisation = textIn(config.organisation, language).trim();
    return {
      label: organisation ? marked(t, `${base}.labelNamed`, { organisation }) : marked(t, `${base}.label`),
      hint: marked(t, config.services.length ? `${base}.hint` : `${base}.hintNone`),
    };
  }

  private renderItem(t: TFunction, item: PrepareItem) {
    const { label, hint } = this.itemText(t, item);
    const checked = this.conversation.context.prepareChecks[item] === true;
    return html`
      <div class="choice" part="item">
        <input type="checkbox" id="prepare-${item}" value=${item} .checked=${checked} aria-describedby="prepare-${item}-hint" ?disabled=${this.conversation.disabled} @change=${this.onCheck} />
        <div>
          <label for="prepare-${item}">${label}</label>
          <span class="hint" id="prepare-${item}-hint">${hint}</span>
        </div>
      </div>
    `;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const t = this.conversation.t;
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <p class="lead" part="lead">${marked(t, 'stages:prepare.lead')}</p>
      <fieldset part="checklist" aria-describedby="checklist-hint">
        <legend><${h} class="h-section">${marked(t, 'stages:prepare.checklist.legend')}</${h}></legend>
        <span class="hint" id="checklist-hint">${marked(t, 'stages:prepare.checklist.hint')}</span>
        ${prepareItems.map((item) => this.renderItem(t, item))}
      </fieldset>
      <div class="inset" part="safety-reminder">
        <p><strong>${marked(t, 'stages:prepare.safety.title')}</strong></p>
        <p>${marked(t, 'stages:prepare.safety.text')}</p>
      </div>
      <wcg-note-field section="prepare"></wcg-note-field>
    `;
  }
}
