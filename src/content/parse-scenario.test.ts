import { expect } from '@open-wc/testing';
import example from '../../demo/scenarios/example-scenario.json' with { type: 'json' };
import { parseScenario, scenarioLimits } from './parse-scenario.js';
import type { Scenario } from './scenario-types.js';
import type { ParseIssue } from './trust-config.js';

// A fresh, deep copy of the example file each time, for one change per test.
function file(): any {
  return JSON.parse(JSON.stringify(example));
}

function errorsOf(input: unknown): ParseIssue[] {
  const result = parseScenario(input);
  expect(result.ok, 'expected the scenario to be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

function parsed(input: unknown): { value: Scenario; warnings: ParseIssue[] } {
  const result = parseScenario(input);
  expect(result.ok, `expected no errors, got ${JSON.stringify(result.ok ? [] : result.errors)}`).to.equal(true);
  return result.ok ? result : (undefined as never);
}

function expectIssue(issues: readonly ParseIssue[], path: string, ...fragments: string[]): void {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path} in ${JSON.stringify(issues)}`).to.exist;
  for (const fragment of fragments) expect(issue!.message).to.include(fragment);
}

describe('parseScenario', () => {
  it('accepts the example file with no errors and no warnings, its words wrapped as text', () => {
    const { value, warnings } = parsed(example);
    expect(warnings).to.deep.equal([]);
    expect(value.id).to.equal('backFromSickLeave');
    expect(value.title).to.deep.equal({ text: { 'en-GB': 'Back after sick leave' } });
    expect(value.steps.map((s) => s.options.length)).to.deep.equal([3, 3, 3]);
    expect(value.steps[0]!.options[1]).to.deep.include({ id: 'allGood', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 } });
    expect(value.steps[0]!.options[0]!.replies).to.have.keys(['opening']);
    expect(value.startOpenness).to.equal(3);
  });

  it('accepts text written once, and text per language, and defaults the start to 3', () => {
    const input = file();
    input.title = 'Back after sick leave';
    input.summary = { 'en-gb': 'Sam is back', cy: 'Mae Sam yn ôl' };
    delete input.startOpenness;
    const { value } = parsed(input);
    expect(value.title).to.deep.equal({ text: 'Back after sick leave' });
    expect(value.summary).to.deep.equal({ text: { 'en-GB': 'Sam is back', cy: 'Mae Sam yn ôl' } });
    expect(value.startOpenness).to.equal(3);
  });

  it('builds fresh objects, so changing the file later changes nothing', () => {
    const input = file();
    const { value } = parsed(input);
    input.steps[0].options[0].rubric.purpose = -2;
    input.persona.name['en-GB'] = 'Changed';
    expect(value.steps[0]!.options[0]!.rubric.purpose).to.equal(2);
    expect(value.persona.name).to.deep.equal({ text: { 'en-GB': 'Sam Taylor' } });
  });

  describe('mistakes, each reported at its exact path', () => {
    it('a rubric score that is not a number from -2 to 2', () => {
      const input = file();
      input.steps[2].options[1].rubric = { consent: 'lots', followUp: 3 };
      const errors = errorsOf(input);
      expect(errors).to.deep.include({ path: 'steps[2].options[1].rubric.consent', message: 'expected a number from -2 to 2, got "lots"' });
      expect(errors).to.deep.include({ path: 'steps[2].options[1].rubric.followUp', message: 'expected a number from -2 to 2, got 3' });
    });

    it('a rubric area that does not exist, with a suggestion', () => {
      const input = file();
      input.steps[0].options[0].rubric = { openQuestion: 2 };
      expectIssue(errorsOf(input), 'steps[0].options[0].rubric.openQuestion', 'is not a rubric area', 'did you mean "openQuestions"');
    });

    it('missing words, and words of the wrong kind', () => {
      const input = file();
      delete input.title;
      input.persona.name = 42;
      input.steps[1].moment = { cy: 'Dim ond Cymraeg' };
      const errors = errorsOf(input);
      expectIssue(errors, 'title', 'but it is missing');
      expectIssue(errors, 'persona.name', 'got 42');
      expectIssue(errors, 'steps[1].moment', 'needs an "en-GB" entry');
    });

    it('an id that is not a plain camelCase word', () => {
      expectIssue(errorsOf({ ...file(), id: 'Back from sick leave' }), 'id', 'a small letter, then 1 to 39 letters or digits', 'got "Back from sick leave"');
    });

    it('a step with no good option, or two', () => {
      const none = file();
      none.steps[1].options[0].mistake = 'fixing';
      expectIssue(errorsOf(none), 'steps[1].options', 'needs one good option');
      const two = file();
      delete two.steps[1].options[2].mistake;
      expectIssue(errorsOf(two), 'steps[1].options', 'exactly one good option', 'got 2: "sayBack", "toughItOut"');
    });

    it('an unknown mistake, with a suggestion', () => {
      const input = file();
      input.steps[0].options[1].mistake = 'closedQuestions';
      expectIssue(errorsOf(input), 'steps[0].options[1].mistake', 'expected one of closedQuestion', 'did you mean "closedQuestion"');
    });

    it('ids used twice among steps, and among the options of a step', () => {
      const input = file();
      input.steps[2].id = 'begin';
      input.steps[1].options[1].id = 'sayBack';
      const errors = errorsOf(input);
      expectIssue(errors, 'steps[2].id', '"begin" is already the id of steps[0]');
      expectIssue(errors, 'steps[1].options[1].id', '"sayBack" is already the id of steps[1].options[0]');
    });

    it('openness outside -2 to 2, and a start outside 0 to 10', () => {
      const input = file();
      input.steps[0].options[0].openness = 5;
      input.startOpenness = '3';
      const errors = errorsOf(input);
      expect(errors).to.deep.include({ path: 'steps[0].options[0].openness', message: 'expected a number from -2 to 2, got 5' });
      expect(errors).to.deep.include({ path: 'startOpenness', message: 'expected a number from 0 to 10, got "3"' });
    });

    it('replies under a band that does not exist, or none at all', () => {
      const input = file();
      input.steps[0].options[0].replies = { gaurded: { 'en-GB': 'Hello' } };
      input.steps[0].options[1].replies = {};
      const errors = errorsOf(input);
      expectIssue(errors, 'steps[0].options[0].replies.gaurded', 'is not a band', 'did you mean "guarded"');
      expectIssue(errors, 'steps[0].options[1].replies', 'needs a reply for at least one band');
    });

    it('a risk scenario with no option that opens the safety steps', () => {
      expectIssue(errorsOf({ ...file(), risk: 'suicide' }), 'steps', 'has the risk "suicide"', '"opensSafetySteps": true');
    });

    it('safety steps on a mistake, and safety steps that are not true or false', () => {
      const input = { ...file(), risk: 'domesticAbuse' };
      input.steps[1].options[0].opensSafetySteps = true;
      input.steps[1].options[1].opensSafetySteps = true;
      input.steps[2].options[0].opensSafetySteps = 'yes';
      const errors = errorsOf(input);
      expectIssue(errors, 'steps[1].options[1].opensSafetySteps', 'only the good option');
      expectIssue(errors, 'steps[2].options[0].opensSafetySteps', 'expected true or false, got "yes"');
      expect(errors.find((e) => e.path === 'steps[1].options[0].opensSafetySteps')).to.equal(undefined);
    });

    it('an unknown risk, and a schema version from the future', () => {
      const errors = errorsOf({ ...file(), risk: 'fire', schemaVersion: 2 });
      expectIssue(errors, 'risk', 'expected one of suicide, domesticAbuse, safeguarding', 'got "fire"');
      expectIssue(errors, 'schemaVersion', 'expected 1');
    });

    it('no steps, too many steps, and too few or too many options', () => {
      expect(errorsOf({ ...file(), steps: [] })).to.deep.include({ path: 'steps', message: 'expected at least 1 step, got none' });
      const many = file();
      many.steps = Array.from({ length: scenarioLimits.steps + 1 }, (_, i) => ({ ...many.steps[0], id: `s${i}` }));
      expectIssue(errorsOf(many), 'steps', `expected at most ${scenarioLimits.steps} items, got 13`);
      const few = file();
      few.steps[0].options = few.steps[0].options.slice(0, 1);
      expectIssue(errorsOf(few), 'steps[0].options', 'expected 2 to 4 options, got 1');
      const lots = file();
      lots.steps[0].options.push(...lots.steps[1].options);
      expectIssue(errorsOf(lots), 'steps[0].options', 'expected at most 4 items, got 6');
    });

    it('text longer than its cap', () => {
      const input = file();
      input.steps[0].options[0].text = { 'en-GB': 'x'.repeat(scenarioLimits.say + 1) };
      expectIssue(errorsOf(input), 'steps[0].options[0].text["en-GB"]', `expected at most ${scenarioLimits.say} characters, got ${scenarioLimits.say + 1}`);
    });

    it('anything but a scenario object', () => {
      for (const input of [null, 'scenario', [example], 7]) expectIssue(errorsOf(input), 'scenario', 'expected a scenario');
    });
  });

  describe('warnings', () => {
    it('ignores __proto__ keys with a warning, and changes no prototype', () => {
      const json = JSON.stringify(example).replace('"schemaVersion":1', '"schemaVersion":1,"__proto__":{"polluted":1}').replace('"rubric":{"purpose":2', '"rubric":{"__proto__":{"polluted":2},"purpose":2');
      const { value, warnings } = parsed(JSON.parse(json));
      expect(warnings.map((w) => w.path)).to.deep.equal(['__proto__', 'steps[0].options[0].rubric.__proto__']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(value.steps[0]!.options[0]!.rubric)).to.equal(Object.prototype);
    });

    it('notes unknown config, safety steps without a risk, and a scenario that scores nothing', () => {
      const input = { ...file(), colour: 'blue' };
      input.steps[1].options[0].opensSafetySteps = true;
      for (const step of input.steps) for (const option of step.options) delete option.rubric;
      const { warnings } = parsed(input);
      expectIssue(warnings, 'colour', 'is not a setting the guide knows');
      expectIssue(warnings, 'steps[1].options[0].opensSafetySteps', 'has no effect');
      expectIssue(warnings, 'steps', 'the debrief will have no scores');
    });
  });
});
