import { maxRubricScore, rubricAreas, type RubricArea } from '../content/rubric.js';
import type { MistakeKind, Scenario } from '../content/scenario-types.js';
import { evidenceFor, scoreOf, type AreaEvidence } from './practice-evidence.js';
import { chosenOption } from './practice-openness.js';
import type { PracticeChoice, PracticeMode, RubricScores } from './practice.types.js';

/** The overall result of a practice, from the lowest: not yet, developing, good. */
export const overallBands = ['notYet', 'developing', 'good'] as const;
/** One overall result. */
export type OverallBand = (typeof overallBands)[number];

/** The area held at 0 when a risk scenario's safety steps were missed, whatever the answers gave it. */
export const safetyArea: RubricArea = 'risk';

/** Below this, an observer's score for the response to risk means the safety steps were not taken. */
export const observedSafetyScore = 2;

/** What the debrief shows: scores per area, the overall result, and what to keep and what to try. */
export interface Debrief {
  /** Scores 0 to 4 for each area assessed, in rubric order. */
  readonly scores: RubricScores;
  readonly overall: OverallBand;
  /** A scenario with a risk was played without its safety steps: the overall result is held at "not yet". */
  readonly safetyMissed: boolean;
  /** Areas scored 3 or 4, highest first; at most three. */
  readonly strengths: readonly RubricArea[];
  /** Areas scored 2 or less, lowest first; at most three. */
  readonly toWorkOn: readonly RubricArea[];
  /** The typical mistakes chosen, each once, in the order they were made. */
  readonly mistakes: readonly MistakeKind[];
  /** Simulated mode: for each area scored, the answers that raised it, lowered it or missed a chance to raise it. Empty for an observer's scores. */
  readonly evidence: AreaEvidence;
}

/** True when one of the choices took the safety steps. */
export function tookSafetySteps(scenario: Scenario, choices: readonly PracticeChoice[]): boolean {
  return choices.some((choice) => chosenOption(scenario, choice)?.opensSafetySteps === true);
}

/**
 * True when the scenario holds a risk and the safety steps were not taken: in simulated mode, no choice opened
 * them; in observer mode, the observer scored the response to risk below 2 or not at all.
 */
export function missedSafetySteps(scenario: Scenario, mode: PracticeMode, choices: readonly PracticeChoice[], observed: RubricScores): boolean {
  if (!scenario.risk) return false;
  return mode === 'simulated' ? !tookSafetySteps(scenario, choices) : (observed.risk ?? 0) < observedSafetyScore;
}

/**
 * Scores from the choices: each area over the answers that bore on it (practice-evidence.ts), so steps never
 * reached, steps that cannot change the area and answers that only kept clear of a mistake leave it alone.
 * An area none of the steps answered could raise is not assessed.
 */
export function scoreChoices(scenario: Scenario, choices: readonly PracticeChoice[]): RubricScores {
  return scoresOf(evidenceFor(scenario, choices));
}

function scoresOf(evidence: AreaEvidence): RubricScores {
  const scores: RubricScores = {};
  for (const area of rubricAreas) {
    const answers = evidence[area];
    if (answers) scores[area] = scoreOf(answers);
  }
  return scores;
}

/** Observer scores, kept to known areas and whole numbers from 0 to 4, in rubric order. */
export function cleanScores(observed: RubricScores): RubricScores {
  const scores: RubricScores = {};
  for (const area of rubricAreas) {
    const score = observed[area];
    if (typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= maxRubricScore) scores[area] = score;
  }
  return scores;
}

/** The overall result: good from an average of 3, developing from 2; never good when safety steps were missed. */
export function overallBand(scores: RubricScores, safetyMissed: boolean): OverallBand {
  if (safetyMissed) return 'notYet';
  const values = Object.values(scores);
  if (values.length === 0) return 'notYet';
  const average = values.reduce((sum, n) => sum + n, 0) / values.length;
  return average >= 3 ? 'good' : average >= 2 ? 'developing' : 'notYet';
}

/** Everything the debrief shows, from the scenario, the mode, the choices and the observer's scores. */
export function debriefFor(scenario: Scenario, mode: PracticeMode, choices: readonly PracticeChoice[], observed: RubricScores): Debrief {
  const safetyMissed = missedSafetySteps(scenario, mode, choices, observed);
  const evidence = mode === 'simulated' ? evidenceFor(scenario, choices) : {};
  const raw = mode === 'simulated' ? scoresOf(evidence) : cleanScores(observed);
  // Missing the safety steps in a risk scenario is the one thing no other strength can make up for.
  if (safetyMissed) raw[safetyArea] = 0;
  const scores: RubricScores = {};
  for (const area of rubricAreas) if (raw[area] !== undefined) scores[area] = raw[area];
  const scored = rubricAreas.filter((area) => scores[area] !== undefined).map((area) => ({ area, score: scores[area]! }));
  const strengths = scored.filter((x) => x.score >= 3).sort((a, b) => b.score - a.score).slice(0, 3).map((x) => x.area);
  const toWorkOn = scored.filter((x) => x.score <= 2).sort((a, b) => a.score - b.score).slice(0, 3).map((x) => x.area);
  const mistakes: MistakeKind[] = [];
  if (mode === 'simulated') {
    for (const choice of choices) {
      const kind = chosenOption(scenario, choice)?.mistake;
      if (kind && !mistakes.includes(kind)) mistakes.push(kind);
    }
  }
  return { scores, overall: overallBand(scores, safetyMissed), safetyMissed, strengths, toWorkOn, mistakes, evidence };
}
