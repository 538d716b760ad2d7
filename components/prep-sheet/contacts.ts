import type { TFunction } from 'i18next';
import { html, nothing, type HTMLTemplateResult } from 'lit';
import { entryKey, type CrisisDirectory, type CrisisEntry } from '../../src/content/crisis.js';
import { serviceCategoryKey } from '../../src/content/signposting.js';
import type { CrisisOverride } from '../../src/content/trust-config.js';
import { serviceCategories, type LocalisedText, type Nation, type Service } from '../../src/content/types.js';
import { textIn } from '../../src/record/build-record.js';
import { formatDate } from '../shared/record-text.js';
import { trustLabel } from '../safety-panel/crisis-lines.js';
import { telHref } from '../shared/contact-links.js';

// Numbers and addresses on a sheet that is mostly read on paper: every one is written out in full as text, and
// on screen it is a link as well. Only web addresses become web links, so a link can never run script.

/** What the contact templates need: the text, its language and the trust's name ('' or absent when it gave none). */
export interface ContactOptions {
  readonly t: TFunction;
  readonly language: string;
  readonly organisation?: string;
  /** The nation, which names some kinds of service its own way ("Speaking Up Safely" in Wales). */
  readonly nation?: Nation;
}

function webUrl(url: string | undefined): URL | undefined {
  try {
    const parsed = url ? new URL(url) : undefined;
    return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username ? parsed : undefined;
  } catch {
    return undefined;
  }
}

// An address as a person copies it from paper: no scheme, no trailing slash.
const readable = (url: URL) => `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;

/** A web address as a link showing the address itself, so it can be copied from paper; nothing for any other kind. */
export function webLink(url: string | undefined): HTMLTemplateResult | typeof nothing {
  const parsed = webUrl(url);
  return parsed ? html`<a href=${parsed.href}>${readable(parsed)}</a>` : nothing;
}

function crisisLine(entry: CrisisEntry, note: LocalisedText | undefined, { t, language, organisation }: ContactOptions) {
  const sms = entry.sms;
  return html`
    <li class="contact-item">
      <span class="contact-name">${t(entryKey(entry.id, 'name'))}</span>
      <span class="contact-ways">
        ${entry.phone ? html`<a class="number" href=${telHref(entry.phone) ?? nothing}>${t('summary:prep.lines.call', { number: entry.phone })}</a>` : nothing}
        ${sms
          ? html`<span class="number">${sms.keyword
              ? t('summary:prep.lines.textKeyword', { keyword: sms.keyword, number: sms.number })
              : t('summary:prep.lines.textNumber', { number: sms.number })}</span>`
          : nothing}
      </span>
      <span class="contact-detail">${t(entryKey(entry.id, 'hours'))}</span>
      ${note
        ? html`<span class="contact-detail trust-note"><strong>${trustLabel(t, organisation ?? '', 'note')}</strong> ${textIn(note, language)}</span>`
        : nothing}
    </li>
  `;
}

/**
 * A nation's crisis lines, most urgent first, each with its number written out as its service publishes it and
 * any note from the trust labelled as the trust's, then when they were last checked, and the same warning as the
 * screen when a number could not be confirmed on its service's own page.
 */
export function renderCrisisLines(directory: CrisisDirectory, overrides: readonly CrisisOverride[], options: ContactOptions): HTMLTemplateResult {
  const { t, language } = options;
  return html`
    <ul class="contacts crisis-lines" part="crisis-lines">${directory.entries.map((entry) => crisisLine(entry, overrides.find((o) => o.id === entry.id)?.note, options))}</ul>
    <p class="checked">${t('summary:prep.lines.checked', { date: formatDate(directory.lastVerified, language) })}</p>
    ${directory.unconfirmed ? html`<p class="checked unconfirmed" part="unconfirmed"><strong>${t('safety:panel.unconfirmed')}</strong></p>` : nothing}
  `;
}

/** One way to get in touch, under its label ("Phone", "Email"): the label is set apart by its weight, not by punctuation. */
export function contactPart(label: string, value: unknown): HTMLTemplateResult {
  return html`<span class="contact-part"><span class="contact-label">${label}</span> ${value}</span>`;
}

function service(s: Service, { t, language }: ContactOptions) {
  const phone = s.phone ? telHref(s.phone) : undefined;
  return html`
    <li class="contact-item">
      <span class="contact-name">${textIn(s.name, language)}</span>
      ${s.description ? html`<span class="contact-detail description">${textIn(s.description, language)}</span>` : nothing}
      <span class="contact-ways">
        ${s.phone && phone ? contactPart(t('services:phone'), html`<a href=${phone}>${s.phone}</a>`) : nothing}
        ${s.email ? contactPart(t('services:email'), s.email) : nothing}
        ${webUrl(s.url) ? contactPart(t('services:website'), webLink(s.url)) : nothing}
      </span>
      ${s.hours ? html`<span class="contact-detail">${contactPart(t('services:hours'), textIn(s.hours, language))}</span>` : nothing}
    </li>
  `;
}

/** Services under the name of their category, in the order of the categories; an empty category is left out. */
export function renderServices(services: readonly Service[], options: ContactOptions): (HTMLTemplateResult | typeof nothing)[] {
  return serviceCategories.map((category) => {
    const inCategory = services.filter((s) => s.category === category);
    return inCategory.length
      ? html`
          <div class="service-group" part="service-group">
            <h4>${options.t(serviceCategoryKey(category, 'name'), { context: options.nation })}</h4>
            <ul class="contacts">${inCategory.map((s) => service(s, options))}</ul>
          </div>
        `
      : nothing;
  });
}
