import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { recordSections, type ConversationContext, type RecordSection } from '../../src/model/conversation.js';
import type { StageId } from '../../src/model/stages.js';
import { buildRecord, sectionsWithContent, type RecordMeta } from '../../src/record/build-record.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageAgreeStyles } from './stage-agree.styles.js';
import { summaryRows, type RecordTextOptions, type SummaryRow } from '../shared/record-text.js';
import { headingTags } from '../shared/heading.js';
import { alone, marked, markedWith } from '../shared/marked-text.js';

/** The stage on which each section of the record is written, for its Change button. */
const changeStage: Readonly<Record<RecordSection, StageId>> = {
  review: 'review',
  summary: 'checkIn',
  topics: 'chooseTopics',
  whatHelps: 'whatHelps',
  actions: 'plan',
  adjustments: 'plan',
  services: 'plan',
  reviewDate: 'plan',
};

// Every section as if consented: the page shows what each section would record, built by the same
// code that builds the record, so the page and the record can never differ.
const allConsented = Object.fromEntries(recordSections.map((s) => [s, true])) as Record<RecordSection, boolean>;

/**
 * The body of the "check and agree" stage (GOV.UK check answers pattern): each section that has
 * something in it, exactly as it would be recorded, with a Change button and a consent checkbox.
 * Nothing is recorded unless its box is ticked. Private notes are never shown.
 *
 * @csspart section - The card of one section: heading, summary list and consent checkbox.
 * @csspart change - A section's Change button.
 * @csspart summary-list - A section's list of what would be recorded.
 * @csspart consent - A section's consent checkbox and its label.
 * @csspart count - The live count of sections that will be recorded.
 * @csspart evaluation-consent - With `evaluation` on the conversation: the staff member's own choice to share anonymous numbers.
 */
export class WcgStageAgree extends LitElement {
  static override styles = [baseStyles, stageAgreeStyles];

  private readonly conversation = new ConversationController(this);

  private readonly onChange = (event: Event): void => {
    const { stage, topic } = (event.currentTarget as HTMLButtonElement).dataset;
    this.conversation.send({ type: 'stage.change', stage: stage as StageId, ...(topic ? { topic } : {}) });
  };

  private readonly onEvaluationConsent = (event: Event): void => {
    this.conversation.send({ type: 'evaluation.consent', given: (event.target as HTMLInputElement).checked });
  };

  private readonly onConsent = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    this.conversation.send({ type: 'consent.set', section: box.value as RecordSection, given: box.checked });
  };

  private meta(): RecordMeta {
    const { config, language, services } = this.conversation.content;
    return { nation: config.nation, language, services };
  }

  private renderRow(row: SummaryRow, options: RecordTextOptions) {
    return html`
      <div class="row">
        <dt>${row.key}</dt>
        <dd>${row.values.map((value) => html`<p>${value}</p>`)}</dd>
        ${row.topic
          ? html`<dd class="row-action">
              <button type="button" class="link" data-stage="explore" data-topic=${row.topic} ?disabled=${this.conversation.disabled} @click=${this.onChange}>
                ${marked(alone(options.t), 'agree:change')}<span class="visually-hidden"> ${markedWith(alone(options.t), 'agree:changeTopic', { topic: row.key })}</span>
              </button>
            </dd>`
          : nothing}
      </div>
    `;
  }

  private renderSection(section: RecordSection, record: AgreedRecord, context: ConversationContext, options: RecordTextOptions) {
    const { t } = options;
    const name = marked(t, `summary:plan.sections.${section}`);
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <div class="card" part="section">
        <div class="card-title">
          <${h} class="h-section" id="heading-${section}">${name}</${h}>
          <button type="button" class="link" part="change" data-stage=${changeStage[section]} ?disabled=${this.conversation.disabled} @click=${this.onChange}>
            ${marked(alone(t), 'agree:change')}<span class="visually-hidden"> ${name}</span>
          </button>
        </div>
        <dl class="summary-list" part="summary-list">
          ${summaryRows(record, section, options).map((row) => this.renderRow(row, options))}
        </dl>
        <div class="choice consent" part="consent">
          <input type="checkbox" id="consent-${section}" value=${section} .checked=${context.consent[section]} ?disabled=${this.conversation.disabled} @change=${this.onConsent} />
          <label for="consent-${section}">${marked(t, 'agree:consent')}<span class="visually-hidden"> ${name}</span></label>
        </div>
      </div>
    `;
  }

  // Its own card, apart from the record's sections: sharing numbers is not part of what is recorded.
  private renderEvaluationConsent(context: ConversationContext, t: RecordTextOptions['t']) {
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <div class="card" part="evaluation-consent">
        <${h} class="h-section" id="heading-evaluation">${marked(t, 'agree:evaluation.heading')}</${h}>
        <p id="evaluation-explained">${marked(t, 'agree:evaluation.explained')}</p>
        <div class="choice consent">
          <input type="checkbox" id="consent-evaluation" aria-describedby="evaluation-explained" .checked=${context.evaluationConsent}
            ?disabled=${this.conversation.disabled} @change=${this.onEvaluationConsent} />
          <label for="consent-evaluation">${marked(t, 'agree:evaluation.consent')}</label>
        </div>
      </div>
    `;
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    const meta = this.meta();
    const sections = sectionsWithContent(context, meta);
    const record = buildRecord({ ...context, consent: allConsented }, meta);
    const options: RecordTextOptions = { t, language: content.language, topics: content.topics };
    const recorded = sections.filter((s) => context.consent[s]).length;
    return html`
      <p class="lead">${marked(t, 'agree:lead')}</p>
      <p class="private-notes">${marked(t, 'agree:privateNotes')}</p>
      ${sections.length
        ? html`
            ${sections.map((section) => this.renderSection(section, record, context, options))}
            <p class="count" role="status" part="count">${marked(t, 'agree:count', { recorded, count: sections.length })}</p>
          `
        : html`<p class="nothing" part="nothing">${marked(t, 'agree:nothingToRecord')}</p>`}
      ${content.evaluation ? this.renderEvaluationConsent(context, t) : nothing}
    `;
  }
}
