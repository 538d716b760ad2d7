import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import example from '../../demo/scenarios/example-scenario.json' with { type: 'json' };
import { parseScenario } from './parse-scenario.js';
import type { Scenario } from './scenario-types.js';
import { anyValue, countingList, errorsWith, expectNoLongEcho, expectWellFormedResult, mutateAt, mutationsAt, type Target } from './test-helpers/parser-fuzz.js';
import type { ParseResult } from './trust-config.js';

// Hostile and random input: the parser must answer, never throw, and never echo much of what it was given.

function validFile(): Record<string | number, unknown> {
  return JSON.parse(JSON.stringify(example));
}

// Where a mutation may land: a path of keys from the top of the example file.
const targets: Target[] = [
  [], ['schemaVersion'], ['id'], ['title'], ['title', 'en-GB'], ['summary'], ['persona'], ['persona', 'name'], ['persona', 'background', 'en-GB'],
  ['situation'], ['goodPractice'], ['rolePlayerBrief'], ['risk'], ['startOpenness'], ['steps'], ['steps', 0], ['steps', 1, 'id'],
  ['steps', 1, 'moment'], ['steps', 1, 'options'], ['steps', 1, 'options', 0], ['steps', 1, 'options', 0, 'id'], ['steps', 1, 'options', 2, 'text'],
  ['steps', 2, 'options', 1, 'feedback'], ['steps', 0, 'options', 0, 'replies'], ['steps', 1, 'options', 0, 'replies', 'open'],
  ['steps', 1, 'options', 1, 'mistake'], ['steps', 1, 'options', 0, 'opensSafetySteps'], ['steps', 2, 'options', 0, 'openness'],
  ['steps', 2, 'options', 0, 'rubric'], ['steps', 2, 'options', 0, 'rubric', 'consent'],
];

const mutate = (path: Target, value: unknown, key?: string) => mutateAt(validFile, path, value, key);

const nastyStrings = fc.constantFrom('', '   ', 'lots', 'javascript:alert(1)', '__proto__', 'constructor', '<script>x</script>', '{{name}}', 'x'.repeat(5000), '\u202Eevil', 'en-GB', 'suicide');
const mutations = mutationsAt(targets, nastyStrings, fc.double());

function expectWellFormed(result: ParseResult<Scenario>): void {
  expectWellFormedResult(result, (value) => expect(value.steps.length).to.be.above(0));
}

const errorsOf = errorsWith((input) => parseScenario(input), expectWellFormed);

describe('parseScenario with hostile input', () => {
  it('refuses a huge text quickly, quoting at most 40 characters of it', () => {
    const started = performance.now();
    const errors = errorsOf({ ...validFile(), id: 'y'.repeat(1_000_000), title: 'x'.repeat(5_000_000) });
    expect(performance.now() - started).to.be.below(1000);
    expect(errors).to.deep.equal([
      { path: 'id', message: `expected an id like "nightShiftPorter": a small letter, then 1 to 39 letters or digits, got "${'y'.repeat(40)}…"` },
      { path: 'title', message: 'expected at most 120 characters, got 5000000' },
    ]);
  });

  it('refuses a million steps without reading past the cap', () => {
    const { list: steps, seen } = countingList(1_000_000);
    const started = performance.now();
    const errors = errorsOf({ ...validFile(), steps });
    expect(performance.now() - started).to.be.below(1000);
    expect(errors[0]).to.deep.equal({ path: 'steps', message: 'expected at most 12 items, got 1000000; only the first 12 were checked' });
    expect(seen.highest).to.equal(11);
  });

  it('survives deep nesting wherever it is put', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep, 'en-GB': deep, guarded: deep, setting: deep };
    const input = validFile() as { steps: { options: Record<string, unknown>[] }[] } & Record<string, unknown>;
    input.title = deep;
    input.steps[0]!.options[0]!.replies = deep;
    input.steps[0]!.options[1]!.rubric = deep;
    const errors = errorsOf(input);
    expect(errors.find((e) => e.path === 'title["en-GB"]')?.message).to.include('expected text, got a group of config fields');
    expect(errors.find((e) => e.path === 'steps[0].options[1].rubric.setting')?.message).to.include('expected a number from -2 to 2');
  });

  it('reports a Proxy whose getters throw, and one whose every trap throws, without throwing', () => {
    const throwing = new Proxy(validFile(), { get() { throw new Error('no'); } });
    expect(errorsOf(throwing).find((e) => e.path === 'id')?.message).to.include('could not be read');
    const trap = () => { throw new Error('no'); };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    expect(errorsOf(hostile).map((e) => e.path)).to.include('scenario');
    const input = validFile() as { steps: unknown[] };
    input.steps[1] = hostile;
    expect(errorsOf(input).map((e) => e.path)).to.include('steps[1]');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(proxy).map((e) => e.path)).to.include('scenario');
    expect(errorsOf({ ...validFile(), steps: proxy }).map((e) => e.path)).to.include('steps');
  });

  it('survives a cyclic file', () => {
    const cyclic = validFile() as Record<string, unknown> & { steps: Record<string, unknown>[] };
    cyclic.persona = cyclic;
    cyclic.steps[0]!.options = [cyclic, cyclic];
    expectWellFormed(parseScenario(cyclic));
  });
});

describe('parseScenario fuzzed', () => {
  it('accepts the unmutated file used by the fuzzing', () => {
    expect(parseScenario(validFile())).to.deep.include({ ok: true, warnings: [] });
  });

  it('never throws on any value, and always answers in the same shape', () => {
    fc.assert(fc.property(fc.anything(), (input) => expectWellFormed(parseScenario(input))), { numRuns: 2000 });
  });

  it('never throws on stranger values either: BigInt, Maps, typed arrays, null prototypes', () => {
    fc.assert(fc.property(anyValue, (input) => expectWellFormed(parseScenario(input))), { numRuns: 2000 });
  });

  it('never throws on a near-valid file with one field changed or one key added', () => {
    fc.assert(fc.property(mutations, ([path, value, key]) => expectWellFormed(parseScenario(mutate(path, value, key)))), { numRuns: 2000 });
  });

  it('never repeats more than 40 characters of a value or key in a message', () => {
    expectNoLongEcho(parseScenario, targets, mutate, 300);
  });
});
