import type { TFunction } from 'i18next';
import { html, nothing, type HTMLTemplateResult } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { Scenario } from '../../src/content/scenario-types.js';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import type { practiceMachine } from '../../src/machine/practice.machine.js';
import type { PracticeContext } from '../../src/machine/practice.types.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { renderDebrief } from './practice-debrief.js';
import { renderObserver, scoreRadioId } from './practice-observer.js';
import { renderPersona } from './practice-persona.js';
import { renderPicker, scenarioRadioId } from './practice-picker.js';
import { optionRadioId, renderStep } from './practice-step.js';
import { say, type ListedScenario, type PracticeScreen, type PracticeView } from './practice-view.js';

const screens: Record<PracticeScreen, (view: PracticeView) => unknown> = {
  picking: renderPicker, persona: renderPersona, choosing: renderStep, answered: renderStep, observer: renderObserver, debrief: renderDebrief,
};

/** The body of the screen showing. */
export function renderScreen(view: PracticeView): unknown {
  return screens[view.screen](view);
}

/** The scenarios the picker offers: the built-ins in order, then the trainer's own when one is loaded. */
export function listScenarios(fromFile: Scenario | null): ListedScenario[] {
  const builtIn = builtInScenarios.map((scenario) => ({ value: scenario.id, scenario, fromFile: false }));
  return fromFile ? [...builtIn, { value: 'file', scenario: fromFile, fromFile: true }] : builtIn;
}

/** The error summary's line for the screen, linked to its first control: nothing chosen, or nothing scored. */
export function screenErrors(
  t: TFunction, screen: PracticeScreen, context: PracticeContext, scenarios: readonly ListedScenario[], showError: boolean,
): ErrorSummaryItem[] {
  if (screen === 'observer' && context.observerError) return [{ target: scoreRadioId('setting', 0), text: t('practice:observer.errorNone') }];
  if (!showError) return [];
  if (screen === 'picking') return [{ target: scenarioRadioId(scenarios[0]!.value), text: t('practice:picker.errorNone') }];
  const first = context.scenario?.steps[context.stepIndex]?.options[0];
  return screen === 'choosing' && first ? [{ target: optionRadioId(first.id), text: t('practice:step.errorNone') }] : [];
}

/** The screen a machine state shows. */
export function screenOf(snapshot: SnapshotFrom<typeof practiceMachine>): PracticeScreen {
  if (snapshot.matches({ steps: 'answered' })) return 'answered';
  if (snapshot.matches('steps')) return 'choosing';
  if (snapshot.matches('debrief')) return 'debrief';
  if (snapshot.matches('observer')) return 'observer';
  return snapshot.matches('persona') ? 'persona' : 'picking';
}

/** The heading of the screen: the picker's, the scenario's title, or the step number with the persona's name. */
export function headingFor(view: PracticeView): string {
  const { t, context } = view;
  const scenario = context.scenario;
  if (!scenario || view.screen === 'picking') return t('practice:picker.heading');
  const title = say(view, scenario.title);
  switch (view.screen) {
    case 'choosing':
    case 'answered':
      return t('practice:step.heading', { name: say(view, scenario.persona.name), current: context.stepIndex + 1, total: scenario.steps.length });
    case 'observer':
      return t('practice:observer.heading', { title });
    case 'debrief':
      return t('practice:debrief.heading', { title });
    default:
      return title;
  }
}

/** The buttons under each screen: back, continue, and at the end print, again and another scenario. */
export function renderNav(view: PracticeView): HTMLTemplateResult | typeof nothing {
  const { t, send, context } = view;
  const button = (label: string, onClick: () => void, secondary = true) =>
    html`<button type="button" class=${secondary ? 'secondary' : ''} @click=${onClick}>${t(label)}</button>`;
  const last = context.scenario !== null && context.stepIndex >= context.scenario.steps.length - 1;
  const buttons = {
    picking: () => nothing,
    persona: () => button('practice:persona.back', () => send({ type: 'back' })),
    choosing: () => button('practice:step.back', () => send({ type: 'back' })),
    answered: () => html`
      ${button(last ? 'practice:step.finish' : 'practice:step.next', () => send({ type: 'step.next' }), false)}
      ${button('practice:step.tryAgain', () => send({ type: 'back' }))}
    `,
    observer: () => button('practice:observer.back', () => send({ type: 'back' })),
    debrief: () => html`
      ${button('practice:debrief.print', view.print, false)}
      ${button('practice:debrief.again', () => send({ type: 'again' }))}
      ${button('practice:debrief.another', () => send({ type: 'restart' }))}
    `,
  } satisfies Record<PracticeScreen, () => unknown>;
  const content = buttons[view.screen]();
  return content === nothing ? nothing : html`<div class="nav" part="nav">${content}</div>`;
}
