import { languageTag, readList, readRecord, type Fields } from '../base/parse-helpers.js';
import { IssueLog, joinPath, listNames, suggestion } from '../base/parse-messages.js';
import { isList, isRecord, unreadable, type Field } from '../base/parse-values.js';
import { isIsoDate } from '../base/calendar.js';

// The readers a stored record is built from. A record holds the staff member's own words, so no message
// here ever repeats a value: only where it is and what was expected.

/** The caps a stored record must keep to: text lengths in characters, lists in items. */
export const recordLimits = { text: 2000, name: 200, scriptVersion: 100, review: 100, topics: 100, actions: 100, adjustments: 100, services: 200 } as const;

const itemId = { pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, what: 'an id of letters, digits, dots, colons, hyphens or underscores, up to 100' };
export const topicId = { pattern: /^[a-z][a-zA-Z0-9]{1,39}$/, what: 'a topic id like "sleepEnergy"' };
export const serviceId = { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/i, what: 'a service id like "eap"' };
const dateWhat = 'a date written YYYY-MM-DD, like 2027-06-01';

// What a value is, never what it says.
export function kind(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (isList(value)) return 'a list [ … ]';
  return typeof value === 'object' ? 'a group { … }' : 'a value that is not JSON';
}

// Reports an unreadable, missing or null value; true when there is a value to check.
export function given(f: Field, log: IssueLog, required: boolean, what: string): boolean {
  if (f.value === unreadable) log.error(f.path, `could not be read; expected ${what}`);
  else if (f.value === undefined || f.value === null) {
    if (required) log.error(f.path, `expected ${what}, ${f.value === null ? 'got null' : 'but it is missing'}`);
  } else return true;
  return false;
}

// Trimmed text of 1 to `max` characters; empty optional text counts as not given.
export function readText(f: Field, log: IssueLog, max: number, required = false): string | undefined {
  const what = `text of at most ${max} characters`;
  if (!given(f, log, required, what)) return undefined;
  if (typeof f.value !== 'string') return void log.error(f.path, `expected ${what}, got ${kind(f.value)}`);
  const text = f.value.trim();
  if (text === '' && required) log.error(f.path, `expected ${what}, got empty text`);
  else if (text.length > max) log.error(f.path, `expected ${what}, got ${text.length} characters`);
  else if (text !== '') return text;
  return undefined;
}

// One of a fixed set of words; a near miss is named ("did you mean") but the value is never repeated.
export function readChoice<T extends string>(f: Field, log: IssueLog, allowed: readonly T[], required = true): T | undefined {
  const what = `one of ${listNames(allowed)}`;
  if (!given(f, log, required, what)) return undefined;
  if (typeof f.value === 'string' && (allowed as readonly string[]).includes(f.value)) return f.value as T;
  const near = typeof f.value === 'string' ? suggestion(f.value.slice(0, 40), allowed) : '';
  return void log.error(f.path, `expected ${what}, got ${typeof f.value === 'string' ? 'other text' : kind(f.value)}${near}`);
}

// Text that must match a rule (an id, a date, a language); `''` counts as not given when optional.
function readMatch(f: Field, log: IssueLog, what: string, valid: (s: string) => boolean, required = true): string | undefined {
  if (!given(f, log, required, what)) return undefined;
  if (typeof f.value === 'string' && f.value === '' && !required) return undefined;
  if (typeof f.value === 'string' && f.value.length <= 100 && valid(f.value)) return f.value;
  const got = typeof f.value === 'string' ? 'text that is not one' : kind(f.value);
  return void log.error(f.path, `expected ${what}, got ${got}`);
}

export const readDate = (f: Field, log: IssueLog, required = false) => readMatch(f, log, dateWhat, isIsoDate, required);
export const readItemId = (f: Field, log: IssueLog, rule = itemId) => readMatch(f, log, rule.what, (s) => rule.pattern.test(s));

// A language tag in its usual spelling: `en-gb` is read as `en-GB`.
export function readLanguage(f: Field, log: IssueLog, required = false): string | undefined {
  const tag = readMatch(f, log, 'a language code like en-GB or cy', (s) => languageTag(s) !== undefined, required);
  return tag === undefined ? undefined : languageTag(tag);
}

// A group { … } of known keys. The kind is checked here first, so no helper ever quotes a wrong value.
export function readGroup(f: Field, log: IssueLog, known: readonly string[], what: string, required = true): Fields | undefined {
  if (!given(f, log, required, what)) return undefined;
  if (!isRecord(f.value)) return void log.error(f.path, `expected ${what}, got ${kind(f.value)}`);
  return readRecord(f, log, known, { required, what });
}

/** How to read one list of a record: its cap, its items' keys, and what an item is called. */
export interface ItemRule<T> {
  readonly max: number;
  readonly keys: readonly string[];
  readonly what: string;
  readonly read: (f: Fields, log: IssueLog) => T | undefined;
}

// A list of at most `max` items with different ids; as above, its kind is checked before the shared
// reader sees it. An empty list counts as not given.
export function readItems<T extends { id: string }>(f: Field, log: IssueLog, rule: ItemRule<T>): T[] | undefined {
  if (!given(f, log, false, `a list [ … ] of ${rule.what}`)) return undefined;
  if (!isList(f.value)) return void log.error(f.path, `expected a list [ … ] of ${rule.what}, got ${kind(f.value)}`);
  const seen = new Map<string, number>();
  const items = readList(f, log, { max: rule.max }, (entry, index) => {
    const fields = readGroup(entry, log, rule.keys, `one of the ${rule.what} { … }`);
    const value = fields ? rule.read(fields, log) : undefined;
    if (value === undefined) return undefined;
    const first = seen.get(value.id);
    if (first !== undefined) return void log.error(joinPath(entry.path, 'id'), `repeats the id of item [${first}]; each id must be different`);
    seen.set(value.id, index);
    return value;
  });
  return items?.length ? items : undefined;
}
