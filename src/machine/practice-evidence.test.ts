import { expect } from '@open-wc/testing';
import type { Scenario, ScenarioOption, ScenarioStep } from '../content/scenario-types.js';
import { paramedicTrauma } from '../content/scenarios/paramedic-trauma.js';
import { evidenceFor, scoreOf, type AreaAnswer } from './practice-evidence.js';
import { debriefFor } from './practice-scoring.js';

const t = (text: string) => ({ text });

function option(id: string, rubric: ScenarioOption['rubric'], mistake?: ScenarioOption['mistake']): ScenarioOption {
  return { id, text: t(id), feedback: t('f'), replies: { guarded: t('r') }, openness: 0, rubric, ...(mistake ? { mistake } : {}) };
}

function scenarioOf(...steps: ScenarioStep[]): Scenario {
  return {
    id: 'made', title: t('T'), summary: t('S'), persona: { name: t('N'), role: t('R'), background: t('B') },
    situation: t('S'), goodPractice: t('G'), rolePlayerBrief: t('B'), startOpenness: 3, steps,
  };
}

/** An answer's step, option and effect, without its credit. */
const named = (answers: readonly AreaAnswer[] | undefined) => answers?.map(({ stepId, optionId, effect }) => `${stepId}.${optionId} ${effect}`);

// The reported run of the paramedic scenario: a jokey first answer, then good practice at every step.
const reported = ['holiday', 'tellMore', 'askDirectly', 'stayWithHim', 'honest', 'plan'];
const reportedChoices = paramedicTrauma.steps.map((step, i) => ({ stepId: step.id, optionId: reported[i]! }));

describe('practice evidence', () => {
  it('names, for each area, the answers that raised it, lowered it and missed a chance to raise it', () => {
    const evidence = evidenceFor(paramedicTrauma, reportedChoices);
    expect(named(evidence.empathy)).to.deep.equal(['begin.holiday lowered', 'disclosure.askDirectly raised']);
    expect(named(evidence.setting)).to.deep.equal(['begin.holiday missed']);
    expect(named(evidence.purpose)).to.deep.equal(['begin.holiday lowered', 'escalate.honest raised']);
    // The good answers at steps where empathy could only be lowered kept clear of a mistake: not evidence either way.
    expect(named(evidence.listening)).to.deep.equal(['checkIn.tellMore raised']);
    expect(Object.keys(evidence)).to.deep.equal(['setting', 'purpose', 'openQuestions', 'listening', 'empathy', 'risk', 'signposting', 'consent', 'followUp']);
  });

  it('gives the debrief the evidence in simulated mode, and none for an observer\'s scores', () => {
    const simulated = debriefFor(paramedicTrauma, 'simulated', reportedChoices, {});
    expect(simulated.scores).to.deep.include({ setting: 0, empathy: 2, purpose: 2 });
    expect(named(simulated.evidence.empathy)).to.deep.equal(['begin.holiday lowered', 'disclosure.askDirectly raised']);
    expect(debriefFor(paramedicTrauma, 'observer', reportedChoices, { empathy: 3 }).evidence).to.deep.equal({});
  });

  it('leaves out a step where every option gives the area the same, and a step never reached', () => {
    const s = scenarioOf(
      { id: 'same', moment: t('m'), options: [option('a', { empathy: 1, listening: 2 }), option('b', { empathy: 1 }, 'rushing')] },
      { id: 'later', moment: t('m'), options: [option('a', { empathy: 2 }), option('b', { empathy: -2 }, 'fixing')] },
    );
    const evidence = evidenceFor(s, [{ stepId: 'same', optionId: 'b' }]);
    expect(evidence).to.deep.equal({ listening: [{ stepId: 'same', optionId: 'b', effect: 'missed', credit: 0 }] });
  });

  it('leaves out an answer that only kept clear of a mistake, and names one that made it', () => {
    const s = scenarioOf(
      { id: 'raise', moment: t('m'), options: [option('a', { empathy: 2 }), option('b', {}, 'rushing')] },
      { id: 'trap', moment: t('m'), options: [option('a', {}), option('b', { empathy: -1 }, 'dismissing')] },
    );
    const kept = evidenceFor(s, [{ stepId: 'raise', optionId: 'a' }, { stepId: 'trap', optionId: 'a' }]);
    expect(named(kept.empathy)).to.deep.equal(['raise.a raised']);
    const fell = evidenceFor(s, [{ stepId: 'raise', optionId: 'a' }, { stepId: 'trap', optionId: 'b' }]);
    expect(named(fell.empathy)).to.deep.equal(['raise.a raised', 'trap.b lowered']);
    // An area no step answered could raise is not assessed, even when an answer lowered it.
    expect(evidenceFor(s, [{ stepId: 'trap', optionId: 'b' }])).to.deep.equal({});
  });

  it('credits an answer with its share of the most its step could give, and names a mistake that raised an area', () => {
    const s = scenarioOf({ id: 'one', moment: t('m'), options: [option('a', { empathy: 2 }), option('b', { empathy: 1, listening: 1 }, 'fixing')] });
    expect(evidenceFor(s, [{ stepId: 'one', optionId: 'b' }])).to.deep.equal({
      listening: [{ stepId: 'one', optionId: 'b', effect: 'raised', credit: 1 }],
      empathy: [{ stepId: 'one', optionId: 'b', effect: 'raised', credit: 0.5 }],
    });
  });

  it('scores the average credit on 0–4, keeping 0 for no evidence and 4 for the best answer every time', () => {
    const answer = (credit: number): AreaAnswer => ({ stepId: 's', optionId: 'o', effect: credit > 0 ? 'raised' : 'lowered', credit });
    expect(scoreOf([answer(1), answer(1)])).to.equal(4);
    expect(scoreOf([answer(1), answer(0)])).to.equal(2);
    expect(scoreOf([answer(0.5)])).to.equal(2);
    expect(scoreOf([answer(0), answer(0)])).to.equal(0);
    // One raise among nine answers rounds to 0, but it is evidence: 1.
    expect(scoreOf([answer(1), ...Array.from({ length: 8 }, () => answer(0))])).to.equal(1);
    // Seven best answers and one mistake round to 4, but a mistake is not exceptional: 3.
    expect(scoreOf([...Array.from({ length: 7 }, () => answer(1)), answer(0)])).to.equal(3);
    expect(scoreOf([])).to.equal(0);
  });
});
