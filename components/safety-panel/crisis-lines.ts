import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { entryKey, kindKey, type CrisisDirectory, type CrisisEntry, type CrisisKind } from '../../src/content/crisis.js';
import type { CrisisOverride, EscalationContact } from '../../src/content/trust-config.js';
import { textIn } from '../../src/record/build-record.js';
import { isPhoneNumber, telHref } from '../shared/contact-links.js';
import { dateValue } from '../shared/dates.js';
import { headingTags, type HeadingTags } from '../shared/heading.js';
import { marked, markedWith } from '../shared/marked-text.js';

/** What the crisis line templates need: the text, the UI language, the trust's name and its notes on the lines. */
export interface LinesOptions {
  readonly t: TFunction;
  readonly language: string;
  readonly overrides: readonly CrisisOverride[];
  /** The trust's name in the UI language, or '' when it gave none. */
  readonly organisation: string;
  /** The panel's heading tags: its sections and, below them, each kind of line. */
  readonly headings?: HeadingTags;
}

/** "Note from <trust>" or "From <trust>": a trust's words are always labelled as the trust's, never as national. */
export function trustLabel(t: TFunction, organisation: string, kind: 'note' | 'from'): string {
  return organisation ? t(`safety:panel.${kind}Trust`, { organisation }) : t(`safety:panel.${kind}YourOrganisation`);
}


/** True when `lastVerified` is more than a year before `today` (both YYYY-MM-DD). */
export function isStale(lastVerified: string, today: string): boolean {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastVerified}T00:00:00Z`)) / 86_400_000;
  return days > 365;
}


// Only web addresses are linked: a trust's url is checked by the config parser, but a link must never run script.
const isWebUrl = (url: string | undefined): url is string => Boolean(url && /^https?:\/\//i.test(url));

function externalLink(href: string, label: TemplateResult | string, t: TFunction) {
  // These open in a new tab because leaving the page would lose the conversation, which lives only in memory.
  // One span, so the link's flex layout keeps the space between the words; a plain label is one text with the
  // words after it, since a screen reader's name for the link can drop a space that stands alone between two texts.
  const newTab = t('safety:panel.newTab');
  return html`<a href=${href} target="_blank" rel="noopener noreferrer"><span>${typeof label === 'string' ? `${label} ${newTab}` : html`${label} ${newTab}`}</span></a>`;
}


/**
 * "Call 116 123", which a trust may reword: the number alone is kept whole on one line when it is a phone number,
 * never the words around it, which may be long. One span, so the link's flex layout keeps the space before it.
 */
function callLabel(t: TFunction, phone: string): TemplateResult {
  return html`<span>${markedWith(t, 'safety:call', { number: html`<span class=${isPhoneNumber(phone) ? 'number' : ''}>${phone}</span>` })}</span>`;
}

// The call link; a number with too few digits to dial (unchecked config) is shown as words, never as a dead link.
function callLink(t: TFunction, phone: string): TemplateResult {
  const href = telHref(phone);
  return href ? html`<a class="call" href=${href}>${callLabel(t, phone)}</a>` : html`<span class="call">${callLabel(t, phone)}</span>`;
}

function smsLink(sms: NonNullable<CrisisEntry['sms']>, t: TFunction) {
  const body = sms.keyword ? `?body=${encodeURIComponent(sms.keyword)}` : '';
  const label = sms.keyword ? marked(t, 'safety:text', { keyword: sms.keyword, number: sms.number }) : marked(t, 'safety:panel.textNumber', { number: sms.number });
  return html`<a class="call" href="sms:${sms.number.replace(/\D/g, '')}${body}">${label}</a>`;
}

function renderEntry(entry: CrisisEntry, { t, language, overrides, organisation }: LinesOptions) {
  const name = t(entryKey(entry.id, 'name'));
  const note = overrides.find((o) => o.id === entry.id)?.note;
  return html`
    <li class="line">
      <p class="line-name" data-content>${name}</p>
      <p class="contact">
        ${entry.phone ? callLink(t, entry.phone) : nothing}
        ${entry.sms ? smsLink(entry.sms, t) : nothing}
        ${isWebUrl(entry.url) ? externalLink(entry.url, marked(t, 'safety:panel.website', { name }), t) : nothing}
      </p>
      <p class="hours">${marked(t, entryKey(entry.id, 'hours'))}</p>
      ${note
        ? html`<p class="trust-note" part="trust-note"><strong>${trustLabel(t, organisation, 'note')}</strong> <span data-content>${textIn(note, language)}</span></p>`
        : nothing}
      <p class="source">
        ${externalLink(entry.source, html`${marked(t, 'safety:source')}<span class="visually-hidden"> ${marked(t, 'safety:panel.sourceHidden', { name })}</span>`, t)}
      </p>
    </li>
  `;
}

/** The lines under a heading per kind ("In an emergency", "Someone to listen"), in the order given. */
export function renderLines(entries: readonly CrisisEntry[], options: LinesOptions) {
  const groups = new Map<CrisisKind, CrisisEntry[]>();
  for (const entry of entries) groups.set(entry.kind, [...(groups.get(entry.kind) ?? []), entry]);
  const h = (options.headings ?? headingTags()).subsection;
  return html`${[...groups].map(
    ([kind, lines]) => staticHtml`
      <div class="kind" part="lines">
        <${h} class="h-subsection">${marked(options.t, kindKey(kind))}</${h}>
        <ul class="lines">${lines.map((entry) => renderEntry(entry, options))}</ul>
      </div>
    `,
  )}`;
}

/**
 * When the numbers were last checked, with a warning when that was over a year before `today` or when a number
 * could not be confirmed on its service's own page.
 */
export function renderVerified(directory: Pick<CrisisDirectory, 'lastVerified' | 'unconfirmed'>, today: string, { t, language }: LinesOptions) {
  const stale = isStale(directory.lastVerified, today);
  const warning = stale && directory.unconfirmed ? 'staleAndUnconfirmed' : stale ? 'stale' : directory.unconfirmed ? 'unconfirmed' : '';
  return html`
    <p class="verified" part="verified">${markedWith(t, 'safety:lastVerified', { date: dateValue(directory.lastVerified, language) })}</p>
    ${warning
      ? html`<p class="warning" part="warning">
          <span class="warning-icon" aria-hidden="true"></span>
          <strong><span class="visually-hidden">${marked(t, 'safety:panel.warning')} </span>${marked(t, `safety:panel.${warning}`)}</strong>
        </p>`
      : nothing}
  `;
}

/** The trust's own policy line and, when the trust gave one, its escalation contact, labelled as the trust's. */
export function renderEscalation(contact: EscalationContact | undefined, { t, language, organisation, headings = headingTags() }: LinesOptions) {
  const name = contact ? textIn(contact.name, language) : '';
  return staticHtml`
    <div class="escalation" part="escalation">
      <${headings.section} class="h-section">${marked(t, 'safety:panel.escalation')}</${headings.section}>
      <p>${marked(t, 'safety:trustPolicy')}</p>
      ${contact
        ? html`
            <p class="trust-label">${trustLabel(t, organisation, 'from')}</p>
            <p class="line-name">${name}</p>
            ${contact.description ? html`<p data-content>${textIn(contact.description, language)}</p>` : nothing}
            <p class="contact">
              ${contact.phone ? callLink(t, contact.phone) : nothing}
              ${contact.email ? html`<a href="mailto:${contact.email}" data-content>${contact.email}</a>` : nothing}
              ${isWebUrl(contact.url) ? externalLink(contact.url, marked(t, 'safety:panel.website', { name }), t) : nothing}
            </p>
          `
        : nothing}
    </div>
  `;
}
