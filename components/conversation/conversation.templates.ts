import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { ParseIssue } from '../../src/content/trust-config.js';
import type { StageId } from '../../src/machine/stages.js';

/** The body element of each stage. Adding a stage's screen means adding its tag here. */
export const stageBodies: Record<StageId, () => TemplateResult> = {
  prepare: () => html`<wcg-stage-prepare part="body"></wcg-stage-prepare>`,
  open: () => html`<wcg-stage-open part="body"></wcg-stage-open>`,
  review: () => html`<wcg-stage-review part="body"></wcg-stage-review>`,
  checkIn: () => html`<wcg-stage-check-in part="body"></wcg-stage-check-in>`,
  chooseTopics: () => html`<wcg-topic-picker part="body"></wcg-topic-picker>`,
  explore: () => html`<wcg-stage-explore part="body"></wcg-stage-explore>`,
  whatHelps: () => html`<wcg-stage-what-helps part="body"></wcg-stage-what-helps>`,
  plan: () => html`<wcg-plan-editor part="body"></wcg-plan-editor>`,
  agree: () => html`<wcg-check-answers part="body"></wcg-check-answers>`,
  complete: () => html`<wcg-stage-complete part="body"></wcg-stage-complete>`,
};

/** The stages counted in "Step N of M": review only when there is a previous record; never complete. */
export function countedStages(hasReview: boolean): StageId[] {
  return ['prepare', 'open', ...(hasReview ? (['review'] as const) : []), 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan', 'agree'];
}

/** The panel that lists problems with the trust's settings, for the person who set the widget up. */
export function configErrorsPanel(t: TFunction, errors: readonly ParseIssue[], warnings: readonly ParseIssue[]) {
  if (!errors.length && !warnings.length) return nothing;
  return html`
    <section class="config-problems" part="config-errors" aria-labelledby="config-problems-heading">
      <h2 id="config-problems-heading">${t(errors.length ? 'config.errorsHeading' : 'config.warningsHeading')}</h2>
      <p>${t(errors.length ? 'config.errorsLead' : 'config.warningsLead')}</p>
      <ul>
        ${[...errors, ...warnings].map((issue) => html`<li><code>${issue.path || t('config.root')}</code>: ${issue.message}</li>`)}
      </ul>
    </section>
  `;
}
