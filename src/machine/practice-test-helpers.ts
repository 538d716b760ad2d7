import type { Scenario } from '../content/scenario-types.js';
import { practiceMachine } from './practice.machine.js';
import type { PracticeInput } from './practice.types.js';
import { startRecording } from './test-helpers.js';

/** Starts a practice actor and records what it emits. */
export function startPractice(input: PracticeInput = {}) {
  const started = startRecording(practiceMachine, input);
  const { actor } = started;
  return {
    ...started,
    /** The state as a dotted string: `steps.answered`, `debrief.safetyMissed`. */
    state: () => stateName(actor.getSnapshot().value),
    /** Answers every step of a simulated run with the option `pick` returns for it, pressing Continue after each. */
    play(pick: (options: Scenario['steps'][number]['options'], index: number) => string) {
      const scenario = actor.getSnapshot().context.scenario!;
      scenario.steps.forEach((step, index) => {
        actor.send({ type: 'option.choose', optionId: pick(step.options, index) });
        actor.send({ type: 'step.next' });
      });
    },
  };
}

/** The id of the step's good option (the one without a mistake). */
export function goodOption(options: Scenario['steps'][number]['options']): string {
  return options.find((o) => !o.mistake)!.id;
}

function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0]!;
  return `${key}.${stateName(child)}`;
}
