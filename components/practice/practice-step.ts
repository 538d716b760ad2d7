import { html, nothing, type HTMLTemplateResult } from 'lit';
import type { Scenario, ScenarioOption } from '../../src/content/scenario-types.js';
import { replyAt } from '../../src/machine/practice-openness.js';
import { coachingToggle } from './practice-persona.js';
import { renderSafetySteps } from './practice-safety.js';
import { say, type PracticeView } from './practice-view.js';

/** The id of an option's radio button, which the error summary links to. */
export function optionRadioId(optionId: string): string {
  return `option-${optionId}`;
}

/** What the coaching calls an option: good practice, or the typical mistake it shows. */
export function verdict(view: PracticeView, option: ScenarioOption): string {
  return option.mistake
    ? view.t('practice:step.mistake', { kind: view.t(`practice:mistakes.${option.mistake}.name`) })
    : view.t('practice:step.good');
}

function choosing(view: PracticeView, scenario: Scenario) {
  const { t } = view;
  const step = scenario.steps[view.context.stepIndex]!;
  const error = view.errors.length > 0;
  return html`
    <form class="options" part="options" novalidate @submit=${view.submit}>
      <fieldset class=${error ? 'has-error' : ''} aria-describedby=${error ? 'option-error' : nothing}>
        <legend>${t('practice:step.legend')}</legend>
        ${error ? html`<p class="error-message" id="option-error">${t('practice:step.errorNone')}</p>` : nothing}
        ${step.options.map(
          (option) => html`
            <div class="choice">
              <input type="radio" name="option" id=${optionRadioId(option.id)} .value=${option.id} .checked=${view.pending === option.id}
                @change=${() => view.setPending(option.id)} />
              <label for=${optionRadioId(option.id)}>${say(view, option.text)}</label>
            </div>
          `,
        )}
      </fieldset>
      <button type="submit">${t('practice:step.choose')}</button>
    </form>
  `;
}

function answered(view: PracticeView, scenario: Scenario) {
  const { t, context } = view;
  const step = scenario.steps[context.stepIndex]!;
  const choice = context.choices[context.stepIndex];
  const option = step.options.find((o) => o.id === choice?.optionId);
  const reply = replyAt(scenario, context.choices, context.stepIndex);
  if (!option || !reply) return nothing;
  const name = say(view, scenario.persona.name);
  return html`
    <section id="reply" class="reply" part="reply" tabindex="-1" aria-labelledby="reply-heading">
      <p class="you-chose"><strong>${t('practice:step.youChose')}</strong> ${say(view, option.text)}</p>
      <h3 id="reply-heading">${t('practice:step.replyHeading', { name })}</h3>
      <blockquote>${say(view, reply.reply)}</blockquote>
      <p class="openness openness-${reply.band}">${t(`practice:step.openness.${reply.band}`, { name })}</p>
    </section>
    ${context.coaching
      ? html`<section class="coaching ${option.mistake ? 'is-mistake' : 'is-good'}" part="coaching" aria-labelledby="coaching-heading">
          <h3 id="coaching-heading">${t('practice:step.coachingHeading')}</h3>
          <p class="verdict ${option.mistake ? 'is-mistake' : 'is-good'}"><strong>${verdict(view, option)}</strong></p>
          <p>${say(view, option.feedback)}</p>
        </section>`
      : nothing}
    ${option.opensSafetySteps && scenario.risk
      ? html`<section class="safety-steps" part="safety-steps" aria-labelledby="safety-steps-heading">
          <h3 id="safety-steps-heading">${t('practice:step.safetyHeading')}</h3>
          ${renderSafetySteps(view, scenario.risk)}
        </section>`
      : nothing}
  `;
}

/** A simulated step: what is happening, then the options, or once answered the reply and the coaching. */
export function renderStep(view: PracticeView): HTMLTemplateResult {
  const scenario = view.context.scenario!;
  const step = scenario.steps[view.context.stepIndex]!;
  return html`
    <p class="moment" part="moment">${say(view, step.moment)}</p>
    ${view.screen === 'answered' ? answered(view, scenario) : choosing(view, scenario)}
    ${coachingToggle(view)}
  `;
}
