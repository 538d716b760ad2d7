import { html, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ConversationContent } from '../../src/context/content-context.js';
import { addDays } from '../../src/base/calendar.js';
import { textIn } from '../../src/record/build-record.js';
import { dateValue } from '../shared/dates.js';
import { dateInput } from './date-input.js';
import type { PlanView } from './plan-fields.js';
import { marked, markedWith } from '../shared/marked-text.js';

/** The services the staff member chose while exploring topics, by name; or a line saying there are none. */
export function servicesSection(view: PlanView, content: ConversationContent): TemplateResult {
  const { t, context } = view;
  const chosen = context.services.flatMap((id) => content.services.find((service) => service.id === id) ?? []);
  const h = view.headings.section;
  return staticHtml`
    <div class="services" part="services">
      <${h} class="h-section">${marked(t, 'plan:services.heading')}</${h}>
      <p class="hint">${marked(t, 'plan:services.hint')}</p>
      ${chosen.length
        ? html`<ul>
            ${chosen.map((service) => html`<li data-content>${textIn(service.name, content.language)}</li>`)}
          </ul>`
        : html`<p>${marked(t, 'plan:services.none')}</p>`}
    </div>
  `;
}

/** The date of the next conversation, with a suggested date six months on as the hint's example. */
export function reviewDateSection(view: PlanView, language: string): TemplateResult {
  const { t, context, send } = view;
  const suggested = addDays(context.today, 0, 6);
  return html`
    <div class="review-date" part="review-date">
      ${dateInput(view, {
        field: 'reviewDate',
        legend: marked(t, 'plan:reviewDate.label'),
        // The example is given to the hint too, for a trust's own wording of it that still names it.
        hint: markedWith(t, 'plan:reviewDate.hint', { example: dateValue(suggested, language) }),
        example: suggested,
        value: context.reviewDate,
        language,
        onChange: (date) => send({ type: 'reviewDate.set', date }),
      })}
    </div>
  `;
}
