import type { LocalisedText } from './types.js';
import type { ParseIssue, ParseResult } from './trust-config.js';

// Inputs are written by people who are not developers and may be hostile or broken (Proxies, cycles,
// 10-million-item lists), so every read here is guarded, bounded and never recursive.

/** A value and where it was found, as the HR admin will see it: `services[3].phone`. */
export interface Field {
  readonly value: unknown;
  readonly path: string;
}

/** Stands for a value whose getter threw; readers report it once and read on. */
export const unreadable: unique symbol = Symbol('unreadable');

/** Key names that can rewrite prototypes; never read, never copied. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// A wildly wrong file should give a readable list, not ten thousand lines.
const maxIssues = 300;
// The most of a bad value (or key) ever repeated back in a message.
const maxEcho = 40;

/** Collects errors and warnings in input order; an empty path stands for the whole input (`root`). */
export class IssueLog {
  readonly errors: ParseIssue[] = [];
  readonly warnings: ParseIssue[] = [];
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** Records a problem that stops the input being used. */
  error(path: string, message: string): void {
    this.push(this.errors, path, message);
  }

  /** Records a problem the input can be used despite. */
  warn(path: string, message: string): void {
    this.push(this.warnings, path, message);
  }

  /** The parser's answer: the value when nothing was wrong, else every error. */
  result<T>(value: T | undefined): ParseResult<T> {
    if (this.errors.length === 0 && value !== undefined) return { ok: true, value, warnings: this.warnings };
    if (this.errors.length === 0) this.error('', 'could not be read');
    return { ok: false, errors: this.errors, warnings: this.warnings };
  }

  private push(list: ParseIssue[], path: string, message: string): void {
    if (list.length < maxIssues) list.push({ path: path || this.root, message });
    else if (list.length === maxIssues) list.push({ path: this.root, message: 'more problems were found than can be listed here; fix these and check again' });
  }
}

/** A value as short, safe words for a message: `"call us"`, `42`, `a list [ … ]`. Never more than 40 characters of it. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': return value.trim() === '' ? 'empty text' : quote(value.trim());
    case 'number': return Number.isFinite(value) ? String(value) : 'a number that is not valid';
    case 'bigint': return 'a BigInt number';
    case 'boolean': return String(value);
    case 'symbol': return 'a symbol';
    case 'function': return 'a function';
    case 'undefined': return 'nothing';
    default: return value === null ? 'null' : isList(value) ? 'a list [ … ]' : 'a group of settings { … }';
  }
}

/** Text in quotes, cut to 40 characters, with control and direction characters blanked so a message reads as written. */
export function quote(text: string): string {
  let head = text.slice(0, maxEcho);
  // Never leave half a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  head = head.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ' ');
  return `"${head}${text.length > maxEcho ? '…' : ''}"`;
}

/** `base.key`, or `base["odd key"]` when the key is not a plain name; `key` alone at the root. */
export function joinPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,39}$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${quote(key)}]`;
}

/** `base[index]`. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** True for a JS array, without throwing on a revoked Proxy. */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** True for an object that is not a list: the only thing that can hold named settings. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isList(value);
}

/** One own property, never an inherited one, never throwing: `undefined` when absent, `unreadable` when reading threw. */
export function readOwn(obj: object, key: PropertyKey): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? Reflect.get(obj, key) : undefined;
  } catch {
    return unreadable;
  }
}

/** True when a value is absent, null or only spaces: "not given" to a person writing JSON. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A copy without the keys whose value is `undefined`, so optional fields are absent rather than empty. */
export function compact<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** Edit distance, for "did you mean"; both words are short (known names, cut user keys). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known word a typo most likely meant (`sevices` → `services`), or undefined when none is close. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const typed = word.slice(0, maxEcho).toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    // A word cut short ("sleep" for "sleepEnergy") is as likely a slip as a typo.
    const d = typed.length >= 4 && lower.startsWith(typed) ? 1 : distance(typed, lower);
    if (d < bestDistance && d < Math.max(typed.length, 2) / 2) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Names for a message, cut short: `a, b, c and 12 more`. */
export function listNames(names: readonly string[], max = 15): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** ` (did you mean "x"?)` for a near miss, or nothing. */
export function suggestion(word: string, known: readonly string[]): string {
  const near = closest(word, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

/** The string keys of an object, at most `max`, skipping (and warning about) reserved names; undefined when unreadable. */
export function readKeys(f: Field & { value: object }, log: IssueLog, max: number, noun = 'entries'): string[] | undefined {
  let all: (string | symbol)[];
  try {
    all = Reflect.ownKeys(f.value);
  } catch {
    log.error(f.path, 'could not be read');
    return undefined;
  }
  const keys: string[] = [];
  let count = 0;
  for (const key of all) {
    if (typeof key !== 'string') continue;
    if (reservedKeys.has(key)) log.warn(joinPath(f.path, key), 'ignored: this name is reserved and cannot be used');
    else if (++count <= max) keys.push(key);
  }
  if (count > max) log.error(f.path, `expected at most ${max} ${noun}, got ${count}; only the first ${max} were checked`);
  return keys;
}

/** An object's settings, read by name without ever touching its prototype. */
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
  if (f.value === unreadable) log.error(f.path, `could not be read; expected ${what}`);
  else if (f.value === undefined || f.value === null) {
    if (required) log.error(f.path, `expected ${what}, ${f.value === null ? 'got null' : 'but it is missing'}`);
  } else return true;
  return false;
}

/** A group of settings `{ … }`; warns about unknown keys (with a "did you mean") and ignores reserved ones. */
export function readRecord(f: Field, log: IssueLog, known: readonly string[], opts: ReadOptions = {}): Fields | undefined {
  const what = opts.what ?? 'a group of settings { … }';
  if (!present(f, log, opts.required, what)) return undefined;
  const obj = f.value;
  if (!isRecord(obj)) return void log.error(f.path, `expected ${what}, got ${describeValue(obj)}`);
  // Own keys are listed only to spot typos; a huge object is still read by known name alone.
  const keys = readKeys({ value: obj, path: f.path }, log, 10_000, 'settings');
  // An object that cannot list its keys is broken throughout: one error, not one per field.
  if (!keys) return undefined;
  const unknown = keys.filter((k) => !known.includes(k));
  for (const key of unknown.slice(0, 20)) {
    const hint = suggestion(key, known) || `; known settings here are ${listNames(known)}`;
    log.warn(joinPath(f.path, key), `is not a setting the guide knows, so it was ignored${hint}`);
  }
  if (unknown.length > 20) log.warn(f.path, `${unknown.length - 20} more unknown settings were ignored`);
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
  if (typeof f.value !== 'string') return void log.error(f.path, `expected ${what}, got ${describeValue(f.value)}`);
  const text = f.value.trim();
  if (text === '') {
    if (opts.required) log.error(f.path, `expected ${what}, got empty text`);
    return undefined;
  }
  if (text.length > opts.max) return void log.error(f.path, `expected at most ${opts.max} characters, got ${text.length}`);
  if (opts.markup && /[<>]/.test(text)) log.warn(f.path, 'contains < or >: it will be shown as typed, not as HTML');
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
  f: Field, log: IssueLog, opts: ReadOptions & { max: number; sourceLanguage?: string },
  entry: (f: Field) => T | undefined,
): Record<string, T> | undefined {
  const what = opts.what ?? 'a group of languages { "en-GB": … }';
  if (!present(f, log, opts.required, what)) return undefined;
  const obj = f.value;
  if (!isRecord(obj)) return void log.error(f.path, `expected ${what}, got ${describeValue(obj)}`);
  const out: Record<string, T> = {};
  const seen = new Set<string>();
  const keys = readKeys({ value: obj, path: f.path }, log, opts.max, 'languages');
  if (!keys) return undefined;
  for (const key of keys) {
    const path = joinPath(f.path, key);
    const tag = languageTag(key);
    if (tag === undefined) log.error(path, 'is not a language code; use one like en-GB, cy or ur');
    else if (seen.has(tag)) log.warn(path, `repeats the language ${tag}, so it was ignored`);
    else {
      seen.add(tag);
      const value = entry({ value: readOwn(obj, key), path });
      // Tags are checked above, so no key here can be __proto__ or another reserved name.
      if (value !== undefined) out[tag] = value;
    }
  }
  if (opts.sourceLanguage && !seen.has(opts.sourceLanguage)) {
    log.error(f.path, `needs an "${opts.sourceLanguage}" entry, used whenever another language has no text`);
  }
  return out;
}

/** Text once (`"Staff network"`) or per language (`{ "en-GB": "…", "cy": "…" }`, en-GB required). */
export function readLocalisedText(f: Field, log: IssueLog, opts: TextOptions): LocalisedText | undefined {
  const what = opts.what ?? 'text, or text per language like { "en-GB": "…", "cy": "…" }';
  if (typeof f.value === 'string') return readString(f, log, { ...opts, what: 'text' });
  if (!present(f, log, opts.required, what)) return undefined;
  const text = readLanguageMap(f, log, { max: 50, sourceLanguage: 'en-GB', what }, (entry) => readString(entry, log, { ...opts, required: true, what: 'text' }));
  return text && Object.keys(text).length > 0 ? text : undefined;
}

// Reads trimmed text that must match `valid`, quoting what was given when it does not.
function readPattern(f: Field, log: IssueLog, opts: ReadOptions & { what: string; max: number }, valid: (s: string) => boolean): string | undefined {
  if (!present(f, log, opts.required, opts.what)) return undefined;
  const text = typeof f.value === 'string' ? f.value.trim() : undefined;
  if (text === '' && !opts.required) return undefined;
  if (text !== undefined && text.length <= opts.max && valid(text)) return text;
  return void log.error(f.path, `expected ${opts.what}, got ${describeValue(f.value)}`);
}

/** A UK-style phone number: digits, spaces, `+ ( ) -`, with 3 to 15 digits (`111`, `0300 123 4567`, `+44 20 7946 0000`). */
export function readPhone(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'a phone number like 0300 123 4567';
  return readPattern(f, log, { what, ...opts, max: 30 }, (s) => /^\+?[0-9 ()-]+$/.test(s) && /^(?:\D*\d){3,15}\D*$/.test(s));
}

/** A plain email address such as `wellbeing@example.nhs.uk` (no names, no extra headers). */
export function readEmail(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'an email address like wellbeing@example.nhs.uk';
  return readPattern(f, log, { what, ...opts, max: 254 }, (s) => /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(s));
}

/** An absolute `https:` (or `http:`) web address, normalised; `javascript:`, `data:`, relative and other links are refused. */
export function readUrl(f: Field, log: IssueLog, opts: ReadOptions = {}): string | undefined {
  const what = 'a web address starting https://, like https://example.nhs.uk/wellbeing';
  let href: string | undefined;
  readPattern(f, log, { what, ...opts, max: 2000 }, (s) => {
    try {
      const url = new URL(s);
      // Credentials in a link would be shown to every manager and sent to the site.
      const ok = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
      href = ok ? url.href : undefined;
      return ok;
    } catch {
      return false;
    }
  });
  return href;
}

/** An id matching `pattern`, described to the reader by `what`. */
export function readId(f: Field, log: IssueLog, pattern: RegExp, opts: ReadOptions & { what: string }): string | undefined {
  return readPattern(f, log, { ...opts, max: 100 }, (s) => pattern.test(s));
}

/** One of a fixed set of words; a near miss gets a "did you mean". */
export function readEnum<T extends string>(f: Field, log: IssueLog, allowed: readonly T[], opts: ReadOptions = {}): T | undefined {
  const what = opts.what ?? `one of ${listNames(allowed)}`;
  if (!present(f, log, opts.required, what)) return undefined;
  const text = typeof f.value === 'string' ? f.value.trim() : '';
  if ((allowed as readonly string[]).includes(text)) return text as T;
  log.error(f.path, `expected ${what}, got ${describeValue(f.value)}${typeof f.value === 'string' ? suggestion(text, allowed) : ''}`);
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
  if (!isList(list)) return void log.error(f.path, `expected ${what}, got ${describeValue(list)}`);
  const length = readOwn(list, 'length');
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return void log.error(f.path, 'could not be read');
  if (length > opts.max) log.error(f.path, `expected at most ${opts.max} items, got ${length}; only the first ${opts.max} were checked`);
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
