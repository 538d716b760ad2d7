import { html, type TemplateResult } from 'lit';
import { serviceCategories } from '../../src/content/types.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { choiceGroup, fieldMessages, foldingRow, selectField, textField, type EditorView } from './config-fields.js';
import { fieldId } from './config-issues.js';
import { listAt, textAt, type EditedConfig } from './config-paths.js';
import { addService, removeService, setServiceField, setServiceName, setServiceTopic, type ContactField } from './config-edits.js';
import { topicEntries } from './config-topics.js';
import { localisedFields } from './localised-fields.js';
import { serviceName, serviceRowName } from './row-names.js';
import { topicName } from './topics-section.js';

// The topics a service can be ticked for: every topic, then any id the file names that is no topic, so it can be unticked.
function topicChoices(view: EditorView, index: number) {
  const ticked = listAt(view.edited, ['services', index, 'topics']);
  const all = view.once('topicNames', () => topicEntries(view.edited).map((topic) => ({ value: topic.id, label: topicName(view, topic.id) })));
  const topics = all.map((topic) => ({ ...topic, checked: ticked.includes(topic.value) }));
  const unknown = ticked.filter((id): id is string => typeof id === 'string' && !topics.some((topic) => topic.value === id));
  return [...topics, ...unknown.map((id) => ({ value: id, label: view.t('configure:services.topics.unknown', { id }), checked: true }))];
}

function contactField(view: EditorView, index: number, field: ContactField, where: string): TemplateResult {
  const t = view.t;
  const label = field === 'email' ? t('configure:services.email') : t(`configure:services.${field}.label`);
  return textField(view, {
    path: ['services', index, field],
    label,
    where,
    hint: field === 'email' ? undefined : t(`configure:services.${field}.hint`),
    value: textAt(view.edited, ['services', index, field]),
    kind: field === 'phone' ? 'tel' : field,
    width: field === 'phone' ? 'medium' : 'full',
    onInput: (value) => view.edit((edited) => setServiceField(edited, index, field, value)),
  });
}

/** The id of a service's folding row heading. */
function rowId(index: number): string {
  return `service-${index}`;
}

function serviceRow(view: EditorView, index: number, total: number): TemplateResult {
  const t = view.t;
  const n = index + 1;
  const where = serviceRowName(t, view.edited, index);
  const at = (field: string) => ['services', index, field] as const;
  const localised = (field: 'name' | 'description' | 'hours', label: string, hint?: string) =>
    localisedFields(view, {
      path: at(field), label, where, hint, required: field === 'name', multiline: field === 'description',
      ...(field === 'name' ? { write: (edited: EditedConfig, lang: string, text: string) => setServiceName(edited, index, lang, text) } : {}),
    });
  // The id is made from the name; a person who needs a particular one (to match another system) opens this.
  const idField = textField(view, {
    path: at('id'), label: t('configure:services.id.label'), where, hint: t('configure:services.id.hint'),
    value: textAt(view.edited, at('id')), width: 'medium', onInput: (value) => view.edit((d) => setServiceField(d, index, 'id', value)),
  });
  const idHasProblem = view.issues.countUnder(['services', index, 'id']) > 0;
  const fields = [
    localised('name', t('configure:services.name')),
    selectField(view, {
      path: at('category'), label: t('configure:services.category.label'), where,
      hint: t('configure:services.category.hint'), value: textAt(view.edited, at('category')),
      options: view.once('categoryOptions', () => [
        { value: '', label: t('configure:services.category.choose') },
        ...serviceCategories.map((c) => ({ value: c, label: t(`services:categories.${c}.name`) })),
      ]),
      onChange: (value) => view.edit((d) => setServiceField(d, index, 'category', value)),
    }),
    localised('description', t('configure:services.description.label'), t('configure:services.description.hint')),
    contactField(view, index, 'phone', where),
    contactField(view, index, 'email', where),
    contactField(view, index, 'url', where),
    localised('hours', t('configure:services.hours.label'), t('configure:services.hours.hint')),
    choiceGroup(view, {
      path: at('topics'), type: 'checkbox', columns: true, legend: t('configure:services.topics.legend'), where,
      hint: t('configure:services.topics.hint'), choices: topicChoices(view, index),
      onChange: (topic, on) => view.edit((d) => setServiceTopic(d, index, topic, on)),
    }),
    html`<details class="more-options" ?open=${idHasProblem}><summary>${t('configure:services.more')}</summary>${idField}</details>`,
  ];
  // Problems with the service as a whole, such as no way to get in touch, show at the top of its box.
  const rest = view.issues.claimRest(fieldId(at('id')), { label: where, kind: 'group' }, ['services', index]);
  const name = serviceName(view.edited, index);
  const remove = () => {
    view.remove((edited) => removeService(edited, index), t('configure:services.removed', { name: name || t('configure:services.item', { n }) }));
    // Focus moves to the service that takes this one's place, else the one before, else the Add button.
    view.focus(total > 1 ? rowId(Math.min(index, total - 2)) : 'services-add');
  };
  return foldingRow(view, {
    id: rowId(index),
    heading: name ? t('configure:services.itemNamed', { n, name }) : t('configure:services.item', { n }),
    problems: view.issues.countUnder(['services', index]),
    content: html`
      ${fieldMessages(t, fieldId(['services', index]), rest)} ${fields}
      <button class="secondary" @click=${remove}>${t('configure:services.remove')}<span class="visually-hidden"> ${name}</span></button>
    `,
  });
}

/** The trust's own services: add, change and remove, each with its category, contact details and topics. */
export function servicesSection(view: EditorView): TemplateResult {
  const t = view.t;
  const count = listAt(view.edited, ['services']).length;
  const rows = Array.from({ length: count }, (_, i) => serviceRow(view, i, count));
  const rest = view.issues.claimRest('services-add', { label: t('configure:issues.where.services'), kind: 'group' }, ['services']);
  const add = () => {
    view.edit(addService);
    // The name first: it is what the person has in mind, and it makes the service's id.
    view.focus(fieldId(['services', count, 'name', sourceLanguage]));
  };
  return html`
    <section class="section" aria-labelledby="services-heading">
      <h2 id="services-heading">${t('configure:services.heading')}</h2>
      <p>${t('configure:services.lead')}</p>
      ${fieldMessages(t, 'services-section', rest)} ${count ? rows : html`<p>${t('configure:services.none')}</p>`}
      <button class="secondary" id="services-add" @click=${add}>${t('configure:services.add')}</button>
    </section>
  `;
}
