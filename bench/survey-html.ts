// Building blocks for the SurveyJS copy of the script: element shapes, and the HTML fragments that
// SurveyJS shows static text through (`html` elements), so prompt cards, lists and hints are escaped here.
import type { TFunction } from 'i18next';
import type { LocalisedText, Service } from '../src/content/types.js';
import type { StageId } from '../src/model/stages.js';

/** One SurveyJS element, as JSON. */
export type Element = Record<string, unknown>;
/** One SurveyJS page, as JSON. */
export type Page = { name: string; title: string; description?: string; visibleIf?: string; elements: Element[] };

/** A SurveyJS `html` element. */
export const html = (name: string, markup: string): Element => ({ type: 'html', name, html: markup });
/** A comment box for a private note or agreed wording, labelled as `<wcg-note-field>` labels it. */
export const note = (t: TFunction, name: string, kind: 'private' | 'agreed'): Element => ({
  type: 'comment',
  name: `${kind}-${name}`,
  title: t(`notes.${kind}.label`),
  description: `${t(`notes.${kind}.badge`)}. ${t(`notes.${kind}.hint`)}`,
});
/** A single checkbox (a boolean shown as a checkbox), as in a checklist or a consent. */
export const tick = (name: string, title: string, description?: string): Element => ({
  type: 'boolean',
  renderAs: 'checkbox',
  name,
  title,
  ...(description ? { description } : {}),
});
/** A page for one stage: its heading as the title and, unless told not to, its lead as the description. */
export const page = (t: TFunction, stage: StageId, elements: Element[], lead = true): Page => ({
  name: stage,
  title: t(`stages:${stage}.heading`),
  ...(lead ? { description: t(`stages:${stage}.lead`) } : {}),
  elements,
});

/** Escapes text for an HTML string: every piece of text from the locales goes through this. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A `<ul>` of escaped lines, or nothing when there are none. */
export function list(lines: readonly string[]): string {
  return lines.length ? `<ul>${lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>` : '';
}

/** The lines of a list held as an array in the locales (`topics:mood.followUps`). */
export function lines(t: TFunction, key: string): string[] {
  const value: unknown = t(key, { returnObjects: true });
  return Array.isArray(value) ? value.map(String) : [];
}

/** The en-GB words of a trust-written text. */
export function english(text: LocalisedText | undefined): string {
  if (!text) return '';
  return typeof text === 'string' ? text : (text['en-GB'] ?? Object.values(text)[0] ?? '');
}

/** The keys of one prompt: the same fields `<wcg-prompt-card>` shows. */
export interface PromptKeys {
  readonly prompt: string;
  readonly gentler: string;
  readonly followUps: string;
  readonly listenFor: string;
  readonly avoid: string;
  readonly culturalNote?: string;
}

/**
 * The prompt card: the question, its gentler wording behind "Say it another way" (a `<details>`, since an
 * html element has no script), follow-ups, and the manager's guidance.
 */
export function promptCard(t: TFunction, keys: PromptKeys): string {
  const note = keys.culturalNote ? `<h5>${esc(t('explore:card.culturalNote'))}</h5><p>${esc(t(keys.culturalNote))}</p>` : '';
  return [
    `<p class="prompt"><strong>${esc(t(keys.prompt))}</strong></p>`,
    `<details><summary>${esc(t('explore:card.sayAnother'))}</summary><p>${esc(t(keys.gentler))}</p></details>`,
    `<h4>${esc(t('explore:card.followUps'))}</h4>${list(lines(t, keys.followUps))}`,
    `<div class="guidance"><h4>${esc(t('explore:card.guidance'))}</h4><p>${esc(t('explore:card.guidanceHint'))}</p>`,
    `<h5>${esc(t('explore:card.listenFor'))}</h5>${list(lines(t, keys.listenFor))}`,
    `<h5>${esc(t('explore:card.avoid'))}</h5>${list(lines(t, keys.avoid))}${note}</div>`,
  ].join('');
}

/** One service as `<wcg-service-list>` shows it: category, name, description, phone, website, hours. */
export function serviceDetails(t: TFunction, service: Service): string {
  const row = (label: string, value: string | undefined) => (value ? `<p>${esc(t(label))}: ${esc(value)}</p>` : '');
  const description = english(service.description);
  return [
    `<li><p>${esc(t(`services:categories.${service.category}.name`))}</p><p><strong>${esc(english(service.name))}</strong></p>`,
    description ? `<p>${esc(description)}</p>` : '',
    row('services:phone', service.phone),
    row('services:email', service.email),
    row('services:website', service.url),
    row('services:hours', english(service.hours)),
    '</li>',
  ].join('');
}
