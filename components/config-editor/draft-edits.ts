import { sourceLanguage } from '../../src/i18n/resources.js';
import { getIn, isObject, languageKey, listAt, removeAt, setDraft, textAt, type Draft } from './draft-paths.js';
import { setLocalised } from './draft-text.js';

/** The contact fields a service, crisis line or escalation contact may have, written as plain text. */
export type ContactField = 'phone' | 'email' | 'url';

/** An id no service uses yet: `service1`, `service2`, … */
function freshServiceId(draft: Draft): string {
  const used = new Set(listAt(draft, ['services']).map((s) => textAt(s, ['id']).toLowerCase()));
  let n = 1;
  while (used.has(`service${n}`)) n++;
  return `service${n}`;
}

/** Adds an empty service at the end; its category and name are for the person to fill in. */
export function addService(draft: Draft): Draft {
  return setDraft(draft, ['services'], [...listAt(draft, ['services']), { id: freshServiceId(draft), category: '', name: '' }]);
}

/** Removes the service at `index`. */
export function removeService(draft: Draft, index: number): Draft {
  return removeAt(draft, ['services'], index);
}

/** Sets a service's plain-text field; an empty contact field is removed from the file. */
export function setServiceField(draft: Draft, index: number, field: 'id' | 'category' | ContactField, value: string): Draft {
  const keepEmpty = field === 'id' || field === 'category';
  return setDraft(draft, ['services', index, field], value === '' && !keepEmpty ? undefined : value);
}

/** Offers a service for a topic, or stops; with no topics ticked it is offered wherever its category fits. */
export function setServiceTopic(draft: Draft, index: number, topic: string, on: boolean): Draft {
  const ids = listAt(draft, ['services', index, 'topics']).filter((id) => id !== topic);
  const next = on ? [...ids, topic] : ids;
  return setDraft(draft, ['services', index, 'topics'], next.length ? next : undefined);
}

/** Where the change to crisis line `id` is in the list, or −1. */
export function crisisIndex(draft: Draft, id: string): number {
  return listAt(draft, ['crisisOverrides']).findIndex((o) => getIn(o, ['id']) === id);
}

// Applies `edit` to the change for line `id`, making it first; a change that changes nothing is removed.
function editCrisis(draft: Draft, id: string, edit: (draft: Draft, index: number) => Draft): Draft {
  let index = crisisIndex(draft, id);
  let next = draft;
  if (index < 0) {
    index = listAt(draft, ['crisisOverrides']).length;
    next = setDraft(draft, ['crisisOverrides', index], { id });
  }
  next = edit(next, index);
  const override = getIn(next, ['crisisOverrides', index]);
  const empty = isObject(override) && Object.keys(override).every((key) => key === 'id');
  return empty ? removeAt(next, ['crisisOverrides'], index) : next;
}

/** Sets a trust's note on a national crisis line in one language; with no text left the note is removed. */
export function setCrisisNote(draft: Draft, id: string, lang: string, value: string): Draft {
  if (value === '' && crisisIndex(draft, id) < 0) return draft;
  return editCrisis(draft, id, (d, i) => setLocalised(d, ['crisisOverrides', i, 'note'], lang, value, false));
}

/** The fields of a national line a trust may not change, as older settings files may still hold them. */
export const fixedCrisisFields = ['phone', 'url', 'hours'] as const;

/** Removes any change to a national line's number, web address or opening times, keeping the trust's note. */
export function removeFixedCrisisFields(draft: Draft, id: string): Draft {
  if (crisisIndex(draft, id) < 0) return draft;
  return editCrisis(draft, id, (d, i) => fixedCrisisFields.reduce((next, field) => setDraft(next, ['crisisOverrides', i, field], undefined), d));
}

/** Removes the change at `index` (used for lines of another nation, which have no fields of their own here). */
export function removeCrisisChange(draft: Draft, index: number): Draft {
  return removeAt(draft, ['crisisOverrides'], index);
}

// An escalation contact with nothing left in it is removed, so an untouched form writes none.
function tidyEscalation(draft: Draft): Draft {
  const contact = draft.escalation;
  const blank = isObject(contact) && Object.values(contact).every((v) => v === '' || v === undefined);
  return blank ? setDraft(draft, ['escalation'], undefined) : draft;
}

/** Sets a contact field of the escalation contact. */
export function setEscalationField(draft: Draft, field: ContactField, value: string): Draft {
  return tidyEscalation(setDraft(draft, ['escalation', field], value === '' ? undefined : value));
}

/** Sets the escalation contact's name or description in one language. */
export function setEscalationText(draft: Draft, field: 'name' | 'description', lang: string, value: string): Draft {
  return tidyEscalation(setLocalised(draft, ['escalation', field], lang, value, field === 'name'));
}

/** The wording changes in one language, in file order: `[key, text]`. */
export function wordingChanges(draft: Draft, lang: string): [string, string][] {
  const key = languageKey(draft.overrides, lang);
  const group = key === undefined ? undefined : getIn(draft, ['overrides', key]);
  return isObject(group) ? Object.entries(group).map(([k, v]) => [k, typeof v === 'string' ? v : '']) : [];
}

/** Sets (or adds) the text of wording change `key` in `lang`. */
export function setWording(draft: Draft, lang: string, key: string, text: string): Draft {
  const langKey = languageKey(draft.overrides, lang) ?? lang;
  return setDraft(draft, ['overrides', langKey, key], text);
}

/** Removes wording change `key` in `lang`, and the language's group when it is left empty. */
export function removeWording(draft: Draft, lang: string, key: string): Draft {
  const langKey = languageKey(draft.overrides, lang) ?? lang;
  let next = setDraft(draft, ['overrides', langKey, key], undefined);
  const group = getIn(next, ['overrides', langKey]);
  if (isObject(group) && Object.keys(group).length === 0) next = setDraft(next, ['overrides', langKey], undefined);
  if (isObject(next.overrides) && Object.keys(next.overrides).length === 0) next = setDraft(next, ['overrides'], undefined);
  return next;
}

/** A file name for the download, from the organisation's English name: `anytown-hospitals.json`. */
export function fileNameFor(draft: Draft): string {
  const organisation = draft.organisation;
  const name = typeof organisation === 'string' ? organisation : textAt(organisation, [languageKey(organisation, sourceLanguage) ?? sourceLanguage]);
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'trust-settings'}.json`;
}
