import { readKeys, readList } from '../base/parse-helpers.js';
import { IssueLog, joinPath, listNames } from '../base/parse-messages.js';
import { isList, isRecord, readOwn, unreadable, type Field } from '../base/parse-values.js';

// A draft holds conversation content, so unlike the config readers (which quote 40 characters of a bad
// value back to the HR admin) nothing here ever repeats a value: messages say what kind of thing was
// found, never what it said. Text is also kept exactly as typed: not trimmed, empty allowed.

/** Reads one value of a draft, logging every problem; undefined when the value cannot be used. */
export type Reader<T> = (f: Field, log: IssueLog) => T | undefined;

/** What a value is, in plain words, without ever repeating it. */
export function kindOf(value: unknown): string {
  if (value === unreadable) return 'something that could not be read';
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (isList(value)) return 'a list [ … ]';
  switch (typeof value) {
    case 'string': return value === '' ? 'empty text' : 'text';
    case 'number': return Number.isFinite(value) ? 'a number' : 'a number that is not valid';
    case 'boolean': return 'true or false';
    case 'object': return 'a group { … }';
    default: return `a ${typeof value}`;
  }
}

/** Logs "expected X, got <kind>" and gives undefined, so readers can `return expected(...)`. */
export function expected(f: Field, log: IssueLog, what: string): undefined {
  log.error(f.path, `expected ${what}, got ${kindOf(f.value)}`);
  return undefined;
}

/** Text of at most `max` characters, kept exactly as typed (spaces and empty text included). */
export function text(max: number): Reader<string> {
  return (f, log) => {
    if (typeof f.value !== 'string') return expected(f, log, 'text');
    if (f.value.length > max) return void log.error(f.path, `expected at most ${max} characters, got ${f.value.length}`);
    return f.value;
  };
}

/** An id: text of 1 to 100 characters with no control characters. */
export const id: Reader<string> = (f, log) => {
  const value = text(100)(f, log);
  if (value === undefined) return undefined;
  // A control character in an id means the draft was not written by the guide.
  if (value === '' || /[\u0000-\u001F\u007F]/.test(value)) return expected(f, log, 'an id of 1 to 100 letters, digits or signs');
  return value;
};

/** `true` or `false`. */
export const bool: Reader<boolean> = (f, log) => (typeof f.value === 'boolean' ? f.value : expected(f, log, 'true or false'));

/** A whole number from `min` to `max`. */
export function count(min: number, max: number): Reader<number> {
  return (f, log) => {
    const value = f.value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
    return expected(f, log, `a whole number from ${min} to ${max}`);
  };
}

/** One of a fixed set of words, compared exactly. */
export function oneOf<T extends string>(allowed: readonly T[]): Reader<T> {
  return (f, log) => {
    if (typeof f.value === 'string' && (allowed as readonly string[]).includes(f.value)) return f.value as T;
    const got = typeof f.value === 'string' ? 'text that is not one of them' : kindOf(f.value);
    return void log.error(f.path, `expected one of ${listNames(allowed)}, got ${got}`);
  };
}

/** `null`, or a value `inner` accepts. */
export function nullable<T>(inner: Reader<T>): Reader<T | null> {
  return (f, log) => (f.value === null ? null : inner(f, log));
}

/** A list of at most `max` items, each read by `item`; undefined when any item is bad. */
export function listOf<T>(max: number, item: Reader<T>): Reader<T[]> {
  return (f, log) => {
    if (!isList(f.value)) return expected(f, log, 'a list [ … ]');
    const before = log.errors.length;
    const out = readList(f, log, { max }, (entry) => item(entry, log));
    return out !== undefined && log.errors.length === before ? out : undefined;
  };
}

/** `{ key: value }` with at most `max` keys, each of at most 100 characters, each value read by `item`. */
export function mapOf<T>(max: number, item: Reader<T>): Reader<Record<string, T>> {
  return (f, log) => {
    if (!isRecord(f.value)) return expected(f, log, 'a group { … }');
    const before = log.errors.length;
    // readKeys skips (and warns about) __proto__, constructor and prototype, so `out` stays plain.
    const keys = readKeys({ value: f.value, path: f.path }, log, max);
    const out: Record<string, T> = {};
    for (const key of keys ?? []) {
      const path = joinPath(f.path, key);
      if (key.length > 100) log.error(path, 'expected a name of at most 100 characters');
      const value = item({ value: readOwn(f.value, key), path }, log);
      if (value !== undefined) out[key] = value;
    }
    return keys !== undefined && log.errors.length === before ? out : undefined;
  };
}

/** Every reader of an object's fields, by name. */
export type Readers<T> = { readonly [K in keyof T]-?: Reader<T[K]> };

/**
 * An object with the fields `readers` names, each required; other keys are ignored. With `fallback`,
 * a missing field takes the fallback's value and a warning instead of an error.
 */
export function objectOf<T extends object>(readers: Readers<T>, fallback?: T): Reader<T> {
  return (f, log) => {
    if (!isRecord(f.value)) return expected(f, log, 'a group { … }');
    const before = log.errors.length;
    // Listing the keys finds an object that cannot be read at all (one error, not one per field) and
    // warns about __proto__ and its kind; the fields themselves are then read by name only.
    if (!readKeys({ value: f.value, path: f.path }, log, 10_000, 'fields')) return undefined;
    const out: Partial<T> = {};
    for (const key of Object.keys(readers) as (keyof T & string)[]) {
      const field = { value: readOwn(f.value, key), path: joinPath(f.path, key) };
      if (field.value === undefined && fallback) {
        log.warn(field.path, 'is missing, so it starts as in a new conversation');
        out[key] = structuredClone(fallback[key]);
      } else out[key] = readers[key](field, log);
    }
    return log.errors.length === before ? (out as T) : undefined;
  };
}

/** The field `key` of `obj`, for a reader; an object that is not one gives nothing to read. */
export function fieldOf(obj: Field, key: string): Field {
  return { value: isRecord(obj.value) ? readOwn(obj.value, key) : undefined, path: joinPath(obj.path, key) };
}
