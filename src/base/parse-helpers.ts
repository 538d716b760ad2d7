import { IssueLog, closest, describeValue, excerpt, indexPath, joinPath, listNames, suggestion } from './parse-messages.js';
import type { IssueProblem } from './parse-result.js';
import { linkConcern } from './link-checks.js';
import { isList, isRecord, readOwn, reservedKeys, unreadable, type Field } from './parse-values.js';
import type { LocalisedText } from './localised-text.js';

// The readers every parser is built from. Inputs are written by people who are not developers and may be
// hostile or broken (Proxies, cycles, 10-million-item lists), so every read here is guarded, bounded and
// never recursive. Each reader reports its problems to an IssueLog and answers undefined rather than throw.

/** The string keys of an object, at most `max`, skipping (and warning about) reserved names; undefined when unreadable. */
export function readKeys(f: Field & { value: object }, log: IssueLog, max: number, noun = 'entries'): string[] | undefined {
  let all: (string | symbol)[];
  try {
    all = Reflect.ownKeys(f.value);
  } catch {
    log.error(f.path, 'could not be read', { code: 'unreadable' });
    return undefined;
  }
  const keys: string[] = [];
  let count = 0;
  for (const key of all) {
    if (typeof key !== 'string') continue;
    if (reservedKeys.has(key)) log.warn(joinPath(f.path, key), 'ignored: this name is reserved and cannot be used', { code: 'reservedName', key: excerpt(key) });
    else if (++count <= max) keys.push(key);
  }
  if (count > max) log.error(f.path, `expected at most ${max} ${noun}, got ${count}; only the first ${max} were checked`, { code: 'tooMany', max, count });
  return keys;
}

/** An object's config, read by name without ever touching its prototype. */
export interface Fields {
  readonly path: string;
  /** The field `key`, for a reader: `{ value, path: "services[3].key" }`. */
  at(key: string): Field;
}

/** Options shared by every reader. `what` names what was expected, in plain words. */
export interface ReadOptions {
  readonly required?: boolean;
  readonly what?: string;
}

// Reports an unreadable or missing value; true when there is a value to check.
function present(f: Field, log: IssueLog, required: boolean | undefined, what: string): boolean {
  if (f.value === unreadable) log.error(f.path, `could not be read; expected ${what}`, { code: 'unreadable' });
  else if (f.value === undefined || f.value === null) {
    if (required) log.error(f.path, `expected ${what}, ${f.value === null ? 'got null' : 'but it is missing'}`, { code: 'required' });
  } else return true;
  return false;
}

/** A group of config fields `{ … }`; warns about unknown keys (with a "did you mean") and ignores reserved ones. */
export function readRecord(f: Field, log: IssueLog, known: readonly string[], opts: ReadOptions = {}): Fields | undefined {
  const what = opts.what ?? 'a group of config fields { … }';
  if (!present(f, log, opts.required, what)) return undefined;
  const obj = f.value;
  if (!isRecord(obj)) return void log.error(f.path, `expected ${what}, got ${describeValue(obj)}`, { code: 'wrongType', expected: 'group' });
  // Own keys are listed only to spot typos; a huge object is still read by known name alone.
  const keys = readKeys({ value: obj, path: f.path }, log, 10_000, 'config');
  // An object that cannot list its keys is broken throughout: one error, not one per field.
  if (!keys) return undefined;
  const unknown = keys.filter((k) => !known.includes(k));
  for (const key of unknown.slice(0, 20)) {
    const hint = suggestion(key, known) || `; known config here are ${listNames(known)}`;
    const near = closest(key, known);
    log.warn(joinPath(f.path, key), `is not a setting the guide knows, so it was ignored${hint}`, { code: 'unknownSetting', key: excerpt(key), ...(near ? { suggestion: near } : {}) });
  }
  if (unknown.length > 20) log.warn(f.path, `${unknown.length - 20} more unknown config was ignored`, { code: 'moreUnknown', count: unknown.length - 20 });
  return { path: f.path, at: (key) => ({ value: readOwn(obj, key), path: joinPath(f.path, key) }) };
}

/** Options for text: the most characters, and whether `<` or `>` deserve a warning (names and prompts). */
export interface TextOptions extends ReadOptions {
  readonly max: number;
  readonly markup?: boolean;
}

/** Trimmed text of 1 to `max` characters. Empty optional text counts as not given. */
export function readString(f: Field, log: IssueLog, opts: TextOptions): string | undefined {
  const what = opts.what ?? 'text';
  if (!present(f, log, opts.required, what)) return undefined;
  if (typeof f.value !== 'string') return void log.error(f.path, `expected ${what}, got ${describeValue(f.value)}`, { code: 'wrongType', expected: 'text' });
  const text = f.value.trim();
  if (text === '') {
    if (opts.required) log.error(f.path, `expected ${what}, got empty text`, { code: 'required' });
    return undefined;
  }
  if (text.length > opts.max) return void log.error(f.path, `expected at most ${opts.max} characters, got ${text.length}`, { code: 'tooLong', max: opts.max, length: text.length });
  if (opts.markup && /[<>]/.test(text)) log.warn(f.path, 'contains < or >: it will be shown as typed, not as HTML', { code: 'markup' });
  return text;
}

/** A BCP 47 language tag in its usual spelling (`en-gb` → `en-GB`), or undefined. */
export function languageTag(tag: string): string | undefined {
  if (tag.length > 35 || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `{ "en-GB": …, "cy": … }` with each entry read by `entry`; `sourceLanguage` must be there when given. */
export function readLanguageMap<T>(
  f: Field, log: IssueLog, opts: ReadOptions & { max: number; sourceLanguage?: string; expected?: 'languages' | 'text' },
  entry: (f: Field) => T | undefined,
): Record<string, T> | undefined {
  const what = opts.what ?? 'a group of languages { "en-GB": … }';
  if (!present(f, log, opts.required, what)) return undefined;
  const obj = f.value;
  if (!isRecord(obj)) return void log.error(f.path, `expected ${what}, got ${describeValue(obj)}`, { code: 'wrongType', expected: opts.expected ?? 'languages' });
  const out: Record<string, T> = {};
  const seen = new Set<string>();
  const keys = readKeys({ value: obj, path: f.path }, log, opts.max, 'languages');
  if (!keys) return undefined;
  for (const key of keys) {
    const path = joinPath(f.path, key);
    const tag = languageTag(key);
    if (tag === undefined) log.error(path, 'is not a language code; use one like en-GB, cy or ur', { code: 'notLanguage', key: excerpt(key) });
    else if (seen.has(tag)) log.warn(path, `repeats the language ${tag}, so it was ignored`, { code: 'repeatedLanguage', language: tag });
    else {
      seen.add(tag);
      const value = entry({ value: readOwn(obj, key), path });
      // Tags are checked above, so no key here can be __proto__ or another reserved name.
      if (value !== undefined) out[tag] = value;
    }
  }
  if (opts.sourceLanguage && !seen.has(opts.sourceLanguage)) {
    log.error(f.path, `needs an "${opts.sourceLanguage}" entry, used whenever another language has no text`, { code: 'needsLanguage', language: opts.sourceLanguage });
  }
  return out;
}

/** Text once (`"Staff network"`) or per language (`{ "en-GB": "…", "cy": "…" }`, en-GB required). */
export function readLocalisedText(f: Field, log: IssueLog, opts: TextOptions): LocalisedText | undefined {
  const what = opts.what ?? 'text, or text per language like { "en-GB": "…", "cy": "…" }';
  if (typeof f.value === 'string') return readString(f, log, { ...opts, what: 'text' });
  if (!present(f, log, opts.required, what)) return undefined;
  const text = readLanguageMap(f, log, { max: 50, sourceLanguage: 'en-GB', what, expected: 'text' }, (entry) => readString(entry, log, { ...opts, required: true, what: 'text' }));
  return text && Object.keys(text).length > 0 ? text : undefined;
}

// Reads trimmed text that must match `valid`, quoting what was given when it does not; `problem` says what it is not.
function readPattern(
  f: Field, log: IssueLog, opts: ReadOptions & { what: string; max: number; problem: IssueProblem }, valid: (s: string) => boolean,
): string | undefined {
  if (!present(f, log, opts.required, opts.what)) return undefined;
  const text = typeof f.value === 'string' ? f.value.trim() : undefined;
  if (text === '' && !opts.required) return undefined;
  if (text !== undefined && text.length <= opts.max && valid(text)) return text;
  return void log.error(f.path, `expected ${opts.what}, got ${describeValue(f.value)}`, text === '' ? { code: 'required' } : opts.problem);
}

/** A UK-style phone number: digits, spaces, `+ ( ) -`, with 3 to 15 digits (`111`, `0300 123 4567`, `+44 20 7946 0000`). */
export function readPhone(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'a phone number like 0300 123 4567';
  return readPattern(f, log, { what, ...opts, max: 30, problem: { code: 'notPhone' } }, (s) => /^\+?[0-9 ()-]+$/.test(s) && /^(?:\D*\d){3,15}\D*$/.test(s));
}

/** A plain email address such as `wellbeing@example.nhs.uk` (no names, no extra headers). */
export function readEmail(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'an email address like wellbeing@example.nhs.uk';
  return readPattern(f, log, { what, ...opts, max: 254, problem: { code: 'notEmail' } }, (s) => /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(s));
}

/**
 * An absolute `https:` (or `http:`) web address, normalised; `javascript:`, `data:`, relative and other links
 * are refused, and an `http:` link or one to a private network address is used with a warning.
 */
export function readUrl(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'a web address starting https://, like https://example.nhs.uk/wellbeing';
  let href: string | undefined;
  let concern: ReturnType<typeof linkConcern>;
  readPattern(f, log, { what, ...opts, max: 2000, problem: { code: 'notUrl' } }, (s) => {
    try {
      const url = new URL(s);
      // Credentials in a link would be shown to every manager and sent to the site.
      const ok = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
      href = ok ? url.href : undefined;
      concern = ok ? linkConcern(url) : undefined;
      return ok;
    } catch {
      return false;
    }
  });
  if (concern) log.warn(f.path, concern.message, { code: concern.code });
  return href;
}

/** An id matching `pattern`, described to the reader by `what`; `kind` says whose id it is, for the issue's code. */
export function readId(
  f: Field, log: IssueLog, pattern: RegExp, opts: ReadOptions & { what: string; kind?: 'service' | 'topic' | 'crisisLine' },
): string | undefined {
  const problem: IssueProblem = opts.kind ? { code: 'notId', kind: opts.kind } : { code: 'notId' };
  return readPattern(f, log, { ...opts, max: 100, problem }, (s) => pattern.test(s));
}

/** One of a fixed set of words; a near miss gets a "did you mean". */
export function readEnum<T extends string>(f: Field, log: IssueLog, allowed: readonly T[], opts: ReadOptions = {}): T | undefined {
  const what = opts.what ?? `one of ${listNames(allowed)}`;
  if (!present(f, log, opts.required, what)) return undefined;
  const text = typeof f.value === 'string' ? f.value.trim() : '';
  if ((allowed as readonly string[]).includes(text)) return text as T;
  const near = typeof f.value === 'string' ? closest(text, allowed) : undefined;
  // Blank text is nothing chosen; anything else is a choice the guide does not have.
  const problem: IssueProblem = typeof f.value === 'string' && text === '' ? { code: 'required' } : { code: 'oneOf', allowed, ...(near ? { suggestion: near } : {}) };
  log.error(f.path, `expected ${what}, got ${describeValue(f.value)}${typeof f.value === 'string' ? suggestion(text, allowed) : ''}`, problem);
  return undefined;
}

/** A list `[ … ]` of at most `max` items, each read by `item`; beyond `max` is an error and is never read. */
export function readList<T>(
  f: Field, log: IssueLog, opts: ReadOptions & { max: number },
  item: (f: Field, index: number) => T | undefined,
): T[] | undefined {
  const what = opts.what ?? 'a list [ … ]';
  if (!present(f, log, opts.required, what)) return undefined;
  const list = f.value;
  if (!isList(list)) return void log.error(f.path, `expected ${what}, got ${describeValue(list)}`, { code: 'wrongType', expected: 'list' });
  const length = readOwn(list, 'length');
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return void log.error(f.path, 'could not be read', { code: 'unreadable' });
  if (length > opts.max) log.error(f.path, `expected at most ${opts.max} items, got ${length}; only the first ${opts.max} were checked`, { code: 'tooMany', max: opts.max, count: length });
  const out: T[] = [];
  for (let i = 0; i < Math.min(length, opts.max); i++) {
    let value: unknown;
    try {
      value = Reflect.get(list, i);
    } catch {
      value = unreadable;
    }
    const read = item({ value, path: indexPath(f.path, i) }, i);
    if (read !== undefined) out.push(read);
  }
  return out;
}
