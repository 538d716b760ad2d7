import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { whatHelpsQuestions } from '../../src/model/conversation.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageWhatHelpsStyles } from './stage-what-helps.styles.js';
import { marked } from '../shared/marked-text.js';

/**
 * The body of the "what helps" stage: four questions in the spirit of a wellness action plan (what keeps
 * you well, early signs, what to do if we notice them, your own steps). Each answer is agreed wording,
 * written together; a gentler everyday way to ask sits with each question. Then a private note.
 *
 * @csspart lead - The opening paragraph.
 * @csspart question - One question with its answer box, which holds the gentler wording as its description.
 */
export class WcgStageWhatHelps extends LitElement {
  static override styles = [baseStyles, stageWhatHelpsStyles];

  private readonly conversation = new ConversationController(this);

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const t = this.conversation.t;
    return html`
      <p class="lead" part="lead">${marked(t, 'stages:whatHelps.lead')}</p>
      <p>${marked(t, 'stages:whatHelps.hint')}</p>
      ${whatHelpsQuestions.map(
        (q) => html`
          <div class="question" part="question">
            <wcg-note-field kind="agreed" section="whatHelps.${q}" label-key="stages:whatHelps.questions.${q}"
              description-key="stages:whatHelps.gentler.${q}" description-label-key="stages:whatHelps.gentlerLabel"></wcg-note-field>
          </div>
        `,
      )}
      <wcg-note-field section="whatHelps"></wcg-note-field>
    `;
  }
}
