import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ParseIssue, ParseResult } from '../trust-config.js';

// What the fuzz tests of every parser share: strange values to throw at it, a way to change one field of a
// valid input, the checks that an answer is well formed, and the check that messages never echo much input.

/** Where a mutation may land: a path of keys from the top of a valid input. */
export type Target = readonly (string | number)[];

/** Any value fast-check can make, including BigInt, Maps, Sets, typed arrays and null prototypes. */
export const anyValue = fc.anything({
  withBigInt: true, withNullPrototype: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withBoxedValues: true, withTypedArray: true,
});

/** A fresh valid input with one target set to `value` (or, with `key`, a key added there). */
export function mutateAt(fresh: () => Record<string | number, unknown>, path: Target, value: unknown, key?: string): unknown {
  const input = fresh();
  if (path.length === 0) return key === undefined ? value : { ...input, [key]: value };
  let node = input;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  // A list's length can only be a count (fast-check's strings include "length"): there the value replaces the list.
  const settable = key !== undefined && !(Array.isArray(node[last]) && key === 'length');
  if (settable && typeof node[last] === 'object' && node[last] !== null) (node[last] as Record<string, unknown>)[key] = value;
  else node[last] = value;
  return input;
}

/**
 * Near-valid changes to try: a target; a value to put there (any value, text, one of `nastyStrings`, a whole number,
 * or one of `more`); and, now and then, a key to add there instead.
 */
export function mutationsAt(targets: readonly Target[], nastyStrings: fc.Arbitrary<string>, ...more: fc.Arbitrary<unknown>[]) {
  return fc.tuple(
    fc.constantFrom(...targets),
    fc.oneof(anyValue, fc.string(), nastyStrings, fc.integer(), ...more),
    fc.option(fc.oneof(fc.string(), nastyStrings), { nil: undefined }),
  );
}

/** The errors `parse` finds in an input (none when it accepts it), failing unless its answer is well formed. */
export function errorsWith<T>(parse: (input: unknown) => ParseResult<T>, expectWellFormed: (result: ParseResult<T>) => void) {
  return (input: unknown): ParseIssue[] => {
    const result = parse(input);
    expectWellFormed(result);
    return result.ok ? [] : result.errors;
  };
}

/** The answer has the promised shape: errors when not ok, and every issue a path and a message. */
export function expectWellFormedResult<T>(result: ParseResult<T>, checkValue: (value: T) => void): void {
  expect(result.ok).to.be.a('boolean');
  expect(result.warnings).to.be.an('array');
  const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (!result.ok) expect(result.errors).to.not.be.empty;
  else checkValue(result.value);
  for (const issue of issues) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
    // The parsers' last-resort catch means a reader threw: that is a bug, whatever the input.
    expect(issue.message).to.not.include('unexpected problem');
  }
}

/**
 * Puts long random markers at every target, as values and as keys, and checks no message repeats more than
 * 40 characters of one. Fails too when fewer than `minEchoed` messages quoted a marker at all, because then
 * the check proved nothing.
 */
export function expectNoLongEcho<T>(parse: (input: unknown) => ParseResult<T>, targets: readonly Target[], mutate: (path: Target, value: unknown, key?: string) => unknown, minEchoed: number): void {
  const marker = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 :/.@-'), { minLength: 60, maxLength: 200 }).map((chars) => `ZQX${chars.join('')}`);
  let echoed = 0;
  fc.assert(
    fc.property(fc.constantFrom(...targets), marker, fc.boolean(), (path, mark, asKey) => {
      const result = parse(mutate(path, mark, asKey ? mark : undefined));
      const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
      const windows = Array.from({ length: mark.length - 40 }, (_, start) => mark.slice(start, start + 41));
      for (const text of issues.flatMap((i) => [i.path, i.message])) {
        if (text.includes(mark.slice(0, 20))) echoed++;
        const tooLong = windows.find((w) => text.includes(w));
        expect(tooLong, `"${text}" repeats 41 characters of the marker`).to.equal(undefined);
      }
    }),
    { numRuns: 2000 },
  );
  expect(echoed).to.be.above(minEchoed);
}

/**
 * A Proxy standing for a list of `length` items that records the highest index read in `seen.highest` (-1 until
 * one is read). Reading an index gives `item(index)` when `item` is given, else the empty slot.
 */
export function countingList(length: number, item?: (index: string) => unknown) {
  const seen = { highest: -1 };
  const list = new Proxy(new Array(length), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        seen.highest = Math.max(seen.highest, Number(key));
        if (item) return item(key);
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, seen };
}
