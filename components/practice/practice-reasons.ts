import { html, nothing, type HTMLTemplateResult } from 'lit';
import { rubricAreas, rubricKey, type RubricArea } from '../../src/content/rubric.js';
import type { Scenario } from '../../src/content/scenario-types.js';
import { answerEffects, type AreaAnswer } from '../../src/machine/practice-evidence.js';
import { safetyArea, type Debrief } from '../../src/machine/practice-scoring.js';
import { say, type PracticeView } from './practice-view.js';

// The answer as the trainee saw it when choosing it.
function answerText(view: PracticeView, scenario: Scenario, answer: AreaAnswer): string {
  const option = scenario.steps.find((step) => step.id === answer.stepId)?.options.find((o) => o.id === answer.optionId);
  return say(view, option?.text);
}

function area(view: PracticeView, scenario: Scenario, debrief: Debrief, name: RubricArea): HTMLTemplateResult {
  const { t } = view;
  const answers = debrief.evidence[name] ?? [];
  const held = debrief.safetyMissed && name === safetyArea;
  return html`
    <div class="reason">
      <h4>${t('practice:debrief.reasons.area', { area: t(rubricKey(name, 'name')), score: debrief.scores[name] })}</h4>
      ${held ? html`<p class="held"><strong>${t('practice:debrief.reasons.held')}</strong></p>` : nothing}
      ${answerEffects.map((effect) => {
        const these = answers.filter((answer) => answer.effect === effect);
        const id = `reason-${name}-${effect}`;
        return these.length
          ? html`<p class="reason-label" id=${id}>${t(`practice:debrief.reasons.${effect}`)}</p>
              <ul aria-labelledby=${id}>${these.map((answer) => html`<li>${answerText(view, scenario, answer)}</li>`)}</ul>`
          : nothing;
      })}
    </div>
  `;
}

/**
 * Why each area got its score, in simulated mode: the trainee's answers that raised it, lowered it, or missed a
 * chance to raise it, in the words they chose, and the response to risk held at 0 when the safety steps were missed.
 */
export function renderReasons(view: PracticeView, scenario: Scenario, debrief: Debrief): HTMLTemplateResult | typeof nothing {
  const shown = rubricAreas.filter(
    (name) => debrief.scores[name] !== undefined && (debrief.evidence[name] !== undefined || (debrief.safetyMissed && name === safetyArea)),
  );
  if (view.context.mode !== 'simulated' || shown.length === 0) return nothing;
  return html`
    <section class="reasons" part="reasons" aria-labelledby="reasons-heading">
      <h3 id="reasons-heading">${view.t('practice:debrief.reasons.heading')}</h3>
      <p>${view.t('practice:debrief.reasons.lead')}</p>
      ${shown.map((name) => area(view, scenario, debrief, name))}
    </section>
  `;
}
