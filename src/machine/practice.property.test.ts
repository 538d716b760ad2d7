import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rubricAreas } from '../content/rubric.js';
import { builtInScenarios } from '../content/scenarios/index.js';
import { practiceModes, type PracticeEvent } from './practice.types.js';
import { startPractice } from './practice-test-helpers.js';

const scenario = fc.constantFrom(...builtInScenarios);
const riskScenario = fc.constantFrom(...builtInScenarios.filter((s) => s.risk));
// An index into a step's options; taken modulo the number of options, so every value picks one.
const picks = fc.array(fc.nat({ max: 3 }), { minLength: 6, maxLength: 6 });
const knownStates = ['picking', 'persona', 'steps.choosing', 'steps.answered', 'observer', 'debrief.scored', 'debrief.safetyMissed'];

// Every event the element can send, with plausible and implausible arguments alike.
const anyEvent: fc.Arbitrary<PracticeEvent> = fc.oneof(
  scenario.map((s) => ({ type: 'scenario.pick' as const, scenario: s })),
  fc.constantFrom(...practiceModes).map((mode) => ({ type: 'mode.choose' as const, mode })),
  fc.boolean().map((on) => ({ type: 'coaching.set' as const, on })),
  fc.constantFrom('interpreter', 'askDirectly', 'believe', 'nope', '__proto__').map((optionId) => ({ type: 'option.choose' as const, optionId })),
  fc.constant({ type: 'step.next' as const }),
  fc.constant({ type: 'step.next' as const }),
  fc.record({ type: fc.constant('score.set' as const), area: fc.constantFrom(...rubricAreas), score: fc.integer({ min: -1, max: 5 }) }),
  fc.constant({ type: 'observer.finish' as const }),
  fc.constant({ type: 'back' as const }),
  fc.constant({ type: 'again' as const }),
  fc.constant({ type: 'restart' as const }),
);

// fast-check's default is 100 runs; the machine's invariants are checked over 1,000 each.
const params = { numRuns: 1000 };

describe('practiceMachine: properties', () => {
  it('reaches a debrief from any sequence of choices in any built-in scenario, emitting complete once', () => {
    fc.assert(
      fc.property(scenario, picks, (s, indexes) => {
        const p = startPractice();
        p.send({ type: 'scenario.pick', scenario: s }, { type: 'mode.choose', mode: 'simulated' });
        p.play((options, i) => options[indexes[i]! % options.length]!.id);
        expect(p.state()).to.match(/^debrief\./);
        expect(p.emitted).to.have.length(1);
        const scores = Object.values(p.emitted[0]!.scores);
        expect(scores.every((n) => Number.isInteger(n) && n >= 0 && n <= 4)).to.equal(true);
      }),
      params,
    );
  });

  it('never gives a risk scenario a good debrief without the safety choice', () => {
    fc.assert(
      fc.property(riskScenario, picks, (s, indexes) => {
        const p = startPractice();
        p.send({ type: 'scenario.pick', scenario: s }, { type: 'mode.choose', mode: 'simulated' });
        p.play((options, i) => {
          // Never the option that opens the safety steps; anything else, good or bad.
          const others = options.filter((o) => !o.opensSafetySteps);
          return others[indexes[i]! % others.length]!.id;
        });
        const debrief = p.context().debrief!;
        expect(debrief.overall).to.not.equal('good');
        expect(debrief.safetyMissed).to.equal(true);
        expect(p.state()).to.equal('debrief.safetyMissed');
      }),
      params,
    );
  });

  it('never throws, always sits in a known state, and emits only the scenario id, mode and scores', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        const p = startPractice();
        p.send(...events);
        expect(knownStates).to.include(p.state());
        expect(p.actor.getSnapshot().status).to.equal('active');
        for (const e of p.emitted) expect(Object.keys(e)).to.deep.equal(['type', 'scenarioId', 'mode', 'scores']);
        // A debrief is only ever shown for a scenario, and a step only within the scenario's steps.
        const c = p.context();
        if (p.state() !== 'picking') expect(c.scenario).to.not.equal(null);
        if (c.scenario) expect(c.stepIndex).to.be.within(0, c.scenario.steps.length - 1);
        expect(c.choices.length).to.be.at.most(c.stepIndex + 1);
      }),
      params,
    );
  });
});
