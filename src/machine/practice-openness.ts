import { openness, type OpennessBand, type Scenario, type ScenarioOption, type ScenarioText } from '../content/scenario-types.js';
import type { PracticeChoice } from './practice.types.js';

/** The option chosen at a step, when the choice names a step and option of the scenario. */
export function chosenOption(scenario: Scenario, choice: PracticeChoice): ScenarioOption | undefined {
  return scenario.steps.find((step) => step.id === choice.stepId)?.options.find((option) => option.id === choice.optionId);
}

/** Openness after the choices so far: the start, moved by each choice in turn and kept within 0 to 10. */
export function opennessAfter(scenario: Scenario, choices: readonly PracticeChoice[]): number {
  let value = clamp(scenario.startOpenness);
  for (const choice of choices) value = clamp(value + (chosenOption(scenario, choice)?.openness ?? 0));
  return value;
}

/** The band an openness value falls in: guarded below 4, opening from 4, open from 7. */
export function bandOf(value: number): OpennessBand {
  if (value >= openness.floors.open) return 'open';
  return value >= openness.floors.opening ? 'opening' : 'guarded';
}

// Where to look when a band has no reply of its own: the nearest band, and from the middle the more guarded
// one, so a staff member who is only opening up is never made to sound fully open.
const nearest: Readonly<Record<OpennessBand, readonly OpennessBand[]>> = {
  guarded: ['guarded', 'opening', 'open'],
  opening: ['opening', 'guarded', 'open'],
  open: ['open', 'opening', 'guarded'],
};

/** The reply for a band: the band's own, else the nearest band given. */
export function replyFor(option: ScenarioOption, band: OpennessBand): ScenarioText | undefined {
  for (const candidate of nearest[band]) if (option.replies[candidate]) return option.replies[candidate];
  return undefined;
}

/** The reply to the choice at `index`: its option's reply for the band reached once it was chosen. */
export function replyAt(scenario: Scenario, choices: readonly PracticeChoice[], index: number): { band: OpennessBand; reply: ScenarioText } | undefined {
  const choice = choices[index];
  const option = choice && chosenOption(scenario, choice);
  if (!option) return undefined;
  const band = bandOf(opennessAfter(scenario, choices.slice(0, index + 1)));
  const reply = replyFor(option, band);
  return reply ? { band, reply } : undefined;
}

function clamp(value: number): number {
  return Math.min(openness.max, Math.max(openness.min, value));
}
