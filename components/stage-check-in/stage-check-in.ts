import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageCheckInStyles } from './stage-check-in.styles.js';

// The check-in question's text lives under this key in `locales/<lang>/explore.json`.
const base = 'explore:checkIn';

/**
 * The body of the check-in stage: an open "how are things" question with its gentler everyday form,
 * then private notes and the agreed summary. The root renders the stage heading and the buttons.
 *
 * @csspart card - The prompt card with the question.
 */
export class WcgStageCheckIn extends LitElement {
  static override styles = [baseStyles, stageCheckInStyles];

  private readonly conversation = new ConversationController(this);

  // How many lines a list has comes from the text itself, so a translation may have more or fewer.
  private keysOf(field: 'followUps' | 'listenFor' | 'avoid'): string[] {
    const lines: unknown = this.conversation.t(`${base}.${field}`, { returnObjects: true });
    return Array.isArray(lines) ? lines.map((_, i) => `${base}.${field}.${i}`) : [];
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    return html`
      <wcg-prompt-card
        part="card"
        heading-level=${this.conversation.content.headingLevel + 1}
        prompt-key="${base}.prompt"
        gentler-key="${base}.gentler"
        cultural-note-key="${base}.culturalNote"
        .followUpKeys=${this.keysOf('followUps')}
        .listenForKeys=${this.keysOf('listenFor')}
        .avoidKeys=${this.keysOf('avoid')}
      ></wcg-prompt-card>
      <wcg-note-field section="checkIn"></wcg-note-field>
      <wcg-note-field section="checkIn" kind="agreed"></wcg-note-field>
    `;
  }
}
