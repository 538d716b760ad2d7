import { isRubricArea, rubricLevels } from '../content/rubric.js';
import { missedSafetySteps } from './practice-scoring.js';
import type { PracticeContext, PracticeEvent } from './practice.types.js';

type Args = { context: PracticeContext; event: PracticeEvent };

/** The guards of the practice machine, named as the machine refers to them. */
export const practiceGuards = {
  /** The trainee chose to watch a role-play and score it, not to play the manager. */
  isObserverMode: ({ event }: Args) => event.type === 'mode.choose' && event.mode === 'observer',
  /** The event names an option of the step being shown. */
  isOptionOfStep: ({ context, event }: Args) =>
    event.type === 'option.choose' && Boolean(context.scenario?.steps[context.stepIndex]?.options.some((o) => o.id === event.optionId)),
  /** The step being shown is the scenario's first. */
  isFirstStep: ({ context }: Args) => context.stepIndex === 0,
  /** The step being shown is the scenario's last. */
  isLastStep: ({ context }: Args) => context.stepIndex >= (context.scenario?.steps.length ?? 0) - 1,
  /** The event gives a known rubric area a score from 0 to 4. */
  isScore: ({ event }: Args) =>
    event.type === 'score.set' && isRubricArea(event.area) && (rubricLevels as readonly number[]).includes(event.score),
  /** The observer has scored at least one area. */
  hasObserverScores: ({ context }: Args) => Object.keys(context.observerScores).length > 0,
  /**
   * The scenario holds a risk and its safety steps were not taken (simulated: no choice opened them; observer:
   * the response to risk scored below 2). The debrief then cannot be good.
   */
  hasMissedSafetySteps: ({ context }: Args) =>
    context.scenario !== null && missedSafetySteps(context.scenario, context.mode, context.choices, context.observerScores),
};
