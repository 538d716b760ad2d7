import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { crisisDirectoryFor, entryKey, type CrisisEntry } from '../../src/content/crisis.js';
import { nations, type Nation } from '../../src/content/types.js';
import { fieldMessages, foldingRow, textField, type EditorView } from './config-fields.js';
import { fieldId } from './config-issues.js';
import { getIn, listAt, textAt } from './config-paths.js';
import { crisisIndex, fixedCrisisFields, removeCrisisChange, removeFixedCrisisFields, setCrisisNote, setEscalationField, setEscalationText } from './config-edits.js';
import { localisedFields } from './localised-fields.js';

function nationOf(view: EditorView): Nation {
  const nation = textAt(view.edited, ['nation']);
  return (nations as readonly string[]).includes(nation) ? (nation as Nation) : 'england';
}

// How a national line is reached, as shown beside its note: the number and text line exactly as published.
function fixedContact(view: EditorView, entry: CrisisEntry): string {
  const t = view.t;
  if (entry.phone) return t('configure:crisis.standard', { phone: entry.phone });
  return entry.sms ? t('configure:crisis.standardText', { number: entry.sms.number }) : t('configure:crisis.standardNone');
}

function crisisLine(view: EditorView, entry: CrisisEntry): TemplateResult {
  const t = view.t;
  const name = t(entryKey(entry.id, 'name'));
  const index = crisisIndex(view.edited, entry.id);
  // A line with no note has no place in the file yet, so its boxes take their ids from the line, which also
  // keeps them the same when the first letter typed adds the note to the file.
  const id = (field: string) => `crisis-${entry.id}-${field}`;
  const change = index < 0 ? undefined : listAt(view.edited, ['crisisOverrides'])[index];
  const changesFixed = fixedCrisisFields.some((field) => getIn(change, [field]) !== undefined);
  const note = localisedFields(view, {
    path: ['crisisOverrides', index, 'note'], idBase: id('note'), label: t('configure:crisis.note'), where: name, hint: t('configure:crisis.noteHint'),
    required: false, multiline: true, write: (d, lang, v) => setCrisisNote(d, entry.id, lang, v),
  });
  const removeFixed = () => view.remove((d) => removeFixedCrisisFields(d, entry.id), t('configure:crisis.removedFixed', { name }));
  // The summary's link for a problem with the line leads to the button that fixes it, or else to the note.
  const target = changesFixed ? id('change') : `${id('note')}-${sourceLanguage}`;
  const rest = index < 0 ? { errors: [], warnings: [] } : view.issues.claimRest(target, { label: name, kind: 'group' }, ['crisisOverrides', index]);
  return foldingRow(view, {
    id: `crisis-${entry.id}`,
    heading: name,
    open: index >= 0,
    problems: index < 0 ? 0 : view.issues.countUnder(['crisisOverrides', index]),
    content: html`
      <p class="fixed-contact">${fixedContact(view, entry)}</p>
      ${fieldMessages(t, id('change'), rest)}
      ${changesFixed
        ? html`<button class="secondary" id=${id('change')} aria-describedby=${ifDefined(rest.errors.length ? `${id('change')}-error` : undefined)} @click=${removeFixed}>
            ${t('configure:crisis.removeFixed', { name })}
          </button>`
        : nothing}
      ${note}
    `,
  });
}

// Changes to lines the chosen nation does not show: listed with their problems, and a way to remove them.
function otherChanges(view: EditorView, shown: readonly string[], nationName: string): TemplateResult | typeof nothing {
  const t = view.t;
  const others = listAt(view.edited, ['crisisOverrides']).flatMap((change, i) => {
    const id = getIn(change, ['id']);
    return typeof id === 'string' && shown.includes(id) ? [] : [{ i, id: typeof id === 'string' ? id : '' }];
  });
  if (!others.length) return nothing;
  return html`
    <h3>${t('configure:crisis.otherHeading')}</h3>
    <p>${t('configure:crisis.otherLead', { nation: nationName })}</p>
    <ul class="other-changes">
      ${others.map(({ i, id }) => {
        const name = id ? t(entryKey(id, 'name'), { defaultValue: id }) : t('configure:crisis.unnamed');
        const buttonId = `crisis-other-${i}`;
        const messages = view.issues.claimRest(buttonId, { label: name, kind: 'group' }, ['crisisOverrides', i]);
        const remove = () => view.remove((d) => removeCrisisChange(d, i), t('configure:crisis.removed', { name }));
        return html`<li>${fieldMessages(t, buttonId, messages)}
          <button class="secondary" id=${buttonId} @click=${remove}>${t('configure:crisis.removeOther', { name })}</button></li>`;
      })}
    </ul>
  `;
}

function escalationPart(view: EditorView): TemplateResult {
  const t = view.t;
  const where = t('configure:issues.where.escalation');
  const text = (field: 'name' | 'description') =>
    localisedFields(view, {
      path: ['escalation', field], label: t(`configure:escalation.${field}`), where,
      required: field === 'name', multiline: field === 'description', write: (d, lang, v) => setEscalationText(d, field, lang, v),
    });
  const contact = (field: 'phone' | 'email' | 'url') => {
    const label = field === 'email' ? t('configure:services.email') : t(`configure:services.${field}.label`);
    return textField(view, {
      path: ['escalation', field], label, where, kind: field === 'phone' ? 'tel' : field, width: field === 'phone' ? 'medium' : 'full',
      value: textAt(view.edited, ['escalation', field]), onInput: (v) => view.edit((d) => setEscalationField(d, field, v)),
    });
  };
  const fields = [text('name'), text('description'), contact('phone'), contact('email'), contact('url')];
  const rest = view.issues.claimRest(fieldId(['escalation', 'name', 'en-GB']), { label: where, kind: 'group' }, ['escalation']);
  return html`
    <h3 id="escalation-heading">${t('configure:escalation.heading')}</h3>
    <p>${t('configure:escalation.lead')}</p>
    ${fieldMessages(t, 'escalation', rest)} ${fields}
  `;
}

/** The nation's crisis lines with any local changes, then the trust's own escalation contact. */
export function safetySection(view: EditorView): TemplateResult {
  const t = view.t;
  const nation = nationOf(view);
  const nationName = t(`configure:nations.${nation}`);
  const entries = crisisDirectoryFor(nation).entries;
  const lines = entries.map((entry) => crisisLine(view, entry));
  const others = otherChanges(view, entries.map((e) => e.id), nationName);
  const rest = view.issues.claimRest('crisis-heading', { label: t('configure:issues.where.crisis'), kind: 'group' }, ['crisisOverrides']);
  return html`
    <section class="section" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" tabindex="-1">${t('configure:crisis.heading')}</h2>
      <p>${t('configure:crisis.lead', { nation: nationName })}</p>
      ${fieldMessages(t, 'crisis-section', rest)} ${lines} ${others} ${escalationPart(view)}
    </section>
  `;
}
