import { html, nothing, type HTMLTemplateResult } from 'lit';
import { say, type ListedScenario, type PracticeView } from './practice-view.js';

/** The id of a scenario's radio button, which the error summary links to. */
export function scenarioRadioId(value: string): string {
  return `scenario-${value}`;
}

function scenarioChoice(view: PracticeView, listed: ListedScenario) {
  const { t } = view;
  const id = scenarioRadioId(listed.value);
  const { scenario } = listed;
  return html`
    <div class="choice scenario-choice">
      <input type="radio" name="scenario" id=${id} .value=${listed.value} .checked=${view.pending === listed.value}
        aria-describedby="${id}-summary" @change=${() => view.setPending(listed.value)} />
      <div>
        <label for=${id} class="scenario-title">${say(view, scenario.title)}</label>
        <span class="hint" id="${id}-summary">
          ${say(view, scenario.summary)}
          ${scenario.risk ? html`<span class="tag risk-tag">${t('practice:picker.riskTag')}</span>` : nothing}
          ${listed.fromFile ? html`<span class="tag">${t('practice:picker.fileTag')}</span>` : nothing}
        </span>
      </div>
    </div>
  `;
}

function fileSection(view: PracticeView) {
  const { t } = view;
  return html`
    <section class="own" aria-labelledby="own-heading" part="own-scenario">
      <h3 id="own-heading">${t('practice:picker.own.heading')}</h3>
      <label for="scenario-upload">${t('practice:picker.own.label')}</label>
      <span class="hint" id="scenario-upload-hint">${t('practice:picker.own.hint')}</span>
      <input type="file" id="scenario-upload" accept="application/json,.json" aria-describedby="scenario-upload-hint" @change=${view.chooseFile} />
      ${view.fileWarnings.length
        ? html`<div class="file-warnings" part="file-warnings">
            <h4>${t('practice:picker.own.warningsHeading')}</h4>
            <p>${t('practice:picker.own.warningsLead')}</p>
            <ul>${view.fileWarnings.map((line) => html`<li>${line}</li>`)}</ul>
          </div>`
        : nothing}
    </section>
  `;
}

/** The picker: the scenarios as radios, with Continue, then the trainer's own file. */
export function renderPicker(view: PracticeView): HTMLTemplateResult {
  const { t } = view;
  const error = view.errors.length > 0;
  return html`
    ${view.fileErrors.length
      ? html`<wcg-error-summary class="file-errors" part="file-errors" .heading=${t('practice:picker.own.errorsHeading')} .errors=${view.fileErrors}></wcg-error-summary>
          <p class="file-errors-lead">${t('practice:picker.own.errorsLead')}</p>`
      : nothing}
    <p>${t('practice:picker.lead')}</p>
    <form class="picker" part="picker" novalidate @submit=${view.submit}>
      <fieldset class=${error ? 'has-error' : ''} aria-describedby=${error ? 'scenario-error' : nothing}>
        <legend>${t('practice:picker.legend')}</legend>
        ${error ? html`<p class="error-message" id="scenario-error">${t('practice:picker.errorNone')}</p>` : nothing}
        ${view.scenarios.map((listed) => scenarioChoice(view, listed))}
      </fieldset>
      <button type="submit">${t('practice:picker.continue')}</button>
    </form>
    ${fileSection(view)}
  `;
}
