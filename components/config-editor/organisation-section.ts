import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { languageTag } from '../../src/base/parse-helpers.js';
import { nations } from '../../src/content/types.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { languageName } from '../shared/language-name.js';
import { addField, choiceGroup, fieldMessages, textField, type EditorView } from './config-fields.js';
import { fieldId } from './config-issues.js';
import { setSetting, textAt } from './config-paths.js';
import { inLanguage, localisedFields } from './localised-fields.js';

/** What the languages part needs from the element: the code being typed, and adding or removing one. */
export interface LanguageActions {
  readonly typed: string;
  /** Why the typed code could not be added; '' when nothing is wrong. */
  readonly error: string;
  readonly type: (value: string) => void;
  readonly add: () => void;
  readonly remove: (lang: string) => void;
}

/** The language code typed, checked: its usual spelling, or why it cannot be added. */
export function checkLanguageCode(typed: string, languages: readonly string[], i18n: { t: TFunction; language: string }): { tag?: string; error: string } {
  const tag = languageTag(typed.trim());
  if (!tag) return { error: i18n.t('configure:languages.notCode') };
  if (languages.includes(tag)) return { error: i18n.t('configure:languages.already', { language: languageName(tag, i18n.language) }) };
  return { tag, error: '' };
}

function languagesPart(view: EditorView, a: LanguageActions): TemplateResult {
  const t = view.t;
  return html`
    <h3 id="languages-heading">${t('configure:languages.heading')}</h3>
    <p id="languages-hint" class="hint">${t('configure:languages.hint')}</p>
    <p>${t('configure:languages.lead')}</p>
    <ul class="languages" aria-labelledby="languages-heading">
      ${view.languages.map(
        (lang) => html`<li>
          <span>${languageName(lang, view.uiLanguage)} <code>${lang}</code></span>
          ${lang === sourceLanguage
            ? nothing
            : html`<button class="secondary small" @click=${() => a.remove(lang)}>${t('configure:languages.remove')}<span class="visually-hidden">
                  ${t('configure:languages.removeHidden', { language: languageName(lang, view.uiLanguage) })}</span></button>`}
        </li>`,
      )}
    </ul>
    ${addField(t, {
      id: 'language',
      label: t('configure:languages.label'),
      hint: t('configure:languages.codeHint'),
      value: a.typed,
      error: a.error,
      addLabel: t('configure:languages.add'),
      onInput: a.type,
      onAdd: a.add,
      boxClass: 'add-row',
      inputClass: 'width-short',
    })}
  `;
}

/** The organisation's name in each language, its nation, its staff support page, and the languages the config is written in. */
export function organisationSection(view: EditorView, languages: LanguageActions): TemplateResult {
  const t = view.t;
  const name = localisedFields(view, {
    path: ['organisation'],
    label: t('configure:organisation.name.label'),
    hint: t('configure:organisation.name.hint'),
    required: true,
  });
  const nation = textAt(view.edited, ['nation']);
  const nationGroup = choiceGroup(view, {
    path: ['nation'],
    type: 'radio',
    legend: t('configure:organisation.nation.legend'),
    hint: t('configure:organisation.nation.hint'),
    choices: nations.map((n) => ({ value: n, label: t(`configure:nations.${n}`), checked: n === (nation || 'england') })),
    onChange: (value) => view.edit((edited) => setSetting(edited, ['nation'], value)),
  });
  // The page staff reach by scanning the QR code on their copy of the plan and their preparation sheet.
  const staffSupport = textField(view, {
    path: ['staffSupportUrl'],
    label: t('configure:organisation.staffSupportUrl.label'),
    hint: t('configure:organisation.staffSupportUrl.hint'),
    kind: 'url',
    value: textAt(view.edited, ['staffSupportUrl']),
    onInput: (value) => view.edit((edited) => setSetting(edited, ['staffSupportUrl'], value === '' ? undefined : value)),
  });
  const rest = view.issues.claimRest(fieldId(['organisation', sourceLanguage]), { label: inLanguage(view, t('configure:organisation.name.label'), sourceLanguage) }, ['organisation']);
  return html`
    <section class="section" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">${t('configure:organisation.heading')}</h2>
      ${fieldMessages(t, 'organisation-section', rest)} ${name} ${nationGroup} ${staffSupport} ${languagesPart(view, languages)}
    </section>
  `;
}
