import { html, nothing, type HTMLTemplateResult } from 'lit';
import { levelNameKey, rubricAreas, rubricKey, rubricLevelKey, rubricLevels, type RubricArea } from '../../src/content/rubric.js';
import { personaCard } from './practice-persona.js';
import { say, type PracticeView } from './practice-view.js';

/** The id of a score's radio button; the error summary links to the first area's 0. */
export function scoreRadioId(area: RubricArea, level: number): string {
  return `score-${area}-${level}`;
}

function areaGroup(view: PracticeView, area: RubricArea) {
  const { t } = view;
  const chosen = view.context.observerScores[area];
  return html`
    <fieldset class="area" aria-describedby="hint-${area}">
      <legend>${t(rubricKey(area, 'name'))}</legend>
      <p class="hint" id="hint-${area}">${t(rubricKey(area, 'hint'))}</p>
      ${rubricLevels.map(
        (level) => html`
          <div class="choice">
            <input type="radio" name="score-${area}" id=${scoreRadioId(area, level)} .value=${String(level)} .checked=${chosen === level}
              aria-describedby="${scoreRadioId(area, level)}-hint" @change=${() => view.send({ type: 'score.set', area, score: level })} />
            <div>
              <label for=${scoreRadioId(area, level)}>${t('practice:observer.score', { level, name: t(levelNameKey(level)) })}</label>
              <span class="hint" id="${scoreRadioId(area, level)}-hint">${t(rubricLevelKey(area, level))}</span>
            </div>
          </div>
        `,
      )}
    </fieldset>
  `;
}

/** Observer mode: the role-player's brief, what good looks like, and the rubric to score live. */
export function renderObserver(view: PracticeView): HTMLTemplateResult {
  const { t } = view;
  const scenario = view.context.scenario!;
  const error = view.errors.length > 0;
  return html`
    ${personaCard(view, scenario)}
    <section class="brief" part="role-player-brief" aria-labelledby="brief-heading">
      <h3 id="brief-heading">${t('practice:observer.briefHeading', { name: say(view, scenario.persona.name) })}</h3>
      <p class="hint">${t('practice:observer.briefLead')}</p>
      <p>${say(view, scenario.rolePlayerBrief)}</p>
    </section>
    <h3>${t('practice:observer.goodHeading')}</h3>
    <p>${say(view, scenario.goodPractice)}</p>
    <form class="rubric" part="rubric" novalidate aria-labelledby="rubric-heading" @submit=${view.submit}>
      <h3 id="rubric-heading">${t('practice:observer.rubricHeading')}</h3>
      <p class=${error ? 'has-error' : ''}>
        ${error ? html`<span class="error-message" id="rubric-error">${t('practice:observer.errorNone')}</span>` : nothing}
        ${t('practice:observer.rubricLead')}
      </p>
      <div class="areas">${rubricAreas.map((area) => areaGroup(view, area))}</div>
      <button type="submit">${t('practice:observer.finish')}</button>
    </form>
  `;
}
