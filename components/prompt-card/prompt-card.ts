import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { TFunction } from 'i18next';
import { directionOf, isReviewed, staffLanguageFor } from '../../src/i18n/i18n.js';
import { baseStyles } from '../shared/base.styles.js';
import { headingTag } from '../shared/heading.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { promptCardStyles } from './prompt-card.styles.js';
import { marked, type MarkedText } from '../shared/marked-text.js';

// The card's own headings look like a stage's sections and those below them like their parts, at any level.
function heading(level: number, depth: 0 | 1, id: string, text: MarkedText): TemplateResult {
  const h = headingTag(level, depth);
  return staticHtml`<${h} class=${depth ? 'h-subsection' : 'h-section'} id=${id}>${text}</${h}>`;
}

/**
 * One question to ask, large enough to read from across a desk, with a gentler everyday way to say it,
 * follow-up questions, and guidance for the manager that is hidden while the screen is shared.
 *
 * @csspart prompt - The main question.
 * @csspart gentler - The gentler everyday wording, shown after "Say it another way".
 * @csspart follow-ups - The heading and list of follow-up questions.
 * @csspart staff-language - The question in the staff member's language (`staff-lang`), beside the manager's.
 * @csspart guidance - The manager-only guidance: what to listen for, what to avoid, a cultural note.
 */
export class WcgPromptCard extends LitElement {
  static override styles = [baseStyles, promptCardStyles];

  private readonly conversation = new ConversationController(this);

  static override properties = {
    gentle: { state: true, attribute: false },
    promptKey: { attribute: 'prompt-key' },
    gentlerKey: { attribute: 'gentler-key' },
    followUpKeys: { attribute: false },
    listenForKeys: { attribute: false },
    avoidKeys: { attribute: false },
    culturalNoteKey: { attribute: 'cultural-note-key' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private gentle = false;

  /** The i18n key of the main question, e.g. `topics:mood.prompt`. */
  promptKey = '';

  /** The i18n key of the gentler everyday wording. Without it there is no "Say it another way" button. */
  gentlerKey = '';

  /** The i18n keys of follow-up questions, in order. */
  followUpKeys: readonly string[] = [];

  /** The i18n keys of what the manager should listen for. Manager-only. */
  listenForKeys: readonly string[] = [];

  /** The i18n keys of what the manager should avoid. Manager-only. */
  avoidKeys: readonly string[] = [];

  /** The i18n key of a cultural note for the manager, when the question has one. Manager-only. */
  culturalNoteKey = '';

  /** The level of the card's own headings (2 to 5); the guidance's sub-headings are one level below. */
  headingLevel = 3;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new question starts in its main wording, so the previous question's choice does not carry over.
    if (changed.has('promptKey')) this.gentle = false;
  }

  private readonly onToggleGentler = (): void => {
    this.gentle = !this.gentle;
  };

  // With `staff-lang`, the same question in the staff member's language beside the manager's, when written.
  private renderStaffLanguage() {
    const { i18n, content } = this.conversation;
    const staff = staffLanguageFor(i18n, content.staffLanguage, content.language, this.promptKey);
    if (!staff) return nothing;
    const st = i18n.getFixedT(staff);
    // The manager's words inside the staff member's block keep the manager's direction.
    const uiDir = directionOf(i18n, content.language);
    return html`
      <div class="staff-language" part="staff-language" lang=${staff} dir=${directionOf(i18n, staff)}>
        <p class="label" lang=${content.language} dir=${uiDir}>${i18n.t('explore:card.staffLanguage')}</p>
        <p class="prompt">${st(this.promptKey)}</p>
        ${this.gentlerKey && this.gentle ? html`<p class="prompt gentler">${st(this.gentlerKey)}</p>` : nothing}
        ${isReviewed(i18n, staff) ? nothing : html`<p class="unreviewed" lang=${content.language} dir=${uiDir}>${i18n.t('explore:card.unreviewed')}</p>`}
      </div>
    `;
  }

  private renderPrompt(t: TFunction) {
    return html`
      <div class="prompts">
        <div><p class="prompt" part="prompt">${marked(t, this.promptKey)}</p>
          ${this.gentlerKey ? html`<p class="prompt gentler" id="gentler" part="gentler" ?hidden=${!this.gentle}>${marked(t, this.gentlerKey)}</p>` : nothing}
        </div>
        ${this.renderStaffLanguage()}
      </div>
      ${this.gentlerKey
        ? html`
            <button type="button" class="secondary" aria-expanded=${this.gentle ? 'true' : 'false'} aria-controls="gentler" ?disabled=${this.conversation.disabled} @click=${this.onToggleGentler}>
              ${marked(t, 'explore:card.sayAnother')}
            </button>
          `
        : nothing}
    `;
  }

  private renderFollowUps(t: TFunction) {
    if (!this.followUpKeys.length) return nothing;
    return html`
      <div class="follow-ups" part="follow-ups">
        ${heading(this.headingLevel, 0, 'follow-ups-heading', marked(t, 'explore:card.followUps'))}
        <ul aria-labelledby="follow-ups-heading">
          ${this.followUpKeys.map((key) => html`<li>${marked(t, key)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderGuidanceList(t: TFunction, name: 'listenFor' | 'avoid', keys: readonly string[]) {
    if (!keys.length) return nothing;
    return html`
      ${heading(this.headingLevel, 1, `${name}-heading`, marked(t, `explore:card.${name}`))}
      <ul aria-labelledby="${name}-heading">
        ${keys.map((key) => html`<li>${marked(t, key)}</li>`)}
      </ul>
    `;
  }

  private renderGuidance(t: TFunction) {
    const { listenForKeys, avoidKeys, culturalNoteKey } = this;
    // Guidance is for the manager only: with the screen turned to the staff member it is not rendered at all.
    if (this.conversation.content.shareScreen) return nothing;
    if (!listenForKeys.length && !avoidKeys.length && !culturalNoteKey) return nothing;
    return html`
      <div class="manager-only" part="guidance">
        ${heading(this.headingLevel, 0, 'guidance-heading', marked(t, 'explore:card.guidance'))}
        <p class="hint">${marked(t, 'explore:card.guidanceHint')}</p>
        ${this.renderGuidanceList(t, 'listenFor', listenForKeys)} ${this.renderGuidanceList(t, 'avoid', avoidKeys)}
        ${culturalNoteKey
          ? html`${heading(this.headingLevel, 1, 'cultural-note-heading', marked(t, 'explore:card.culturalNote'))}
              <p>${marked(t, culturalNoteKey)}</p>`
          : nothing}
      </div>
    `;
  }

  override render() {
    if (!this.conversation.ready || !this.promptKey) return nothing;
    const { t } = this.conversation;
    return html`${this.renderPrompt(t)} ${this.renderFollowUps(t)} ${this.renderGuidance(t)}`;
  }
}
