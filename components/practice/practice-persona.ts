import { html, nothing, type HTMLTemplateResult } from 'lit';
import type { Scenario } from '../../src/content/scenario-types.js';
import { say, type PracticeView } from './practice-view.js';

/** The persona card: name, role and background of the made-up member of staff. */
export function personaCard(view: PracticeView, scenario: Scenario): HTMLTemplateResult {
  return html`
    <section class="persona-card" part="persona" aria-labelledby="persona-name">
      <p class="eyebrow">${view.t('practice:persona.personaHeading')}</p>
      <h3 id="persona-name">${say(view, scenario.persona.name)}</h3>
      <p class="role">${say(view, scenario.persona.role)}</p>
      <p>${say(view, scenario.persona.background)}</p>
    </section>
  `;
}

/** The coaching switch: on, the coaching shows after each answer; off, only in the debrief. */
export function coachingToggle(view: PracticeView): HTMLTemplateResult {
  const { t } = view;
  return html`
    <div class="choice coaching-toggle" part="coaching-toggle">
      <input type="checkbox" id="coaching" .checked=${view.context.coaching} aria-describedby="coaching-hint"
        @change=${(e: Event) => view.send({ type: 'coaching.set', on: (e.target as HTMLInputElement).checked })} />
      <div>
        <label for="coaching">${t('practice:coaching.label')}</label>
        <span class="hint" id="coaching-hint">${t('practice:coaching.hint')}</span>
      </div>
    </div>
  `;
}

/** The persona screen: who, the situation, a risk note when there is one, and the choice of how to practise. */
export function renderPersona(view: PracticeView): HTMLTemplateResult {
  const { t } = view;
  const scenario = view.context.scenario!;
  const name = say(view, scenario.persona.name);
  return html`
    ${personaCard(view, scenario)}
    <h3>${t('practice:persona.situationHeading')}</h3>
    <p class="situation">${say(view, scenario.situation)}</p>
    ${scenario.risk ? html`<p class="risk-note" part="risk-note"><strong>${t('practice:persona.riskLabel')}</strong> ${t('practice:persona.riskNote')}</p>` : nothing}
    <h3>${t('practice:persona.modeHeading')}</h3>
    ${coachingToggle(view)}
    <div class="modes">
      <div class="mode">
        <button type="button" aria-describedby="simulated-hint" @click=${() => view.send({ type: 'mode.choose', mode: 'simulated' })}>${t('practice:persona.simulated')}</button>
        <p class="hint" id="simulated-hint">${t('practice:persona.simulatedHint', { name })}</p>
      </div>
      <div class="mode">
        <button type="button" class="secondary" aria-describedby="observer-hint" @click=${() => view.send({ type: 'mode.choose', mode: 'observer' })}>${t('practice:persona.observer')}</button>
        <p class="hint" id="observer-hint">${t('practice:persona.observerHint', { name })}</p>
      </div>
    </div>
  `;
}
