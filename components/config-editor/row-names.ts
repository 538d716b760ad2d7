import type { TFunction } from 'i18next';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { getIn, languageKey, textAt, type EditedConfig } from './config-paths.js';
import { localisedText } from './config-text.js';

/** A service's English name, or '' while it has none. */
export function serviceName(edited: EditedConfig, index: number): string {
  return localisedText(getIn(edited, ['services', index, 'name']), sourceLanguage).trim();
}

/** One of the trust's own topics by its English name, or '' while it has none. */
function ownTopicEnglishName(edited: EditedConfig, index: number): string {
  const text = getIn(edited, ['extraTopics', index, 'text']);
  return textAt(text, [languageKey(text, sourceLanguage) ?? sourceLanguage, 'name']).trim();
}

/** One of the trust's own topics by its English name, else its id, else ''. */
export function ownTopicName(edited: EditedConfig, index: number): string {
  return ownTopicEnglishName(edited, index) || textAt(edited, ['extraTopics', index, 'id']);
}

/** A row as messages name it: "Service 12", or with its name "Service 12 (Staff Physio)". */
export function rowName(t: TFunction, item: string, name: string): string {
  return name ? t('configure:issues.named', { item, name }) : item;
}

/** A service's row as messages name it. */
export function serviceRowName(t: TFunction, edited: EditedConfig, index: number): string {
  return rowName(t, t('configure:services.item', { n: index + 1 }), serviceName(edited, index));
}

/** An own topic's row as messages name it: by its name, never its id, which is the file's and not a word for people. */
export function ownTopicRowName(t: TFunction, edited: EditedConfig, index: number): string {
  return rowName(t, t('configure:topics.item', { n: index + 1 }), ownTopicEnglishName(edited, index));
}
