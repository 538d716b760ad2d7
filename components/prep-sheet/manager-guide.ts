import { html, nothing, type TemplateResult } from 'lit';
import { pathKey, safetyPathIds, safetyPaths } from '../../src/content/crisis.js';
import type { EscalationContact } from '../../src/content/trust-config.js';
import { textIn } from '../../src/record/build-record.js';
import { renderBlankPlan } from './blank-plan.js';
import { contactPart, renderCrisisLines, renderServices, webLink } from './contacts.js';
import { renderStages, renderTopics } from './manager-stages.js';
import { sheet, type SheetView } from './sheet-view.js';

// The manager's paper guide, for a conversation held away from a computer: the whole conversation, the
// services, the safety steps, then a blank plan on a page of its own. Two to four A4 pages.

function services(view: SheetView) {
  const { t, content, config } = view;
  return html`
    <section class="part" aria-labelledby="part-services">
      <h3 id="part-services">${t('summary:prep.manager.parts.services')}</h3>
      <p>${t('summary:prep.manager.servicesLead')}</p>
      ${config.services.length ? nothing : html`<p class="paper-note">${t('summary:prep.manager.servicesNone')}</p>`}
      <div class="service-groups" part="services">${renderServices(content.services, { ...view, nation: view.config.nation })}</div>
    </section>
  `;
}

function escalation(contact: EscalationContact | undefined, { t, language }: SheetView) {
  if (!contact) return nothing;
  return html`
    <p class="contact-item escalation-contact">
      <span class="contact-name">${textIn(contact.name, language)}</span>
      ${contact.description ? html`<span class="contact-detail">${textIn(contact.description, language)}</span>` : nothing}
      <span class="contact-ways">
        ${contact.phone ? html`<span class="number">${t('summary:prep.lines.call', { number: contact.phone })}</span>` : nothing}
        ${contact.email ? contactPart(t('services:email'), contact.email) : nothing}
        ${contact.url ? webLink(contact.url) : nothing}
      </span>
    </p>
  `;
}

function safety(view: SheetView) {
  const { t, content, config, language } = view;
  return html`
    <section class="part safety" part="safety" aria-labelledby="part-safety">
      <h3 id="part-safety">${t('summary:prep.manager.parts.safety')}</h3>
      <p class="note">${t('safety:panel.reassurance')}</p>
      <div class="safety-paths">
        ${safetyPathIds.map(
          (path) => html`
            <div class="safety-path">
              <h4>${t(pathKey(path, 'name'))}</h4>
              <p>${t(pathKey(path, 'lead'))}</p>
              <ol class="steps">${safetyPaths[path].map((key) => html`<li>${t(key)}</li>`)}</ol>
            </div>
          `,
        )}
      </div>
      <h4>${t('safety:panel.linesHeading')}</h4>
      ${renderCrisisLines(content.crisis, config.crisisOverrides, { t, language, organisation: textIn(config.organisation, language) })}
      <h4>${t('safety:panel.escalation')}</h4>
      <p>${t('safety:trustPolicy')}</p>
      ${escalation(config.escalation, view)}
      <p class="note">${t('safety:checkIn')}</p>
    </section>
  `;
}

/** The manager's paper guide. */
export function renderManagerGuide(view: SheetView): TemplateResult {
  const { t } = view;
  const heading = {
    kind: 'manager',
    title: t('summary:prep.manager.title'),
    intro: t('summary:prep.manager.intro'),
    aside: html`<p class="note private">${t('summary:prep.manager.private')}</p>`,
    printLabel: t('summary:prep.printGuide'),
  } as const;
  return sheet(view, heading, html`${renderStages(view)} ${renderTopics(view)} ${services(view)} ${safety(view)} ${renderBlankPlan(t)}`);
}
