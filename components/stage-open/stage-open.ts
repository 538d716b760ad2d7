import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageOpenStyles } from './stage-open.styles.js';
import { headingTags } from '../shared/heading.js';
import { marked } from '../shared/marked-text.js';

/** What the manager says at the start, in this order: each is a key under `stages:open.say`. */
export const openingPoints = [
  'purpose',
  'voluntary',
  'notPerformance',
  'skip',
  'recorded',
  'confidentiality',
  'someoneElse',
  'diagnosis',
] as const;

/**
 * The body of the "open" stage: what this conversation is for and the promises that make it safe to talk,
 * then a private note. The root renders the decline button; this element only says declining is fine.
 *
 * @csspart lead - The opening paragraph.
 * @csspart points - The list of things to say.
 * @csspart decline-hint - The line saying the staff member may decline and nothing else is recorded.
 */
export class WcgStageOpen extends LitElement {
  static override styles = [baseStyles, stageOpenStyles];

  private readonly conversation = new ConversationController(this);

  override render(): TemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, content } = this.conversation;
    // With the screen turned to the staff member the list is read as information, not as a script.
    const heading = content.shareScreen ? 'stages:open.say.headingShared' : 'stages:open.say.heading';
    const h = headingTags(content.headingLevel).section;
    return staticHtml`
      <p class="lead" part="lead">${marked(t, 'stages:open.lead')}</p>
      <${h} class="h-section" id="points-heading">${marked(t, heading)}</${h}>
      ${content.shareScreen ? nothing : html`<p class="hint">${marked(t, 'stages:open.say.hint')}</p>`}
      <ul class="points" part="points" aria-labelledby="points-heading">
        ${openingPoints.map((point) => html`<li>${marked(t, `stages:open.say.${point}`)}</li>`)}
      </ul>
      <wcg-note-field section="open"></wcg-note-field>
      <p class="hint" part="decline-hint">${marked(t, 'stages:open.declineHint', { button: t('stages:open.decline') })}</p>
    `;
  }
}
