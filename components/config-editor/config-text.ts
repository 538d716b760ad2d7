import type { PathToken } from '../../src/base/issue-path.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { canonicalTag, getIn, isObject, languageKey, listAt, setSetting, setIn, textAt, type EditedConfig } from './config-paths.js';

/** A setting that is text once or text per language, and whether the file must have it. */
export interface LocalisedSetting {
  readonly path: readonly PathToken[];
  readonly required: boolean;
}

/** Every setting that may be written per language, in page order. */
export function localisedConfig(edited: EditedConfig): LocalisedSetting[] {
  const config: LocalisedSetting[] = [{ path: ['organisation'], required: true }];
  listAt(edited, ['services']).forEach((_, i) => {
    config.push({ path: ['services', i, 'name'], required: true }, { path: ['services', i, 'description'], required: false }, { path: ['services', i, 'hours'], required: false });
  });
  listAt(edited, ['crisisOverrides']).forEach((_, i) => config.push({ path: ['crisisOverrides', i, 'note'], required: false }));
  if (isObject(edited.escalation)) config.push({ path: ['escalation', 'name'], required: true }, { path: ['escalation', 'description'], required: false });
  return config;
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
export function setLocalised(edited: EditedConfig, path: readonly PathToken[], lang: string, text: string, required: boolean): EditedConfig {
  const current = getIn(edited, path);
  let next: unknown;
  if (isObject(current)) {
    const key = languageKey(current, lang) ?? lang;
    // English stays in the group even when empty: a group needs it, and the parser says so.
    const entry = text === '' && lang !== sourceLanguage ? undefined : text;
    next = tidyGroup(setIn(current, [key], entry) as Record<string, unknown>, required);
  } else if (lang === sourceLanguage) {
    next = text;
  } else if (text === '') {
    return edited;
  } else {
    next = { [sourceLanguage]: typeof current === 'string' ? current : '', [lang]: text };
  }
  return setSetting(edited, path, next === '' && !required ? undefined : next);
}

/** The languages the config has text in, English first, each spelt the usual way. */
export function languagesIn(edited: EditedConfig): string[] {
  const found = new Set<string>([sourceLanguage]);
  const add = (group: unknown) => {
    if (!isObject(group)) return;
    for (const key of Object.keys(group)) {
      const tag = canonicalTag(key);
      if (tag) found.add(tag);
    }
  };
  for (const { path } of localisedConfig(edited)) add(getIn(edited, path));
  for (const topic of listAt(edited, ['extraTopics'])) add(getIn(topic, ['text']));
  add(edited.overrides);
  return [...found];
}

/** A copy of the config without any text in `lang` (never English, which every group needs). */
export function removeLanguage(edited: EditedConfig, lang: string): EditedConfig {
  if (lang === sourceLanguage) return edited;
  let next = edited;
  for (const { path, required } of localisedConfig(edited)) {
    if (isObject(getIn(next, path))) next = setLocalised(next, path, lang, '', required);
  }
  listAt(next, ['extraTopics']).forEach((topic, i) => {
    const key = languageKey(getIn(topic, ['text']), lang);
    if (key !== undefined) next = setSetting(next, ['extraTopics', i, 'text', key], undefined);
  });
  const key = languageKey(next.overrides, lang);
  if (key !== undefined) next = setSetting(next, ['overrides', key], undefined);
  if (isObject(next.overrides) && Object.keys(next.overrides).length === 0) next = setSetting(next, ['overrides'], undefined);
  return next;
}
