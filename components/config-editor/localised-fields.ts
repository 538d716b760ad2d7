import { html, type TemplateResult } from 'lit';
import type { PathToken } from '../../src/base/issue-path.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { languageName } from '../shared/language-name.js';
import { textField, type EditorView } from './config-fields.js';
import { canonicalTag, getIn, isObject, type EditedConfig } from './config-paths.js';
import { localisedText, setLocalised } from './config-text.js';

/** Options of a setting written once per language. */
export interface LocalisedOptions {
  readonly path: readonly PathToken[];
  /** The start of each input's id (then `-<language>`), when it cannot come from `path`. */
  readonly idBase?: string;
  readonly label: string;
  /** The row the setting is in, which its messages name after its label. */
  readonly where?: string;
  readonly hint?: string;
  readonly required: boolean;
  readonly multiline?: boolean;
  /** Writes one language's text; by default into the setting at `path`. */
  readonly write?: (edited: EditedConfig, lang: string, text: string) => EditedConfig;
}

/** A label with the language added when the config is in more than one: "Name (Welsh)". */
export function inLanguage(view: EditorView, label: string, lang: string): string {
  return view.languages.length > 1 ? view.t('configure:fields.inLanguage', { label, language: languageName(lang, view.uiLanguage) }) : label;
}

/**
 * One input per language for a setting that may be text once or text per language. The English input also
 * shows the problems with the setting as a whole (such as "needs an en-GB entry") and with text under a name
 * that is no language, which has no input of its own.
 */
export function localisedFields(view: EditorView, o: LocalisedOptions): TemplateResult {
  const value = getIn(view.edited, o.path);
  const strays = isObject(value) ? Object.keys(value).filter((key) => !canonicalTag(key)).map((key) => [...o.path, key]) : [];
  return html`${view.languages.map((lang) =>
    textField(view, {
      path: [...o.path, lang],
      id: o.idBase && `${o.idBase}-${lang}`,
      alsoClaims: lang === sourceLanguage ? [o.path, ...strays] : [],
      label: inLanguage(view, o.label, lang),
      where: o.where,
      hint: lang === sourceLanguage ? o.hint : undefined,
      value: localisedText(value, lang),
      kind: o.multiline ? 'textarea' : 'text',
      onInput: (text) => view.edit((edited) => (o.write ? o.write(edited, lang, text) : setLocalised(edited, o.path, lang, text, o.required))),
    }),
  )}`;
}
