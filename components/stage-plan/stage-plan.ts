import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import type { ErrorSummarySelectDetail, WcgErrorSummary } from '../error-summary/error-summary.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { actionRows } from './action-rows.js';
import { adjustmentRows } from './adjustment-rows.js';
import { DateEntries } from './date-entry.js';
import { dateTarget } from './date-input.js';
import { stagePlanStyles } from './stage-plan.styles.js';
import { fieldId, planDates, planErrorMessages, type PlanList, type PlanView } from './plan-fields.js';
import { reviewDateSection, servicesSection } from './plan-sections.js';
import { headingTags } from '../shared/heading.js';

/**
 * The body of the plan stage: actions with an owner and a date, changes to how the staff member works,
 * the services they chose, the date of the next conversation and a private note. The machine checks the
 * plan when the root's Continue sends `stage.next`; this element shows `context.planErrors` as a GOV.UK
 * error summary and marks each field with its message.
 *
 * Focus: after a Continue that finds problems (the machine emits `planRejected`), focus moves to the error
 * summary, again on every such Continue; mending a field leaves focus where the user is typing, and errors
 * already present on the first render (a restored draft) do not take focus from the heading. Adding a row
 * focuses its first field; removing one focuses the row that takes its place.
 *
 * Dates: each is a GOV.UK date input, Day, Month and Year boxes (`date-input.ts`). The conversation hears a date
 * only when the boxes make a real one, as YYYY-MM-DD, or an empty one when they are emptied; half a date stays in
 * this element. Its problem ("must include a month", "must be a real date") shows once focus leaves its boxes, or
 * when Continue finds problems, in the summary too, whose link focuses the first box at fault.
 *
 * @csspart summary - The error summary.
 * @csspart actions - The actions section.
 * @csspart adjustments - The section of changes to how the staff member works.
 * @csspart row - One action or change.
 * @csspart field - A label with its hint, error message and input.
 * @csspart date - A date: its legend, hint and error message, then its Day, Month and Year boxes.
 * @csspart radios - A group of radios.
 * @csspart services - The list of chosen services.
 * @csspart review-date - The date of the next conversation.
 * @csspart note - The private note.
 */
export class WcgStagePlan extends LitElement {
  static override styles = [baseStyles, stagePlanStyles];

  private readonly conversation = new ConversationController(this);
  private readonly dates = new DateEntries(this);

  private get summary(): WcgErrorSummary | null {
    return this.renderRoot?.querySelector<WcgErrorSummary>('wcg-error-summary') ?? null;
  }

  constructor() {
    super();
    this.conversation.on('planRejected', () => {
      this.dates.showAll();
      void this.focusSummary();
    });
  }

  override willUpdate(): void {
    if (this.conversation.ready) this.dates.sync(planDates(this.conversation.context));
  }

  private readonly addRow = (list: PlanList): void => {
    this.conversation.send({ type: list === 'actions' ? 'action.add' : 'adjustment.add' });
    const added = this.conversation.context[list].at(-1);
    if (added) void this.focusById(fieldId(`${list}.${added.id}.text`));
  };

  private readonly removeRow = (list: PlanList, id: string): void => {
    const rows = this.conversation.context[list];
    const index = rows.findIndex((row) => row.id === id);
    // Focus goes to the row that takes its place, else the one before, else the Add button: never lost.
    const neighbour = rows[index + 1] ?? rows[index - 1];
    this.conversation.send(list === 'actions' ? { type: 'action.remove', id } : { type: 'adjustment.remove', id });
    void this.focusById(neighbour ? fieldId(`${list}.${neighbour.id}.text`) : `${list}-add`);
  };

  private readonly send: PlanView['send'] = (event) => this.conversation.send(event);

  // A link to a date's box brings the date's legend into view with it, not just the box's own label ("Month"), so
  // the question and its error are seen too; unless both do not fit on the screen at once. As GOV.UK's summary does.
  private readonly selectProblem = (event: CustomEvent<ErrorSummarySelectDetail>): void => {
    const box = (this.renderRoot as ShadowRoot).getElementById(event.detail.target);
    const legend = box?.closest('fieldset')?.querySelector(':scope > legend');
    if (!(box instanceof HTMLInputElement) || !box.classList.contains('date-part') || !legend) return;
    event.preventDefault();
    const fits = box.getBoundingClientRect().bottom - legend.getBoundingClientRect().top < window.innerHeight;
    (fits ? legend : (box.labels?.[0] ?? box)).scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  };

  private async focusSummary(): Promise<void> {
    // The machine says so before the new errors have rendered: wait for that render.
    this.requestUpdate();
    await this.updateComplete;
    const summary = this.summary;
    if (!summary) return;
    await summary.updateComplete;
    summary.focus();
  }

  private async focusById(id: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    const { dates, conversation } = this;
    const messages = planErrorMessages(context, t, dates);
    const view: PlanView = {
      t, context, messages, send: this.send, add: this.addRow, remove: this.removeRow, disabled: conversation.disabled, dates, headings: headingTags(content.headingLevel),
    };
    const dateFields = planDates(context);
    const problems = [...messages].map(([field, text]) => ({ target: dateFields.has(field) ? dateTarget(view, field) : fieldId(field), text }));
    return html`
      ${problems.length
        ? html`<wcg-error-summary part="summary" heading-level=${content.headingLevel + 1} .heading=${t('plan:errorSummary.heading')} .errors=${problems}
            @wcg-error-summary-select=${this.selectProblem}></wcg-error-summary>`
        : nothing}
      ${actionRows(view, content.language)} ${adjustmentRows(view)} ${servicesSection(view, content)} ${reviewDateSection(view, content.language)}
      <wcg-note-field part="note" section="plan"></wcg-note-field>
    `;
  }
}
