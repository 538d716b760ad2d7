import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rubricAreas, type RubricArea } from '../content/rubric.js';
import type { Scenario } from '../content/scenario-types.js';
import { builtInScenarios } from '../content/scenarios/index.js';
import { chosenOption } from './practice-openness.js';
import { scoreChoices } from './practice-scoring.js';
import { startPractice } from './practice-test-helpers.js';
import type { PracticeChoice } from './practice.types.js';

/*
 * What the debrief's scores must mean, over random answers through every built-in scenario.
 *
 * "That area's answers": an answer is one of an area's answers when the options of its step do not all give
 * the area the same, and its option raised the area (gave it more than 0), lowered it (less than 0), or gave
 * it 0 where another option of that step would have raised it. An answer that gave an area 0 at a step where
 * no option could raise it only kept clear of a mistake about something else; it says nothing about the
 * area, so it is not one of its answers. An answer is "marked good practice" when its option has no
 * `mistake` (the coaching's "Good practice"), and "marked a mistake" otherwise.
 *
 * The response to risk is left out of the first three properties when the safety steps were missed: it is
 * then held at 0 by design, whatever the answers (practice-scoring.test.ts and practice.machine.test.ts).
 */

type Mark = 'good' | 'mistake';

/** The marks of an area's answers, as defined above. */
function areaAnswers(scenario: Scenario, choices: readonly PracticeChoice[], area: RubricArea): Mark[] {
  const marks: Mark[] = [];
  for (const choice of choices) {
    const step = scenario.steps.find((s) => s.id === choice.stepId)!;
    const option = chosenOption(scenario, choice)!;
    const values = step.options.map((o) => o.rubric[area] ?? 0);
    const value = option.rubric[area] ?? 0;
    if (Math.min(...values) === Math.max(...values)) continue;
    if (value !== 0 || Math.max(...values) > 0) marks.push(option.mistake ? 'mistake' : 'good');
  }
  return marks;
}

// Drawn by id, so a counterexample names the scenario rather than printing the whole of it.
const scenarioId = fc.constantFrom(...builtInScenarios.map((s) => s.id));
const scenarioOf = (id: string) => builtInScenarios.find((s) => s.id === id)!;
// An index into each step's options; taken modulo the number of options, so every value picks one.
const picks = fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 });
const params = { numRuns: 1000 };

/** Plays the scenario through the machine with the picked answers; the debrief and the choices made. */
function play(s: Scenario, indexes: readonly number[]) {
  const p = startPractice();
  p.send({ type: 'scenario.pick', scenario: s }, { type: 'mode.choose', mode: 'simulated' });
  p.play((options, i) => options[indexes[i]! % options.length]!.id);
  const { debrief, choices } = p.context();
  const held = (area: RubricArea) => area === 'risk' && debrief!.safetyMissed;
  return { debrief: debrief!, choices, scored: rubricAreas.filter((area) => debrief!.scores[area] !== undefined && !held(area)) };
}

/** The choices of the first `count` steps, with the good-practice answer at each. */
function goodAnswers(s: Scenario, count: number): PracticeChoice[] {
  return s.steps.slice(0, count).map((step) => ({ stepId: step.id, optionId: step.options.find((o) => !o.mistake)!.id }));
}

describe('practice scoring: properties', () => {
  it('never scores an area 0 when most of its answers were marked good practice', () => {
    fc.assert(
      fc.property(scenarioId, picks, (id, indexes) => {
        const s = scenarioOf(id);
        const { debrief, choices, scored } = play(s, indexes);
        for (const area of scored) {
          const marks = areaAnswers(s, choices, area);
          const good = marks.filter((m) => m === 'good').length;
          if (good * 2 > marks.length) expect(debrief.scores[area], `${s.id} ${area} ${choices.map((c) => c.optionId)}`).to.be.above(0);
        }
      }),
      params,
    );
  });

  it('never scores an area 4 when most of its answers were marked as mistakes', () => {
    fc.assert(
      fc.property(scenarioId, picks, (id, indexes) => {
        const s = scenarioOf(id);
        const { debrief, choices, scored } = play(s, indexes);
        for (const area of scored) {
          const marks = areaAnswers(s, choices, area);
          const mistakes = marks.filter((m) => m === 'mistake').length;
          if (mistakes * 2 > marks.length) expect(debrief.scores[area], `${s.id} ${area} ${choices.map((c) => c.optionId)}`).to.be.below(4);
        }
      }),
      params,
    );
  });

  it('never scores 0 ("no evidence") an area that one of the answers raised', () => {
    fc.assert(
      fc.property(scenarioId, picks, (id, indexes) => {
        const s = scenarioOf(id);
        const { debrief, choices, scored } = play(s, indexes);
        for (const area of scored) {
          const raised = choices.some((c) => (chosenOption(s, c)!.rubric[area] ?? 0) > 0);
          if (raised) expect(debrief.scores[area], `${s.id} ${area} ${choices.map((c) => c.optionId)}`).to.be.above(0);
        }
      }),
      params,
    );
  });

  it('scores only the steps answered: good practice at every step reached scores 4 in every area scored', () => {
    fc.assert(
      fc.property(scenarioId, fc.nat({ max: 6 }), (id, count) => {
        const s = scenarioOf(id);
        const scores = scoreChoices(s, goodAnswers(s, count));
        for (const [area, score] of Object.entries(scores)) expect(score, `${s.id} ${area} after ${count} steps`).to.equal(4);
      }),
      params,
    );
  });

  it('never lowers an area when one answer is changed to its step\'s good-practice answer', () => {
    fc.assert(
      fc.property(scenarioId, picks, fc.nat({ max: 5 }), (id, indexes, at) => {
        const s = scenarioOf(id);
        const { choices } = play(s, indexes);
        const better = choices.map((c, i) => (i === at % choices.length ? goodAnswers(s, s.steps.length)[i]! : c));
        const before = scoreChoices(s, choices);
        const after = scoreChoices(s, better);
        for (const area of rubricAreas) if (before[area] !== undefined) expect(after[area], `${s.id} ${area}`).to.be.at.least(before[area]!);
      }),
      params,
    );
  });
});
