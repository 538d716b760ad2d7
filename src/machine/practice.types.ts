import type { RubricArea } from '../content/rubric.js';
import type { Scenario } from '../content/scenario-types.js';
import type { Debrief } from './practice-scoring.js';

/** How a scenario is practised: alone with simulated replies, or as a role-play scored by an observer. */
export const practiceModes = ['simulated', 'observer'] as const;
/** One way to practise. */
export type PracticeMode = (typeof practiceModes)[number];

/** What the trainee chose at one step. */
export interface PracticeChoice {
  readonly stepId: string;
  readonly optionId: string;
}

/** Scores per rubric area, 0 to 4; an area that was not assessed is absent. */
export type RubricScores = Partial<Record<RubricArea, number>>;

/** What the practice machine remembers. Nothing in it is about a real person, and none of it is stored. */
export interface PracticeContext {
  readonly scenario: Scenario | null;
  readonly mode: PracticeMode;
  /** Coaching is shown after each choice. */
  readonly coaching: boolean;
  readonly stepIndex: number;
  /** One choice per step answered, in step order. */
  readonly choices: readonly PracticeChoice[];
  readonly observerScores: RubricScores;
  /** The observer asked for the debrief before scoring any area. */
  readonly observerError: boolean;
  readonly debrief: Debrief | null;
}

/** What the element can start the machine with. */
export interface PracticeInput {
  /** Start with coaching off (the element's `no-coaching`). */
  readonly noCoaching?: boolean;
}

/** Everything the practice element can tell the machine. */
export type PracticeEvent =
  | { type: 'scenario.pick'; scenario: Scenario }
  | { type: 'mode.choose'; mode: PracticeMode }
  | { type: 'coaching.set'; on: boolean }
  | { type: 'option.choose'; optionId: string }
  | { type: 'step.next' }
  | { type: 'score.set'; area: RubricArea; score: number }
  | { type: 'observer.finish' }
  | { type: 'back' }
  | { type: 'again' }
  | { type: 'restart' };

/** What the machine announces: the debrief was reached, with the scores alone. */
export type PracticeEmitted = { type: 'complete'; scenarioId: string; mode: PracticeMode; scores: RubricScores };

/** Detail of `wcg-practice-complete`: which scenario, how it was practised, and the scores. Nothing personal. */
export interface PracticeCompleteDetail {
  scenarioId: string;
  mode: PracticeMode;
  scores: RubricScores;
}
