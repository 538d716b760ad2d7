import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TFunction } from 'i18next';
import { serviceCategoryKey } from '../../src/content/signposting.js';
import type { Service } from '../../src/content/types.js';
import { textIn } from '../../src/record/build-record.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { isPhoneNumber, mailtoHref, readableUrl, telHref, webHref } from '../shared/contact-links.js';
import { serviceListStyles } from './service-list.styles.js';
import { marked } from '../shared/marked-text.js';

/**
 * A list of services to signpost to: each with its category, the trust's own name, description and
 * opening times, and links to phone, email or visit it. With `selectable`, the staff member can tick
 * the ones they would like to try; the choice goes into the plan.
 *
 * @csspart list - The list of services.
 * @csspart service - One service.
 * @csspart empty - The message shown when there are no services.
 */
export class WcgServiceList extends LitElement {
  static override styles = [baseStyles, serviceListStyles];

  private readonly conversation = new ConversationController(this);

  static override properties = {
    services: { attribute: false },
    selectable: { type: Boolean, reflect: true },
  };

  /** The services to show, in order. Their text is the trust's own and is shown as text. */
  services: readonly Service[] = [];

  /** When present, each service has an "I'd like to try this" checkbox that adds it to the plan. */
  selectable = false;

  private readonly onToggle = (event: Event): void => {
    const id = (event.target as HTMLInputElement).dataset.id;
    if (id) this.conversation.send({ type: 'service.toggle', id });
  };

  private renderContact(t: TFunction, service: Service) {
    const language = this.conversation.content.language;
    const tel = service.phone ? telHref(service.phone) : undefined;
    const mailto = service.email ? mailtoHref(service.email) : undefined;
    const web = service.url ? webHref(service.url) : undefined;
    const hours = service.hours ? textIn(service.hours, language) : '';
    if (!tel && !mailto && !web && !hours) return nothing;
    const row = (labelKey: string, value: unknown) =>
      html`<div class="row"><dt>${marked(t, labelKey)}</dt><dd>${value}</dd></div>`;
    // Numbers and addresses always read left to right, even on a right-to-left page.
    return html`
      <dl class="contact">
        ${tel ? row('services:phone', html`<a href=${tel} dir="ltr" class=${isPhoneNumber(service.phone!) ? 'number' : ''}>${service.phone}</a>`) : nothing}
        ${mailto ? row('services:email', html`<a href=${mailto} dir="ltr" data-content>${service.email!.trim()}</a>`) : nothing}
        ${web ? row('services:website', html`<a href=${web.href} dir="ltr" data-content>${readableUrl(web)}</a>`) : nothing}
        ${hours ? row('services:hours', html`<span data-content>${hours}</span>`) : nothing}
      </dl>
    `;
  }

  private renderChoice(t: TFunction, service: Service, index: number, name: string) {
    const { context } = this.conversation;
    const id = `service-${index}-choose`;
    // The name says which service, in one text: the visible label, then the service's name (label in name, 2.5.3).
    return html`
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          aria-label=${`${t('services:choose.label')}${t('services:choose.hiddenName', { name })}`}
          data-id=${service.id}
          .checked=${live(context.services.includes(service.id))}
          ?disabled=${context.outcome !== null || this.conversation.disabled}
          @change=${this.onToggle}
        />
        <label for=${id}>${marked(t, 'services:choose.label')}</label>
      </div>
    `;
  }

  private renderService(t: TFunction, service: Service, index: number) {
    const language = this.conversation.content.language;
    const name = textIn(service.name, language);
    const description = service.description ? textIn(service.description, language) : '';
    return html`
      <li class="service" part="service">
        <p class="category">${marked(t, serviceCategoryKey(service.category, 'name'), { context: this.conversation.content.config.nation })}</p>
        <p class="name" data-content>${name}</p>
        ${description ? html`<p class="description" data-content>${description}</p>` : nothing} ${this.renderContact(t, service)}
        ${this.selectable ? this.renderChoice(t, service, index, name) : nothing}
      </li>
    `;
  }

  override render(): HTMLTemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t } = this.conversation;
    if (!this.services.length) return html`<p class="empty" part="empty">${marked(t, 'services:none')}</p>`;
    const list = html`<ul class="services" part="list">${this.services.map((s, i) => this.renderService(t, s, i))}</ul>`;
    if (!this.selectable) return list;
    return html`
      <fieldset aria-describedby="choose-hint">
        <legend>${marked(t, 'services:choose.legend')}</legend>
        <span class="hint" id="choose-hint">${marked(t, 'services:choose.hint')}</span>
        ${list}
      </fieldset>
    `;
  }
}
