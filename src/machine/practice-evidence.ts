import { maxRubricScore, rubricAreas, type RubricArea } from '../content/rubric.js';
import type { Scenario } from '../content/scenario-types.js';
import { chosenOption } from './practice-openness.js';
import type { PracticeChoice } from './practice.types.js';

/** How an answer bore on an area: it raised it, lowered it, or passed over an answer of its step that would have raised it. */
export const answerEffects = ['raised', 'lowered', 'missed'] as const;
/** One way an answer bore on an area. */
export type AnswerEffect = (typeof answerEffects)[number];

/** One answer that bore on an area: the debrief names it, in the words the trainee chose, to explain the score. */
export interface AreaAnswer {
  readonly stepId: string;
  readonly optionId: string;
  readonly effect: AnswerEffect;
  /** The share of the most its step could give the area that the answer gave: 1 for the step's best, 0 for nothing or less. */
  readonly credit: number;
}

/** For each area the answered steps could raise, the answers that bore on it, in step order. */
export type AreaEvidence = Partial<Record<RubricArea, readonly AreaAnswer[]>>;

/**
 * Which answers bore on which areas. Only the steps answered count, and of those only the steps whose options
 * do not all give the area the same. There an answer bore on the area when it raised it, lowered it, or gave it
 * nothing while another option of the step would have raised it. An answer that gave nothing where no option
 * could raise the area only kept clear of a mistake, which says nothing about the area, so it is left out. An
 * area is assessed only when one of the steps answered could raise it.
 */
export function evidenceFor(scenario: Scenario, choices: readonly PracticeChoice[]): AreaEvidence {
  const evidence: AreaEvidence = {};
  for (const area of rubricAreas) {
    const answers: AreaAnswer[] = [];
    let couldRaise = false;
    for (const step of scenario.steps) {
      const choice = choices.find((c) => c.stepId === step.id);
      const option = choice && chosenOption(scenario, choice);
      if (!option) continue;
      const values = step.options.map((o) => o.rubric[area] ?? 0);
      const best = Math.max(...values);
      if (best === Math.min(...values)) continue;
      couldRaise ||= best > 0;
      const value = option.rubric[area] ?? 0;
      const effect: AnswerEffect | undefined = value > 0 ? 'raised' : value < 0 ? 'lowered' : best > 0 ? 'missed' : undefined;
      if (effect) answers.push({ stepId: step.id, optionId: option.id, effect, credit: value > 0 ? value / best : 0 });
    }
    if (couldRaise) evidence[area] = answers;
  }
  return evidence;
}

/**
 * An area's score from the answers that bore on it: their average credit on the 0–4 scale, rounded. The ends of
 * the scale keep their meaning: 0 ("no evidence") only when none of the answers raised the area, and 4
 * ("exceptional") only when every one of them was its step's best for the area.
 */
export function scoreOf(answers: readonly AreaAnswer[]): number {
  if (answers.length === 0) return 0;
  const share = answers.reduce((sum, answer) => sum + answer.credit, 0) / answers.length;
  const lowest = answers.some((answer) => answer.credit > 0) ? 1 : 0;
  const highest = answers.every((answer) => answer.credit === 1) ? maxRubricScore : maxRubricScore - 1;
  return Math.min(highest, Math.max(lowest, Math.round(maxRubricScore * share)));
}
