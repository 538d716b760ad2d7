import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { issueCodes } from '../base/parse-result.js';
import type { ParseIssue, ParseResult, TrustConfig } from './trust-config.js';
import { parseTrustConfig } from './parse-trust-config.js';
import { anyValue, countingList, errorsWith, expectNoLongEcho, expectWellFormedResult, mutateAt, mutationsAt, type Target } from './test-helpers/parser-fuzz.js';

// Hostile and random input: the parser must answer, never throw, and never echo much of what it was given.

// A config that parses clean; every mutation below starts from a fresh copy of it.
function validConfig() {
  const text = { 'en-GB': { name: 'Parking', prompt: 'How is parking?', gentler: 'Is parking a worry?', followUps: ['Where do you park?'] } };
  return {
    schemaVersion: 1,
    organisation: { 'en-GB': 'Anytown Hospitals NHS Foundation Trust', cy: 'Ymddiriedolaeth Anytown' },
    nation: 'england',
    topics: { order: ['sleepEnergy', 'parking'], disabled: ['money'] },
    extraTopics: [{ id: 'parking', services: ['hrPolicies'], text }],
    services: [
      { id: 'eap', category: 'staffPsychologicalSupport', name: 'EAP', phone: '01632 960001', topics: ['mood'] },
      { id: 'ftsu', category: 'freedomToSpeakUp', name: 'FTSU guardian', email: 'speakup@example.nhs.uk', url: 'https://example.nhs.uk/ftsu', hours: 'Weekdays' },
    ],
    crisisOverrides: [{ id: 'samaritans', note: 'Our chaplains can also listen.' }],
    escalation: { name: 'Wellbeing hub', phone: '01632 960000' },
    overrides: { 'en-GB': { 'common:title': 'Our wellbeing conversation' } },
  };
}

// Where a mutation may land: a path of keys from the top of validConfig().
const targets: Target[] = [
  [], ['schemaVersion'], ['organisation'], ['organisation', 'en-GB'], ['organisation', 'cy'], ['nation'], ['topics'],
  ['topics', 'order'], ['topics', 'order', 0], ['topics', 'disabled', 0], ['extraTopics'], ['extraTopics', 0], ['extraTopics', 0, 'id'],
  ['extraTopics', 0, 'services', 0], ['extraTopics', 0, 'text'], ['extraTopics', 0, 'text', 'en-GB', 'name'],
  ['extraTopics', 0, 'text', 'en-GB', 'followUps', 0], ['services'], ['services', 0], ['services', 0, 'id'], ['services', 1, 'id'],
  ['services', 0, 'category'], ['services', 0, 'name'], ['services', 0, 'phone'], ['services', 1, 'email'], ['services', 1, 'url'],
  ['services', 1, 'hours'], ['services', 0, 'topics', 0], ['crisisOverrides', 0], ['crisisOverrides', 0, 'id'], ['escalation'],
  ['escalation', 'url'], ['overrides'], ['overrides', 'en-GB'], ['overrides', 'en-GB', 'common:title'],
];

const mutate = (path: Target, value: unknown, key?: string) => mutateAt(validConfig, path, value, key);

const nastyStrings = fc.constantFrom('', '   ', 'call us', 'javascript:alert(1)', '__proto__', 'constructor', '<script>x</script>', '{{total}}', 'x'.repeat(3000), '\u202Eevil', 'en-GB');
const mutations = mutationsAt(targets, nastyStrings);

function expectWellFormed(result: ParseResult<TrustConfig>): void {
  expectWellFormedResult(result, (value) => expect(value.topicOrder).to.be.an('array'));
  // Every issue also says what went wrong as a code, for the config editor to word it itself.
  for (const issue of result.ok ? result.warnings : [...result.errors, ...result.warnings]) {
    expect(issueCodes, `the code of ${JSON.stringify(issue)}`).to.include(issue.code);
  }
}

const errorsOf = errorsWith((input) => parseTrustConfig(input), expectWellFormed);

describe('parseTrustConfig with hostile input', () => {
  it('refuses anything but an object as the whole config', () => {
    const cases: [unknown, string][] = [
      [null, 'got null'], [undefined, 'but it is missing'], [42, 'got 42'], ['{}', 'got "{}"'], [[minimalConfig()], 'got a list [ … ]'],
      [10n, 'got a BigInt number'], [Symbol('x'), 'got a symbol'], [NaN, 'got a number that is not valid'], [() => minimalConfig(), 'got a function'],
    ];
    for (const [input, ending] of cases) expect(errorsOf(input)).to.deep.equal([{ path: 'config', message: `expected the config as a group { … }, ${ending}`, code: input == null ? 'required' : 'wrongType', ...(input == null ? {} : { expected: 'group' }) }]);
  });

  it('refuses a huge string quickly, quoting at most 40 characters of it', () => {
    const started = performance.now();
    const errors = errorsOf({ organisation: 'x'.repeat(5_000_000), services: [{ id: 'y'.repeat(100_000), category: 'chaplaincy', name: 'n', phone: '111' }] });
    expect(performance.now() - started).to.be.below(1000);
    expect(errors).to.deep.equal([
      { path: 'organisation', message: 'expected at most 200 characters, got 5000000', code: 'tooLong', max: 200, length: 5_000_000 },
      { path: 'services[0].id', message: `expected an id like "eap": letters, digits or hyphens, up to 40, got "${'y'.repeat(40)}…"`, code: 'notId', kind: 'service' },
    ]);
  });

  it('refuses a list of a million services without reading past the cap', () => {
    const { list, seen } = countingList(1_000_000, (key) => ({ id: `s${key}`, category: 'chaplaincy', name: 'Chaplaincy', phone: '111' }));
    const started = performance.now();
    const errors = errorsOf({ ...minimalConfig(), services: list });
    expect(performance.now() - started).to.be.below(1000);
    expect(errors).to.deep.equal([{ path: 'services', message: 'expected at most 200 items, got 1000000; only the first 200 were checked', code: 'tooMany', max: 200, count: 1_000_000 }]);
    expect(seen.highest).to.equal(199);
  });

  it('survives deep nesting wherever it is put', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep, 'en-GB': deep };
    const errors = errorsOf({ organisation: deep, services: [deep], topics: deep, extra: deep });
    expectIssue(errors, 'organisation["en-GB"]', 'expected text, got a group of config fields');
    expectIssue(errors, 'services[0].id', 'missing');
  });

  it('ignores __proto__, constructor and prototype keys and changes no prototype', () => {
    const json = '{"organisation":"A","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"services":[{"id":"eap","category":"chaplaincy","name":"n","phone":"111","__proto__":{"polluted":3}}],"overrides":{"__proto__":{"common:title":"x"},"en-GB":{"__proto__":"x","common:title":"t"}}}';
    const result = parseTrustConfig(JSON.parse(json));
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['__proto__', 'constructor', 'services[0].__proto__', 'overrides.__proto__', 'overrides["en-GB"].__proto__']);
    expect(result.warnings[0].message).to.equal('ignored: this name is reserved and cannot be used');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(result.ok && result.value.services[0])).to.equal(Object.prototype);
    expect(result.ok && result.value.overrides).to.deep.equal({ 'en-GB': { 'common:title': 't' } });
  });

  it('reports each field of a Proxy whose getters throw, and a Proxy whose every trap throws', () => {
    const throwing = new Proxy({ organisation: 'A', nation: 'wales' }, { get() { throw new Error('no'); } });
    expect(errorsOf(throwing)).to.deep.equal([
      { path: 'organisation', message: 'could not be read; expected text, or text per language like { "en-GB": "…", "cy": "…" }', code: 'unreadable' },
      { path: 'nation', message: 'could not be read; expected one of england, wales, scotland, northern-ireland', code: 'unreadable' },
    ]);
    const trap = () => { throw new Error('no'); };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    expectIssue(errorsOf(hostile), 'config', 'could not be read');
    expectIssue(errorsOf({ ...minimalConfig(), services: [hostile] }), 'services[0]', 'could not be read');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectIssue(errorsOf(proxy), 'config', 'could not be read');
  });

  it('survives a cyclic object', () => {
    const cyclic: Record<string, unknown> = { organisation: 'A' };
    cyclic.services = [cyclic];
    cyclic.escalation = cyclic;
    cyclic.self = cyclic;
    const result = parseTrustConfig(cyclic);
    expectWellFormed(result);
    expectIssue(result.ok ? [] : result.errors, 'services[0].id', 'missing');
  });
});

function minimalConfig() {
  return { organisation: 'Anytown NHS Foundation Trust' };
}

function expectIssue(issues: readonly ParseIssue[], path: string, fragment: string): void {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path} in ${JSON.stringify(issues)}`).to.exist;
  expect(issue!.message).to.include(fragment);
}

describe('parseTrustConfig fuzzed', () => {
  it('accepts the unmutated config used by the fuzzing', () => {
    expect(parseTrustConfig(validConfig(), { crisisEntryIds: ['samaritans'] })).to.deep.include({ ok: true, warnings: [] });
  });

  it('never throws on any value, and always answers in the same shape', () => {
    fc.assert(fc.property(anyValue, (input) => expectWellFormed(parseTrustConfig(input))), { numRuns: 2000 });
  });

  it('never throws on a near-valid config with one field changed or one key added', () => {
    fc.assert(fc.property(mutations, ([path, value, key]) => expectWellFormed(parseTrustConfig(mutate(path, value, key)))), { numRuns: 2000 });
  });

  it('never repeats more than 40 characters of a value or key in a message', () => {
    expectNoLongEcho(parseTrustConfig, targets, mutate, 500);
  });
});
