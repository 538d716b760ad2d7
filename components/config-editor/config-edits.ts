import { sourceLanguage } from '../../src/i18n/resources.js';
import { getIn, isObject, languageKey, listAt, removeAt, setSetting, textAt, type EditedConfig } from './config-paths.js';
import { localisedText, setLocalised } from './config-text.js';

/** The contact fields a service, crisis line or escalation contact may have, written as plain text. */
export type ContactField = 'phone' | 'email' | 'url';

/** An id no service uses yet: `service1`, `service2`, … */
function freshServiceId(edited: EditedConfig): string {
  const used = new Set(listAt(edited, ['services']).map((s) => textAt(s, ['id']).toLowerCase()));
  let n = 1;
  while (used.has(`service${n}`)) n++;
  return `service${n}`;
}

/**
 * An id made from a service's name, as the file wants it (letters, digits and hyphens, up to 40): "Staff
 * Physio Team" becomes `staff-physio-team`. Empty when the name has no letter or digit to make one from.
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/, '');
}

// An id the person has not chosen: empty, one made up on adding (`service3`), or the one made from the old name.
function isMadeUp(id: string, oldName: string): boolean {
  return id === '' || /^service\d+$/.test(id) || id === idFromName(oldName);
}

/**
 * Sets a service's name in `lang`. While the person has not chosen an id of their own, the English name also
 * gives the service its id (kept apart from every other service's).
 */
export function setServiceName(edited: EditedConfig, index: number, lang: string, text: string): EditedConfig {
  const oldName = localisedText(getIn(edited, ['services', index, 'name']), sourceLanguage);
  const named = setLocalised(edited, ['services', index, 'name'], lang, text, true);
  const id = textAt(edited, ['services', index, 'id']);
  if (lang !== sourceLanguage || !isMadeUp(id, oldName)) return named;
  const base = idFromName(text);
  if (!base) return named;
  const others = new Set(listAt(edited, ['services']).filter((_, i) => i !== index).map((s) => textAt(s, ['id']).toLowerCase()));
  let candidate = base;
  for (let n = 2; others.has(candidate); n++) candidate = `${base}-${n}`;
  return setSetting(named, ['services', index, 'id'], candidate);
}

/** Adds an empty service at the end; its category and name are for the person to fill in. */
export function addService(edited: EditedConfig): EditedConfig {
  return setSetting(edited, ['services'], [...listAt(edited, ['services']), { id: freshServiceId(edited), category: '', name: '' }]);
}

/** Removes the service at `index`. */
export function removeService(edited: EditedConfig, index: number): EditedConfig {
  return removeAt(edited, ['services'], index);
}

/** Sets a service's plain-text field; an empty contact field is removed from the file. */
export function setServiceField(edited: EditedConfig, index: number, field: 'id' | 'category' | ContactField, value: string): EditedConfig {
  const keepEmpty = field === 'id' || field === 'category';
  return setSetting(edited, ['services', index, field], value === '' && !keepEmpty ? undefined : value);
}

/** Offers a service for a topic, or stops; with no topics ticked it is offered wherever its category fits. */
export function setServiceTopic(edited: EditedConfig, index: number, topic: string, on: boolean): EditedConfig {
  const ids = listAt(edited, ['services', index, 'topics']).filter((id) => id !== topic);
  const next = on ? [...ids, topic] : ids;
  return setSetting(edited, ['services', index, 'topics'], next.length ? next : undefined);
}

/** Where the change to crisis line `id` is in the list, or −1. */
export function crisisIndex(edited: EditedConfig, id: string): number {
  return listAt(edited, ['crisisOverrides']).findIndex((o) => getIn(o, ['id']) === id);
}

// Applies `edit` to the change for line `id`, making it first; a change that changes nothing is removed.
function editCrisis(edited: EditedConfig, id: string, edit: (edited: EditedConfig, index: number) => EditedConfig): EditedConfig {
  let index = crisisIndex(edited, id);
  let next = edited;
  if (index < 0) {
    index = listAt(edited, ['crisisOverrides']).length;
    next = setSetting(edited, ['crisisOverrides', index], { id });
  }
  next = edit(next, index);
  const override = getIn(next, ['crisisOverrides', index]);
  const empty = isObject(override) && Object.keys(override).every((key) => key === 'id');
  return empty ? removeAt(next, ['crisisOverrides'], index) : next;
}

/** Sets a trust's note on a national crisis line in one language; with no text left the note is removed. */
export function setCrisisNote(edited: EditedConfig, id: string, lang: string, value: string): EditedConfig {
  if (value === '' && crisisIndex(edited, id) < 0) return edited;
  return editCrisis(edited, id, (d, i) => setLocalised(d, ['crisisOverrides', i, 'note'], lang, value, false));
}

/** The fields of a national line a trust may not change, as older config files may still hold them. */
export const fixedCrisisFields = ['phone', 'url', 'hours'] as const;

/** Removes any change to a national line's number, web address or opening times, keeping the trust's note. */
export function removeFixedCrisisFields(edited: EditedConfig, id: string): EditedConfig {
  if (crisisIndex(edited, id) < 0) return edited;
  return editCrisis(edited, id, (d, i) => fixedCrisisFields.reduce((next, field) => setSetting(next, ['crisisOverrides', i, field], undefined), d));
}

/** Removes the change at `index` (used for lines of another nation, which have no fields of their own here). */
export function removeCrisisChange(edited: EditedConfig, index: number): EditedConfig {
  return removeAt(edited, ['crisisOverrides'], index);
}

// An escalation contact with nothing left in it is removed, so an untouched form writes none.
function tidyEscalation(edited: EditedConfig): EditedConfig {
  const contact = edited.escalation;
  const blank = isObject(contact) && Object.values(contact).every((v) => v === '' || v === undefined);
  return blank ? setSetting(edited, ['escalation'], undefined) : edited;
}

/** Sets a contact field of the escalation contact. */
export function setEscalationField(edited: EditedConfig, field: ContactField, value: string): EditedConfig {
  return tidyEscalation(setSetting(edited, ['escalation', field], value === '' ? undefined : value));
}

/** Sets the escalation contact's name or description in one language. */
export function setEscalationText(edited: EditedConfig, field: 'name' | 'description', lang: string, value: string): EditedConfig {
  return tidyEscalation(setLocalised(edited, ['escalation', field], lang, value, field === 'name'));
}

/** The wording changes in one language, in file order: `[key, text]`. */
export function wordingChanges(edited: EditedConfig, lang: string): [string, string][] {
  const key = languageKey(edited.overrides, lang);
  const group = key === undefined ? undefined : getIn(edited, ['overrides', key]);
  return isObject(group) ? Object.entries(group).map(([k, v]) => [k, typeof v === 'string' ? v : '']) : [];
}

/** Sets (or adds) the text of wording change `key` in `lang`. */
export function setWording(edited: EditedConfig, lang: string, key: string, text: string): EditedConfig {
  const langKey = languageKey(edited.overrides, lang) ?? lang;
  return setSetting(edited, ['overrides', langKey, key], text);
}

/** Removes wording change `key` in `lang`, and the language's group when it is left empty. */
export function removeWording(edited: EditedConfig, lang: string, key: string): EditedConfig {
  const langKey = languageKey(edited.overrides, lang) ?? lang;
  let next = setSetting(edited, ['overrides', langKey, key], undefined);
  const group = getIn(next, ['overrides', langKey]);
  if (isObject(group) && Object.keys(group).length === 0) next = setSetting(next, ['overrides', langKey], undefined);
  if (isObject(next.overrides) && Object.keys(next.overrides).length === 0) next = setSetting(next, ['overrides'], undefined);
  return next;
}

/** A file name for the download, from the organisation's English name: `anytown-hospitals.json`. */
export function fileNameFor(edited: EditedConfig): string {
  const organisation = edited.organisation;
  const name = typeof organisation === 'string' ? organisation : textAt(organisation, [languageKey(organisation, sourceLanguage) ?? sourceLanguage]);
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'trust-config'}.json`;
}
