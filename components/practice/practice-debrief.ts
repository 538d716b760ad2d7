import { html, nothing, type HTMLTemplateResult } from 'lit';
import { guidanceFor, guidanceKey, rubricAreas, rubricKey, rubricLevelKey, type RubricLevel } from '../../src/content/rubric.js';
import type { Scenario } from '../../src/content/scenario-types.js';
import type { Debrief } from '../../src/machine/practice-scoring.js';
import { renderReasons } from './practice-reasons.js';
import { renderSafetySteps } from './practice-safety.js';
import { verdict } from './practice-step.js';
import { say, type PracticeView } from './practice-view.js';

function scoresTable(view: PracticeView, debrief: Debrief) {
  const { t } = view;
  const rows = rubricAreas.filter((area) => debrief.scores[area] !== undefined);
  return html`
    <table class="scores" part="scores">
      <caption>
        <span class="caption-heading">${t('practice:debrief.scoresHeading')}</span>
        <span class="hint">${t('practice:debrief.scoresCaption')}</span>
      </caption>
      <thead>
        <tr><th scope="col">${t('practice:debrief.areaColumn')}</th><th scope="col">${t('practice:debrief.scoreColumn')}</th><th scope="col">${t('practice:debrief.meaningColumn')}</th></tr>
      </thead>
      <tbody>
        ${rows.map((area) => {
          const score = debrief.scores[area]!;
          return html`<tr>
            <th scope="row">${t(rubricKey(area, 'name'))}</th>
            <td class="score"><span class="score-bar" aria-hidden="true">${[1, 2, 3, 4].map((n) => html`<span class=${n <= score ? 'filled' : ''}></span>`)}</span>${t('practice:debrief.score', { score })}</td>
            <td>${t(rubricLevelKey(area, score as RubricLevel))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}

function answers(view: PracticeView, scenario: Scenario) {
  const { t, context } = view;
  return html`
    <h3>${t('practice:debrief.answersHeading')}</h3>
    <ol class="answers" part="answers">
      ${scenario.steps.map((step, index) => {
        const option = step.options.find((o) => o.id === context.choices[index]?.optionId);
        const good = step.options.find((o) => !o.mistake);
        if (!option) return nothing;
        return html`<li>
          <p class="moment">${say(view, step.moment)}</p>
          <p><strong>${t('practice:step.youChose')}</strong> ${say(view, option.text)}</p>
          <p class="verdict ${option.mistake ? 'is-mistake' : 'is-good'}"><strong>${verdict(view, option)}</strong></p>
          <p>${say(view, option.feedback)}</p>
          ${option.mistake && good ? html`<p><strong>${t('practice:debrief.betterChoice')}</strong> ${say(view, good.text)}</p>` : nothing}
        </li>`;
      })}
    </ol>
  `;
}

/** The debrief: the overall result, any missed safety steps, scores, what went well, what to try, and guidance. */
export function renderDebrief(view: PracticeView): HTMLTemplateResult {
  const { t, context } = view;
  const scenario = context.scenario!;
  const debrief = context.debrief!;
  const name = say(view, scenario.persona.name);
  const tips = [
    ...debrief.toWorkOn.map((area) => t(rubricKey(area, 'tryNext'))),
    ...debrief.mistakes.map((kind) => t(`practice:mistakes.${kind}.tip`)),
  ];
  return html`
    <div class="debrief" part="debrief">
      <p class="mode-line">${t(`practice:debrief.mode.${context.mode}`)}</p>
      <section class="overall overall-${debrief.overall}" part="overall" aria-labelledby="overall-heading">
        <h3 id="overall-heading">${t('practice:debrief.overallHeading')}</h3>
        <p>${t(`practice:debrief.overall.${debrief.overall}`, { name })}</p>
      </section>
      ${debrief.safetyMissed && scenario.risk
        ? html`<section class="safety-missed" part="safety-missed" aria-labelledby="safety-missed-heading">
            <h3 id="safety-missed-heading">${t('practice:debrief.safetyMissed.heading')}</h3>
            <p>${t('practice:debrief.safetyMissed.text', { name })}</p>
            ${renderSafetySteps(view, scenario.risk)}
          </section>`
        : nothing}
      ${scoresTable(view, debrief)}
      ${renderReasons(view, scenario, debrief)}
      <h3>${t('practice:debrief.strengthsHeading')}</h3>
      ${debrief.strengths.length
        ? html`<ul class="strengths">${debrief.strengths.map((area) => html`<li>${t(rubricKey(area, 'strength'))}</li>`)}</ul>`
        : html`<p>${t('practice:debrief.noStrengths')}</p>`}
      <h3>${t('practice:debrief.tryNextHeading')}</h3>
      ${tips.length ? html`<ul class="try-next">${tips.map((tip) => html`<li>${tip}</li>`)}</ul>` : html`<p>${t('practice:debrief.nothingToTry')}</p>`}
      ${context.mode === 'simulated' ? answers(view, scenario) : nothing}
      <h3>${t('practice:debrief.goodPracticeHeading')}</h3>
      <p>${say(view, scenario.goodPractice)}</p>
      <h3>${t('practice:debrief.guidanceHeading')}</h3>
      <ul class="guidance" part="guidance">
        ${guidanceFor(debrief.toWorkOn).map(
          // A new tab, because nothing is saved: following a link in this tab would lose the debrief.
          (link) => html`<li><a href=${link.url} target="_blank" rel="noopener noreferrer">${t(guidanceKey(link.id, 'name'))} <span class="new-tab">${t('practice:debrief.newTab')}</span></a><span class="hint">${t(guidanceKey(link.id, 'why'))}</span><span class="print-url">${link.url}</span></li>`,
        )}
      </ul>
    </div>
  `;
}
