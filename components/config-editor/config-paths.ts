import { languageTag } from '../../src/base/parse-helpers.js';
import type { PathToken } from '../../src/base/issue-path.js';

/**
 * The config being edited, exactly as it will be written to the file: plain JSON, possibly wrong in
 * places (the parser says where). Every change makes a new object, so an undo is keeping the old one.
 */
export type EditedConfig = Readonly<Record<string, unknown>>;

/** True for an object holding named config (not a list, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing or of another kind. Own properties only. */
export function getIn(value: unknown, path: readonly PathToken[]): unknown {
  let node = value;
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(node) : !isObject(node)) return undefined;
    if (!Object.hasOwn(node as object, step)) return undefined;
    node = (node as Record<PathToken, unknown>)[step];
  }
  return node;
}

// A name from a loaded file may be `__proto__`: define it as data, never assign it, so no prototype changes.
function withKey(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * A copy of `value` with `next` at `path`, making the groups and lists on the way; `undefined` removes
 * the setting. A step of the wrong kind (text where a list should be) is replaced.
 */
export function setIn(value: unknown, path: readonly PathToken[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[step] = setIn(list[step], rest, next);
    return list;
  }
  const obj = isObject(value) ? value : {};
  const child = setIn(Object.hasOwn(obj, step) ? obj[step] : undefined, rest, next);
  return withKey(obj, step, child);
}

/** A copy of the config with `next` at `path` (`undefined` removes it). */
export function setSetting(edited: EditedConfig, path: readonly PathToken[], next: unknown): EditedConfig {
  return setIn(edited, path, next) as EditedConfig;
}

/** The list at `path`, or an empty one when there is none (or something else is there). */
export function listAt(edited: EditedConfig, path: readonly PathToken[]): readonly unknown[] {
  const value = getIn(edited, path);
  return Array.isArray(value) ? value : [];
}

/** The text at `path`, or '' when there is none. */
export function textAt(value: unknown, path: readonly PathToken[] = []): string {
  const text = getIn(value, path);
  return typeof text === 'string' ? text : '';
}

// Checking a language code goes through Intl, which is slow; the same few codes are checked on every render.
const tags = new Map<string, string | undefined>();

/** `languageTag`, remembered: the usual spelling of a language code, or undefined when it is not one. */
export function canonicalTag(code: string): string | undefined {
  if (!tags.has(code)) {
    if (tags.size > 5000) tags.clear();
    tags.set(code, languageTag(code));
  }
  return tags.get(code);
}

/** The key a language-keyed group uses for `lang`, whatever its spelling (`en-gb` for `en-GB`), or undefined. */
export function languageKey(group: unknown, lang: string): string | undefined {
  if (!isObject(group)) return undefined;
  return Object.keys(group).find((key) => key === lang || canonicalTag(key) === lang);
}

/** A copy of the config with the list at `path` minus its item at `index`; an empty list is removed. */
export function removeAt(edited: EditedConfig, path: readonly PathToken[], index: number): EditedConfig {
  const list = listAt(edited, path).filter((_, i) => i !== index);
  return setSetting(edited, path, list.length ? list : undefined);
}

/** The blank config a new file starts from. */
export function blankConfig(): EditedConfig {
  return { schemaVersion: 1, organisation: '', nation: 'england' };
}
