import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countingList } from '../content/test-helpers/parser-fuzz.js';
import { createDraft, draftLimits, parseDraft, type DraftParseResult } from './draft.js';
import { expectRefused, expectRestored, filledContext, restorable, storedDraft, watchWebStorage } from './test-helpers.js';

// Random, broken and hostile drafts: parseDraft must always answer, in the same shape, and never
// repeat what the user typed in a message or a path.

const now = new Date('2026-11-26T10:32:00.000Z');

// Every place a value sits in a draft, as a path of keys from its top.
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => leafPaths(child, [...path, key]))];
}

function freshDraft(mark?: string): Record<string | number, unknown> {
  return JSON.parse(JSON.stringify(createDraft(filledContext(mark), now)));
}

const targets = leafPaths(freshDraft());

// Sets one target to `value` (or, with `key`, adds that key beside it) in a fresh draft.
function mutate(path: (string | number)[], value: unknown, key?: string, mark?: string): unknown {
  const draft = freshDraft(mark);
  if (path.length === 0) return key === undefined ? value : { ...draft, [key]: value };
  let node = draft;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const target = node[last];
  if (key === undefined || typeof target !== 'object' || target === null) node[last] = value;
  // An array refuses a `length` that is not a count; the draft is then passed on unchanged.
  else if (!Array.isArray(target) || key !== 'length' || (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 2 ** 32)) (target as Record<string, unknown>)[key] = value;
  return draft;
}

const anyValue = fc.anything({
  withBigInt: true, withNullPrototype: true, withSparseArray: true, withMap: true, withSet: true, withDate: true,
  withBoxedValues: true, withTypedArray: true, withObjectString: true,
});
const nasty = fc.constantFrom('', ' ', '__proto__', 'constructor', 'x'.repeat(25_000), 'plan', 'staff', '2026-13-45', '\u202Eevil', -1, 1.5, 2 ** 60, NaN, null, [], {});
const mutations = fc.tuple(fc.constantFrom(...targets), fc.oneof(anyValue, fc.string(), nasty, fc.integer()), fc.option(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'schemaVersion')), { nil: undefined }));

function expectClearAnswer(result: DraftParseResult): void {
  expect(result.ok).to.be.a('boolean');
  expect(result.warnings).to.be.an('array');
  const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (result.ok) expect(result.value.context.stage).to.be.a('string');
  else {
    expect(result.errors).to.not.be.empty;
    expect(result.recovered).to.be.an('array');
    for (const r of result.recovered) expect([typeof r.label, typeof r.text]).to.deep.equal(['string', 'string']);
  }
  for (const issue of issues) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
    // The last-resort catch in parseDraft means a reader threw: a bug, whatever the input.
    expect(issue.message).to.not.include('unexpected problem');
  }
}

describe('parseDraft fuzzed', () => {
  let checkWebStorage: () => void;
  beforeEach(() => (checkWebStorage = watchWebStorage()));
  afterEach(() => checkWebStorage());

  it('accepts the unmutated draft used by the fuzzing', () => {
    expect(parseDraft(freshDraft())).to.deep.include({ ok: true, warnings: [] });
  });

  it('never throws on any value, and always answers in the same shape', () => {
    fc.assert(fc.property(anyValue, (input) => expectClearAnswer(parseDraft(input))), { numRuns: 2000 });
  });

  it('never throws on a valid draft with one field changed or one key added', () => {
    let refused = 0;
    fc.assert(fc.property(mutations, ([path, value, key]) => {
      const result = parseDraft(mutate(path, value, key));
      expectClearAnswer(result);
      if (!result.ok) refused++;
    }), { numRuns: 2000 });
    // The check above means something only if many mutations broke the draft.
    expect(refused).to.be.above(500);
  });

  it('never puts typed text in a message or a path, whatever field is broken and however', () => {
    const marker = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 '), { minLength: 8, maxLength: 40 }).map((c) => `ZQX${c.join('')}`);
    const breakage = fc.constantFrom('asText', 'asLongText', 'asKey', 'asList', 'asNumber');
    let refused = 0;
    fc.assert(fc.property(fc.constantFrom(...targets), marker, breakage, (path, mark, how) => {
      // Every typed field of the draft holds the marker, and one field more is broken with it.
      const value = how === 'asText' ? mark : how === 'asLongText' ? mark.repeat(2000) : how === 'asList' ? [mark, { text: mark }] : how === 'asNumber' ? 12 : {};
      const result = parseDraft(mutate(path, value, how === 'asKey' ? 'extra' : undefined, mark));
      const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
      if (!result.ok) refused++;
      for (const issue of issues) {
        expect(`${issue.path} ${issue.message}`, 'an issue repeats typed text').to.not.include(mark.slice(0, 11));
      }
    }), { numRuns: 1000 });
    expect(refused).to.be.above(300);
  });

  it('recovers every typed text of a draft it refuses', () => {
    let refused = 0;
    fc.assert(fc.property(fc.constantFrom(...targets), fc.constantFrom(42, 'plan', null, {}, []), (path, value) => {
      const draft = mutate(path, value, undefined, 'KEEPME');
      const result = parseDraft(draft);
      if (result.ok) return;
      refused++;
      // Whatever typed text the mutation left in the draft is offered back, every piece of it.
      const left = JSON.stringify(draft).split('KEEPME').length - 1;
      expect(result.recovered.map((r) => r.text).join('\n').split('KEEPME').length - 1).to.equal(left);
    }), { numRuns: 500 });
    expect(refused).to.be.above(100);
  });
});

describe('parseDraft with hostile input', () => {
  let checkWebStorage: () => void;
  beforeEach(() => (checkWebStorage = watchWebStorage()));
  afterEach(() => checkWebStorage());

  it('ignores unknown keys and __proto__, and changes no prototype', () => {
    const text = JSON.stringify(createDraft(filledContext(), now))
      .replace('{"schemaVersion"', '{"__proto__":{"polluted":1},"extra":1,"schemaVersion"')
      .replace('"agreed":{', '"agreed":{"__proto__":{"polluted":2},')
      .replace('"stage"', '"__proto__":{"polluted":3},"unknown":"x","stage"');
    const result = parseDraft(JSON.parse(text));
    const context = expectRestored(result);
    expect(context).to.deep.equal(restorable(filledContext()));
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['state.__proto__', 'state.agreed.__proto__']);
    expect(Object.getPrototypeOf(context.agreed)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('answers for Proxies whose traps throw, revoked Proxies and cyclic objects', () => {
    const trap = () => { throw new Error('no'); };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    expectRefused(parseDraft(hostile));
    const inState = storedDraft();
    inState.state.reviews = hostile;
    inState.state.actions = [hostile];
    const result = expectRefused(parseDraft(inState));
    expect(result.errors.map((e) => e.path)).to.deep.equal(['state.reviews', 'state.actions[0]']);
    expect(result.recovered.map((r) => r.label)).to.include('agreed.checkIn');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectRefused(parseDraft(proxy));
    const cyclic = storedDraft();
    cyclic.state.self = cyclic;
    cyclic.state.agreed = cyclic;
    (cyclic.state.actions as unknown[]).push(cyclic);
    const refused = expectRefused(parseDraft(cyclic));
    expect(refused.recovered.map((r) => r.label)).to.include('actions[0].text');
  });

  it('reads no further than the cap of a list that claims a million items', () => {
    const { list, seen } = countingList(1_000_000);
    const draft = storedDraft();
    draft.state.services = list;
    const started = performance.now();
    expectRefused(parseDraft(draft));
    expect(performance.now() - started).to.be.below(2000);
    // The parser stops at the cap, and the rescue walk passes over services: they are never typed.
    expect(seen.highest).to.equal(draftLimits.services - 1);
  });
});
