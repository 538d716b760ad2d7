import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { conversationSourceResources as sourceResources } from '../../src/i18n/all-source-resources.js';
import { allKeys } from '../../src/i18n/trust-text.js';
import { languageName } from '../shared/language-name.js';
import { addField, fieldMessages, textField, type EditorView } from './config-fields.js';
import { inLanguage } from './localised-fields.js';
import { getIn } from './config-paths.js';
import { removeWording, setWording, wordingChanges } from './config-edits.js';

let sortedKeys: readonly string[] | undefined;

/**
 * The texts a trust may change, for suggestions: every key of the bundled text (this page's own are not among
 * them), sorted once when first asked for, not while the page loads.
 */
export function suggestedKeys(): readonly string[] {
  return (sortedKeys ??= [...allKeys(sourceResources)].sort());
}

// The list offers at most this many at once: the whole list is well over a thousand, too many to page through.
const maxSuggestions = 40;

/** Suggestions for what is typed: the namespaces until something is typed, then the keys holding it. */
export function suggestionsFor(typed: string): string[] {
  const text = typed.trim().toLowerCase();
  if (!text) return [...new Set(suggestedKeys().map((key) => `${key.slice(0, key.indexOf(':'))}:`))];
  return suggestedKeys().filter((key) => key.toLowerCase().includes(text)).slice(0, maxSuggestions);
}

/**
 * The guide's own English text for `namespace:key`, or undefined when it has none. Read from the shared en-GB
 * text, which no element changes: each i18next instance is given a copy (src/i18n/i18n.ts), since an instance
 * writes a trust's overrides into the resources it holds.
 */
export function originalText(key: string): string | undefined {
  const split = key.indexOf(':');
  if (split < 1) return undefined;
  const text = getIn(sourceResources, [key.slice(0, split), ...key.slice(split + 1).split('.')]);
  return typeof text === 'string' ? text : undefined;
}

const overrideKeyPattern = /^[A-Za-z]+:[\w-]+(?:\.[\w-]+)*$/;

/** Why `key` cannot be added as a text to change, or '' when it can. */
export function checkWordingKey(key: string, t: TFunction): string {
  if (!key) return t('configure:wording.enterKey');
  return overrideKeyPattern.test(key) ? '' : t('configure:wording.notKey');
}

/** What the "change a text" form needs from the element: what is typed, and adding it. */
export interface WordingActions {
  readonly key: string;
  readonly lang: string;
  readonly error: string;
  readonly setKey: (value: string) => void;
  readonly setLang: (value: string) => void;
  readonly add: () => void;
}

function changeRow(view: EditorView, lang: string, key: string, text: string, index: number): TemplateResult {
  const t = view.t;
  const original = originalText(key);
  const remove = () => {
    view.remove((d) => removeWording(d, lang, key), t('configure:wording.removed', { key }));
    view.focus('wording-key');
  };
  return html`
    <li class="change">
      ${textField(view, {
        path: ['overrides', lang, key],
        id: `wording-${lang}-${index}`,
        label: key,
        messageLabel: inLanguage(view, t('configure:wording.fieldLabel', { key }), lang),
        hint: original === undefined ? t('configure:wording.unknownKey') : t('configure:wording.original', { text: original }),
        value: text,
        kind: 'textarea',
        onInput: (value) => view.edit((d) => setWording(d, lang, key, value)),
      })}
      <button class="secondary small" @click=${remove}>${t('configure:wording.remove')}<span class="visually-hidden">
          ${t('configure:wording.removeHidden', { key })}</span></button>
    </li>
  `;
}

function addForm(view: EditorView, a: WordingActions): TemplateResult {
  const t = view.t;
  return html`
    <fieldset class="row add-change">
      <legend class="row-legend">${t('configure:wording.addLegend')}</legend>
      ${view.languages.length > 1
        ? html`<div class="field">
            <label for="wording-language">${t('configure:wording.language')}</label>
            <select id="wording-language" @change=${(e: Event) => a.setLang((e.target as HTMLSelectElement).value)}>
              ${view.languages.map((l) => html`<option value=${l} ?selected=${l === a.lang}>${languageName(l, view.uiLanguage)}</option>`)}
            </select>
          </div>`
        : nothing}
      ${addField(t, {
        id: 'wording-key',
        label: t('configure:wording.key.label'),
        hint: t('configure:wording.key.hint'),
        value: a.key,
        error: a.error,
        addLabel: t('configure:wording.add'),
        onInput: a.setKey,
        onAdd: a.add,
        suggestions: suggestionsFor(a.key),
      })}
    </fieldset>
  `;
}

/** The trust's own words in place of the guide's, per language, and a form to change another text. */
export function wordingSection(view: EditorView, actions: WordingActions): TemplateResult {
  const t = view.t;
  const groups = view.languages.map((lang) => {
    const changes = wordingChanges(view.edited, lang);
    if (!changes.length) return nothing;
    return html`
      <h3>${t('configure:wording.inLanguage', { language: languageName(lang, view.uiLanguage) })}</h3>
      <ul class="changes">${changes.map(([key, text], i) => changeRow(view, lang, key, text, i))}</ul>
    `;
  });
  const rest = view.issues.claimRest('wording-key', { label: t('configure:issues.where.wording'), kind: 'group' }, ['overrides']);
  return html`
    <section class="section" aria-labelledby="wording-heading">
      <h2 id="wording-heading">${t('configure:wording.heading')}</h2>
      <p>${t('configure:wording.lead')}</p>
      <p>${t('configure:wording.placeholders', { example: '{{total}}' })}</p>
      ${fieldMessages(t, 'wording-section', rest)} ${addForm(view, actions)} ${groups}
    </section>
  `;
}

/** The id of the text box of the change to `key` in `lang`, once it is on the page. */
export function wordingFieldId(view: EditorView, lang: string, key: string): string | undefined {
  const index = wordingChanges(view.edited, lang).findIndex(([k]) => k === key);
  return index < 0 ? undefined : `wording-${lang}-${index}`;
}
