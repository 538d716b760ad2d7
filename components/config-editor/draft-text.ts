import type { PathToken } from '../../src/base/issue-path.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { canonicalTag, getIn, isObject, languageKey, listAt, setDraft, setIn, textAt, type Draft } from './draft-paths.js';

/** A setting that is text once or text per language, and whether the file must have it. */
export interface LocalisedSetting {
  readonly path: readonly PathToken[];
  readonly required: boolean;
}

/** Every setting in the draft that may be written per language, in page order. */
export function localisedSettings(draft: Draft): LocalisedSetting[] {
  const settings: LocalisedSetting[] = [{ path: ['organisation'], required: true }];
  listAt(draft, ['services']).forEach((_, i) => {
    settings.push({ path: ['services', i, 'name'], required: true }, { path: ['services', i, 'description'], required: false }, { path: ['services', i, 'hours'], required: false });
  });
  listAt(draft, ['crisisOverrides']).forEach((_, i) => settings.push({ path: ['crisisOverrides', i, 'note'], required: false }));
  if (isObject(draft.escalation)) settings.push({ path: ['escalation', 'name'], required: true }, { path: ['escalation', 'description'], required: false });
  return settings;
}

/** The text a localised setting shows in `lang`: plain text counts as English; a group gives that language's entry. */
export function localisedText(value: unknown, lang: string): string {
  if (typeof value === 'string') return lang === sourceLanguage ? value : '';
  const key = languageKey(value, lang);
  return key === undefined ? '' : textAt(value, [key]);
}

// A group left with only its English entry is written as plain text, as a person would write it.
function tidyGroup(group: Record<string, unknown>, required: boolean): unknown {
  const keys = Object.keys(group);
  if (keys.length === 0) return required ? '' : undefined;
  if (keys.length === 1 && canonicalTag(keys[0]) === sourceLanguage && typeof group[keys[0]] === 'string') return group[keys[0]];
  return group;
}

/**
 * Writes one language's text of the localised setting at `path`. English alone stays plain text; a second
 * language turns it into `{ "en-GB": …, "cy": … }`. Clearing an optional setting removes it from the file;
 * clearing a required one leaves it empty, so the problem shows.
 */
export function setLocalised(draft: Draft, path: readonly PathToken[], lang: string, text: string, required: boolean): Draft {
  const current = getIn(draft, path);
  let next: unknown;
  if (isObject(current)) {
    const key = languageKey(current, lang) ?? lang;
    // English stays in the group even when empty: a group needs it, and the parser says so.
    const entry = text === '' && lang !== sourceLanguage ? undefined : text;
    next = tidyGroup(setIn(current, [key], entry) as Record<string, unknown>, required);
  } else if (lang === sourceLanguage) {
    next = text;
  } else if (text === '') {
    return draft;
  } else {
    next = { [sourceLanguage]: typeof current === 'string' ? current : '', [lang]: text };
  }
  return setDraft(draft, path, next === '' && !required ? undefined : next);
}

/** The languages the draft has text in, English first, each spelt the usual way. */
export function languagesIn(draft: Draft): string[] {
  const found = new Set<string>([sourceLanguage]);
  const add = (group: unknown) => {
    if (!isObject(group)) return;
    for (const key of Object.keys(group)) {
      const tag = canonicalTag(key);
      if (tag) found.add(tag);
    }
  };
  for (const { path } of localisedSettings(draft)) add(getIn(draft, path));
  for (const topic of listAt(draft, ['extraTopics'])) add(getIn(topic, ['text']));
  add(draft.overrides);
  return [...found];
}

/** A copy of the draft without any text in `lang` (never English, which every group needs). */
export function removeLanguage(draft: Draft, lang: string): Draft {
  if (lang === sourceLanguage) return draft;
  let next = draft;
  for (const { path, required } of localisedSettings(draft)) {
    if (isObject(getIn(next, path))) next = setLocalised(next, path, lang, '', required);
  }
  listAt(next, ['extraTopics']).forEach((topic, i) => {
    const key = languageKey(getIn(topic, ['text']), lang);
    if (key !== undefined) next = setDraft(next, ['extraTopics', i, 'text', key], undefined);
  });
  const key = languageKey(next.overrides, lang);
  if (key !== undefined) next = setDraft(next, ['overrides', key], undefined);
  if (isObject(next.overrides) && Object.keys(next.overrides).length === 0) next = setDraft(next, ['overrides'], undefined);
  return next;
}
