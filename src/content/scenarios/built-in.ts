import type { RubricArea } from '../rubric.js';
import type { MistakeKind, OpennessBand, Scenario, ScenarioRisk, ScenarioText } from '../scenario-types.js';

/**
 * A built-in scenario is written as its numbers and ids alone; every piece of text gets the i18n key its place
 * gives it, `practice:scenarios.<id>.steps.<step>.options.<option>.text` and so on, so the words live in the
 * locale files and adding a scenario touches no component.
 */

/** An option of a built-in scenario: what it does, without its words. */
export interface OptionOutline {
  readonly id: string;
  readonly mistake?: MistakeKind;
  readonly opensSafetySteps?: boolean;
  readonly openness: number;
  readonly rubric: Readonly<Partial<Record<RubricArea, number>>>;
  /** The bands this option has a reply for, in `replies.<band>`. */
  readonly replies: readonly OpennessBand[];
}

/** A step of a built-in scenario, without its words. */
export interface StepOutline {
  readonly id: string;
  readonly options: readonly OptionOutline[];
}

/** A built-in scenario without its words. */
export interface ScenarioOutline {
  readonly risk?: ScenarioRisk;
  readonly startOpenness: number;
  readonly steps: readonly StepOutline[];
}

const key = (path: string): ScenarioText => ({ key: `practice:scenarios.${path}` });

/** The scenario an outline describes, with every text as the key of its words. */
export function builtInScenario(id: string, outline: ScenarioOutline): Scenario {
  const at = (path: string) => key(`${id}.${path}`);
  return Object.freeze({
    id,
    title: at('title'),
    summary: at('summary'),
    persona: { name: at('persona.name'), role: at('persona.role'), background: at('persona.background') },
    situation: at('situation'),
    goodPractice: at('goodPractice'),
    rolePlayerBrief: at('rolePlayerBrief'),
    ...(outline.risk ? { risk: outline.risk } : {}),
    startOpenness: outline.startOpenness,
    steps: outline.steps.map((step) => ({
      id: step.id,
      moment: at(`steps.${step.id}.moment`),
      options: step.options.map((option) => {
        const base = `steps.${step.id}.options.${option.id}`;
        return {
          id: option.id,
          text: at(`${base}.text`),
          feedback: at(`${base}.feedback`),
          replies: Object.fromEntries(option.replies.map((band) => [band, at(`${base}.replies.${band}`)])),
          ...(option.mistake ? { mistake: option.mistake } : {}),
          ...(option.opensSafetySteps ? { opensSafetySteps: true } : {}),
          openness: option.openness,
          rubric: option.rubric,
        };
      }),
    })),
  });
}
