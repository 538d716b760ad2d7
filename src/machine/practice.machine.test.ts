import { expect } from '@open-wc/testing';
import { openness } from '../content/scenario-types.js';
import { builtInScenarios } from '../content/scenarios/index.js';
import { nightHousekeeper } from '../content/scenarios/night-housekeeper.js';
import { paramedicTrauma } from '../content/scenarios/paramedic-trauma.js';
import { partnerAtWork } from '../content/scenarios/partner-at-work.js';
import { bandOf } from './practice-openness.js';
import { goodOption, startPractice } from './practice-test-helpers.js';

function atPersona(scenario = nightHousekeeper) {
  const p = startPractice();
  p.send({ type: 'scenario.pick', scenario });
  return p;
}

function simulated(scenario = nightHousekeeper) {
  const p = atPersona(scenario);
  p.send({ type: 'mode.choose', mode: 'simulated' });
  return p;
}

describe('practiceMachine: picking and the persona', () => {
  it('starts at the picker with coaching on, or off when asked', () => {
    const p = startPractice();
    expect(p.state()).to.equal('picking');
    expect(p.context()).to.include({ scenario: null, coaching: true, stepIndex: 0 });
    expect(startPractice({ noCoaching: true }).context().coaching).to.equal(false);
  });

  it('moves to the persona when a scenario is picked, and back to the picker with nothing kept', () => {
    const p = atPersona();
    expect(p.state()).to.equal('persona');
    expect(p.context().scenario?.id).to.equal('nightHousekeeper');
    p.send({ type: 'back' });
    expect(p.state()).to.equal('picking');
    expect(p.context().scenario).to.equal(null);
  });

  it('ignores step and scoring events before a mode is chosen', () => {
    const p = atPersona();
    p.send({ type: 'option.choose', optionId: 'interpreter' }, { type: 'step.next' }, { type: 'score.set', area: 'setting', score: 3 }, { type: 'observer.finish' });
    expect(p.state()).to.equal('persona');
    expect(p.context().choices).to.deep.equal([]);
    expect(p.context().observerScores).to.deep.equal({});
  });

  it('turns coaching on and off in any state', () => {
    const p = startPractice();
    p.send({ type: 'coaching.set', on: false });
    expect(p.context().coaching).to.equal(false);
    p.send({ type: 'scenario.pick', scenario: nightHousekeeper }, { type: 'mode.choose', mode: 'simulated' }, { type: 'coaching.set', on: true });
    expect(p.context().coaching).to.equal(true);
    expect(p.state()).to.equal('steps.choosing');
  });
});

describe('practiceMachine: simulated replies', () => {
  it('records a choice only for an option of the step shown, and continues only once answered', () => {
    const p = simulated();
    p.send({ type: 'step.next' });
    expect(p.state()).to.equal('steps.choosing');
    p.send({ type: 'option.choose', optionId: 'purpose' });
    expect(p.state()).to.equal('steps.choosing');
    p.send({ type: 'option.choose', optionId: 'interpreter' });
    expect(p.state()).to.equal('steps.answered');
    expect(p.context().choices).to.deep.equal([{ stepId: 'arrange', optionId: 'interpreter' }]);
    p.send({ type: 'option.choose', optionId: 'colleague' });
    expect(p.context().choices).to.deep.equal([{ stepId: 'arrange', optionId: 'interpreter' }]);
    p.send({ type: 'step.next' });
    expect(p.state()).to.equal('steps.choosing');
    expect(p.context().stepIndex).to.equal(1);
  });

  it('plays every good answer to a good debrief and emits complete once, with the scores alone', () => {
    const p = simulated();
    p.play(goodOption);
    expect(p.state()).to.equal('debrief.scored');
    const debrief = p.context().debrief!;
    expect(debrief.overall).to.equal('good');
    expect(Object.values(debrief.scores).every((score) => score === 4)).to.equal(true);
    expect(debrief.mistakes).to.deep.equal([]);
    expect(p.emitted).to.deep.equal([{ type: 'complete', scenarioId: 'nightHousekeeper', mode: 'simulated', scores: debrief.scores }]);
    expect(Object.keys(p.emitted[0]!)).to.deep.equal(['type', 'scenarioId', 'mode', 'scores']);
  });

  it('plays every first mistake to a debrief that is not good and names the mistakes in order', () => {
    const p = simulated();
    p.play((options) => options.find((o) => o.mistake)!.id);
    const debrief = p.context().debrief!;
    expect(debrief.overall).to.equal('notYet');
    expect(debrief.mistakes).to.deep.equal(['assuming', 'falseConfidentiality', 'closedQuestion', 'fixing']);
    expect(debrief.strengths).to.deep.equal([]);
    expect(debrief.toWorkOn).to.have.length(3);
  });

  it('goes back: from a reply to choosing again, from a step to the one before, from the first step to the persona', () => {
    const p = simulated();
    p.send({ type: 'option.choose', optionId: 'colleague' }, { type: 'back' });
    expect(p.state()).to.equal('steps.choosing');
    expect(p.context().choices).to.deep.equal([]);
    p.send({ type: 'option.choose', optionId: 'interpreter' }, { type: 'step.next' }, { type: 'option.choose', optionId: 'purpose' }, { type: 'step.next' });
    expect(p.context().stepIndex).to.equal(2);
    p.send({ type: 'back' });
    expect(p.context()).to.deep.include({ stepIndex: 1, choices: [{ stepId: 'arrange', optionId: 'interpreter' }] });
    p.send({ type: 'back' }, { type: 'back' });
    expect(p.state()).to.equal('persona');
    expect(p.context().choices).to.deep.equal([]);
  });

  it('practises again from the persona, or restarts at the picker, from the debrief', () => {
    const p = simulated();
    p.play(goodOption);
    p.send({ type: 'again' });
    expect(p.state()).to.equal('persona');
    expect(p.context()).to.deep.include({ stepIndex: 0, choices: [], debrief: null });
    expect(p.context().scenario?.id).to.equal('nightHousekeeper');
    p.send({ type: 'mode.choose', mode: 'simulated' }, { type: 'option.choose', optionId: 'email' }, { type: 'restart' });
    expect(p.state()).to.equal('picking');
    expect(p.context()).to.deep.include({ scenario: null, choices: [] });
  });
});

describe('practiceMachine: the safety requirement', () => {
  for (const scenario of [paramedicTrauma, partnerAtWork]) {
    const safetyStep = scenario.steps.findIndex((s) => s.options.some((o) => o.opensSafetySteps));

    it(`${scenario.id}: every good answer but the safety step ends in "safety missed", held at not yet`, () => {
      const p = simulated(scenario);
      p.play((options, index) => (index === safetyStep ? options.find((o) => o.mistake)!.id : goodOption(options)));
      expect(p.state()).to.equal('debrief.safetyMissed');
      expect(p.context().debrief).to.deep.include({ safetyMissed: true, overall: 'notYet' });
      expect(p.context().debrief!.scores.risk).to.equal(0);
      expect(p.emitted[0]).to.deep.include({ type: 'complete', scenarioId: scenario.id, mode: 'simulated' });
    });

    it(`${scenario.id}: taking the safety steps allows a good debrief`, () => {
      const p = simulated(scenario);
      p.play(goodOption);
      expect(p.state()).to.equal('debrief.scored');
      expect(p.context().debrief).to.deep.include({ safetyMissed: false, overall: 'good' });
    });
  }

  it('never holds back a scenario without a risk', () => {
    const p = simulated(nightHousekeeper);
    p.play(goodOption);
    expect(p.context().debrief?.safetyMissed).to.equal(false);
  });
});

describe('practiceMachine: observer scoring', () => {
  function observing(scenario = nightHousekeeper) {
    const p = atPersona(scenario);
    p.send({ type: 'mode.choose', mode: 'observer' });
    return p;
  }

  it('refuses to finish before any area is scored, and says so until one is', () => {
    const p = observing();
    expect(p.state()).to.equal('observer');
    p.send({ type: 'observer.finish' });
    expect(p.state()).to.equal('observer');
    expect(p.context().observerError).to.equal(true);
    p.send({ type: 'score.set', area: 'listening', score: 3 });
    expect(p.context().observerError).to.equal(false);
  });

  it('keeps only known areas scored with a whole number from 0 to 4', () => {
    const p = observing();
    p.send(
      { type: 'score.set', area: 'listening', score: 5 },
      { type: 'score.set', area: 'listening', score: 1.5 },
      { type: 'score.set', area: 'listening', score: -1 },
      { type: 'score.set', area: 'kindness' as never, score: 2 },
      { type: 'score.set', area: '__proto__' as never, score: 2 },
      { type: 'score.set', area: 'setting', score: 0 },
      { type: 'score.set', area: 'setting', score: 4 },
    );
    expect(p.context().observerScores).to.deep.equal({ setting: 4 });
  });

  it('scores the debrief from the observer and emits complete in observer mode', () => {
    const p = observing();
    p.send({ type: 'score.set', area: 'openQuestions', score: 3 }, { type: 'score.set', area: 'setting', score: 4 }, { type: 'observer.finish' });
    expect(p.state()).to.equal('debrief.scored');
    expect(p.context().debrief).to.deep.include({ overall: 'good', scores: { setting: 4, openQuestions: 3 }, mistakes: [] });
    expect(p.emitted).to.deep.equal([{ type: 'complete', scenarioId: 'nightHousekeeper', mode: 'observer', scores: { setting: 4, openQuestions: 3 } }]);
  });

  it('holds a risk scenario at not yet when the response to risk scored below 2 or not at all', () => {
    for (const risk of [undefined, 0, 1]) {
      const p = observing(paramedicTrauma);
      p.send({ type: 'score.set', area: 'listening', score: 4 });
      if (risk !== undefined) p.send({ type: 'score.set', area: 'risk', score: risk });
      p.send({ type: 'observer.finish' });
      expect(p.state(), `risk ${risk}`).to.equal('debrief.safetyMissed');
      expect(p.context().debrief).to.deep.include({ overall: 'notYet', safetyMissed: true });
    }
    const p = observing(paramedicTrauma);
    p.send({ type: 'score.set', area: 'listening', score: 4 }, { type: 'score.set', area: 'risk', score: 3 }, { type: 'observer.finish' });
    expect(p.state()).to.equal('debrief.scored');
    expect(p.context().debrief?.overall).to.equal('good');
  });

  it('goes back to the persona, dropping the scores', () => {
    const p = observing();
    p.send({ type: 'score.set', area: 'setting', score: 2 }, { type: 'back' });
    expect(p.state()).to.equal('persona');
    expect(p.context().observerScores).to.deep.equal({});
  });
});

describe('practiceMachine: every built-in scenario', () => {
  // Openness can only take certain values at each step; a reply is written for exactly the bands they fall in.
  it('has its own reply for every openness band the staff member can reach at each step, and none for the others', () => {
    for (const scenario of builtInScenarios) {
      let before = new Set([scenario.startOpenness]);
      for (const step of scenario.steps) {
        const after = new Set<number>();
        for (const option of step.options) {
          const reached = new Set<string>();
          for (const value of before) {
            const next = Math.min(openness.max, Math.max(openness.min, value + option.openness));
            after.add(next);
            reached.add(bandOf(next));
          }
          expect(Object.keys(option.replies).sort(), `${scenario.id}.${step.id}.${option.id}`).to.deep.equal([...reached].sort());
        }
        before = after;
      }
    }
  });

  it('plays to a good debrief with every good answer, and to "not yet" with every first mistake', () => {
    for (const scenario of builtInScenarios) {
      const good = simulated(scenario);
      good.play(goodOption);
      expect(good.context().debrief?.overall, scenario.id).to.equal('good');
      const poor = simulated(scenario);
      poor.play((options) => options.find((o) => o.mistake)!.id);
      expect(poor.context().debrief?.overall, scenario.id).to.equal('notYet');
    }
  });
});
