import { html, type TemplateResult } from 'lit';
import { serviceCategories } from '../../src/content/types.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { languageName } from '../shared/language-name.js';
import { choiceGroup, fieldMessages, foldingRow, textField, type EditorView } from './config-fields.js';
import { fieldId } from './config-issues.js';
import { getIn, isObject, languageKey, listAt, setSetting, textAt, type EditedConfig } from './config-paths.js';
import { addOwnTopic, removeOwnTopic, renameOwnTopic } from './config-topics.js';
import { inLanguage } from './localised-fields.js';
import { ownTopicName, ownTopicRowName } from './row-names.js';

const textFields = ['name', 'description', 'prompt', 'gentler', 'followUps', 'listenFor', 'avoid', 'culturalNote'] as const;
type TextField = (typeof textFields)[number];
const lineFields: readonly TextField[] = ['followUps', 'listenFor', 'avoid'];

// Writes one field of a topic's words in one language. A language other than English whose words are all
// removed is removed too, so starting to type in Welsh and stopping leaves no half-written entry.
function setTopicText(edited: EditedConfig, index: number, lang: string, field: TextField, value: string | string[]): EditedConfig {
  const text = getIn(edited, ['extraTopics', index, 'text']);
  const key = languageKey(text, lang) ?? lang;
  const empty = Array.isArray(value) ? value.length === 0 : value === '';
  const required = field === 'name' || field === 'prompt' || field === 'gentler';
  let next = setSetting(edited, ['extraTopics', index, 'text', key, field], empty && !required ? undefined : value);
  const words = getIn(next, ['extraTopics', index, 'text', key]);
  const blank = isObject(words) && Object.values(words).every((v) => v === '' || (Array.isArray(v) && v.length === 0));
  if (lang !== sourceLanguage && blank) next = setSetting(next, ['extraTopics', index, 'text', key], undefined);
  return next;
}

function wordsFor(view: EditorView, index: number, lang: string, where: string): TemplateResult {
  const t = view.t;
  const text = getIn(view.edited, ['extraTopics', index, 'text']);
  const key = languageKey(text, lang) ?? lang;
  const path = ['extraTopics', index, 'text', key] as const;
  // The English name also shows the problems with the topic's words as a whole, such as having no English.
  const whole = lang === sourceLanguage ? [['extraTopics', index, 'text']] : [];
  const field = (name: TextField) => {
    const lines = lineFields.includes(name);
    const value = lines ? listAt(view.edited, [...path, name]).filter((l) => typeof l === 'string').join('\n') : textAt(view.edited, [...path, name]);
    return textField(view, {
      path: [...path, name],
      label: t(`configure:topics.fields.${name}`),
      // The label is under a legend naming the language, which the messages name after the label.
      messageLabel: inLanguage(view, t(`configure:topics.fields.${name}`), lang),
      where,
      alsoClaims: name === 'name' ? whole : [],
      hint: lines ? t('configure:topics.linesHint') : undefined,
      value,
      below: lines,
      kind: lines ? 'lines' : name === 'name' ? 'text' : 'textarea',
      onInput: (typed) => {
        const written = lines ? typed.split('\n').map((l) => l.trim()).filter(Boolean) : typed;
        view.edit((edited) => setTopicText(edited, index, lang, name, written));
      },
    });
  };
  // The fields first, so that what is left for the words as a whole is only what no field shows.
  const fields = textFields.map(field);
  const words = t('configure:issues.where.topicWords', { language: languageName(lang, view.uiLanguage), topic: where });
  const rest = view.issues.claimRest(fieldId([...path, 'name']), { label: words, kind: 'group' }, path);
  return html`
    <fieldset class="words">
      <legend>${t('configure:topics.words', { language: languageName(lang, view.uiLanguage) })}</legend>
      ${fields} ${fieldMessages(t, fieldId(path), rest)}
    </fieldset>
  `;
}

function ownTopicRow(view: EditorView, index: number): TemplateResult {
  const t = view.t;
  const n = index + 1;
  const where = ownTopicRowName(t, view.edited, index);
  const id = textAt(view.edited, ['extraTopics', index, 'id']);
  const services = listAt(view.edited, ['extraTopics', index, 'services']);
  const idField = textField(view, {
    path: ['extraTopics', index, 'id'],
    label: t('configure:topics.id.label'),
    where,
    hint: t('configure:topics.id.hint'),
    value: id,
    width: 'medium',
    onInput: (value) => view.edit((edited) => renameOwnTopic(edited, index, value)),
  });
  const kinds = choiceGroup(view, {
    path: ['extraTopics', index, 'services'],
    type: 'checkbox',
    columns: true,
    legend: t('configure:topics.services.legend'),
    where,
    hint: t('configure:topics.services.hint'),
    choices: view.once('categoryNames', () => serviceCategories.map((c) => ({ value: c, label: t(`services:categories.${c}.name`) })))
      .map((c) => ({ ...c, checked: services.includes(c.value) })),
    // A kind the guide does not have cannot be ticked here, so any change leaves it out.
    onChange: (value, on) => view.edit((edited) => {
      const kept = listAt(edited, ['extraTopics', index, 'services']).filter((c) => c !== value && (serviceCategories as readonly unknown[]).includes(c));
      const next = [...kept, ...(on ? [value] : [])];
      return setSetting(edited, ['extraTopics', index, 'services'], next.length ? next : undefined);
    }),
  });
  const words = view.languages.map((lang) => wordsFor(view, index, lang, where));
  const rest = view.issues.claimRest(fieldId(['extraTopics', index, 'id']), { label: where, kind: 'group' }, ['extraTopics', index]);
  const name = ownTopicName(view.edited, index);
  const remove = () => {
    view.remove((edited) => removeOwnTopic(edited, index), t('configure:topics.removed', { name }));
    view.focus('own-topics-add');
  };
  return foldingRow(view, {
    id: `own-topic-${index}`,
    heading: name ? t('configure:topics.itemNamed', { n, name }) : t('configure:topics.item', { n }),
    problems: view.issues.countUnder(['extraTopics', index]),
    content: html`
      ${fieldMessages(t, fieldId(['extraTopics', index]), rest)} ${idField} ${kinds} ${words}
      <button class="secondary" @click=${remove}>${t('configure:topics.remove')}<span class="visually-hidden"> ${name}</span></button>
    `,
  });
}

/** The trust's own topics, each with its id, the kinds of service that suit it and its words per language. */
export function ownTopicsPart(view: EditorView): TemplateResult {
  const t = view.t;
  const count = listAt(view.edited, ['extraTopics']).length;
  const add = () => {
    view.edit(addOwnTopic);
    view.focus(fieldId(['extraTopics', count, 'text', sourceLanguage, 'name']));
  };
  return html`
    <h3>${t('configure:topics.ownHeading')}</h3>
    <p>${t('configure:topics.ownLead')}</p>
    ${Array.from({ length: count }, (_, i) => ownTopicRow(view, i))}
    <button class="secondary" id="own-topics-add" @click=${add}>${t('configure:topics.add')}</button>
  `;
}
