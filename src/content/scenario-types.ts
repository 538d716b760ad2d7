import type { SafetyPathId } from './crisis.js';
import type { RubricArea } from './rubric.js';
import type { LocalisedText } from './types.js';

/**
 * The shape of a practice scenario. Built-in scenarios hold i18n keys (their words are in
 * `locales/<lang>/practice.json` under `scenarios.<id>.*`); a trainer's own file holds its words inline,
 * per language. Both are checked into this one shape, so the practice element treats them alike.
 */

/** How open the simulated staff member has become; each step's replies are written per band. */
export const opennessBands = ['guarded', 'opening', 'open'] as const;
/** One band of openness. */
export type OpennessBand = (typeof opennessBands)[number];

/**
 * The openness scale: 0 (closed) to 10 (open), where a scenario starts unless it says otherwise, and the
 * lowest value of each band. A choice moves openness by `-2` to `2`.
 */
export const openness = {
  min: 0,
  max: 10,
  start: 3,
  floors: { guarded: 0, opening: 4, open: 7 },
  change: { min: -2, max: 2 },
} as const;

/** How far a choice moves one rubric area: `-2` (works against it) to `2` (shows it well). */
export const rubricContribution = { min: -2, max: 2 } as const;

/** The typical mistakes a wrong option shows; the coaching and the debrief name them. */
export const mistakeKinds = [
  'closedQuestion',
  'jargon',
  'fixing',
  'assuming',
  'rushing',
  'falseConfidentiality',
  'dismissing',
  'pressing',
] as const;
/** One typical mistake. */
export type MistakeKind = (typeof mistakeKinds)[number];

/** The risks a scenario can hold; each needs its safety steps (the safety paths of the live conversation). */
export const scenarioRisks = ['suicide', 'domesticAbuse', 'safeguarding'] as const satisfies readonly SafetyPathId[];
/** One risk a scenario can hold. */
export type ScenarioRisk = (typeof scenarioRisks)[number];

/** Words from a scenario: an i18n key (`practice:scenarios.<id>.…`) in a built-in, the trainer's own text in a file. */
export type ScenarioText = { readonly key: string } | { readonly text: LocalisedText };

/** Something the trainee can say or do at a step, with what it does to the conversation. */
export interface ScenarioOption {
  readonly id: string;
  /** What the manager says or does. */
  readonly text: ScenarioText;
  /** Coaching shown after choosing it: why it helps, or what to do instead. */
  readonly feedback: ScenarioText;
  /** The staff member's reply, per band of openness after this choice; a missing band uses the nearest given. */
  readonly replies: Readonly<Partial<Record<OpennessBand, ScenarioText>>>;
  /** The typical mistake this option shows; absent on the step's one good option. */
  readonly mistake?: MistakeKind;
  /** Choosing it takes the safety steps (asking directly, staying, crisis lines); needed in a risk scenario. */
  readonly opensSafetySteps?: boolean;
  /** How far it moves the staff member's openness, `-2` to `2`. */
  readonly openness: number;
  /** What it adds to, or takes from, each rubric area it touches, `-2` to `2`. */
  readonly rubric: Readonly<Partial<Record<RubricArea, number>>>;
}

/** One point in the conversation where the trainee chooses what to say. */
export interface ScenarioStep {
  readonly id: string;
  /** What is happening, or what the staff member has just said. */
  readonly moment: ScenarioText;
  /** Two to four options: exactly one good, the others each a typical mistake. */
  readonly options: readonly ScenarioOption[];
}

/** The fictional member of staff. */
export interface Persona {
  readonly name: ScenarioText;
  readonly role: ScenarioText;
  readonly background: ScenarioText;
}

/** A practice scenario, checked and ready to play. */
export interface Scenario {
  /** A camelCase id; it is the only thing about the scenario an event carries. */
  readonly id: string;
  readonly title: ScenarioText;
  /** One line for the picker. */
  readonly summary: ScenarioText;
  readonly persona: Persona;
  /** What the trainee knows before they start. */
  readonly situation: ScenarioText;
  /** What good practice looks like, for the observer and the debrief. */
  readonly goodPractice: ScenarioText;
  /** The brief for the person playing the staff member in observer mode. */
  readonly rolePlayerBrief: ScenarioText;
  /** The risk the scenario holds; the debrief cannot be good unless its safety steps were taken. */
  readonly risk?: ScenarioRisk;
  /** Openness at the start, 0 to 10. */
  readonly startOpenness: number;
  readonly steps: readonly ScenarioStep[];
}
