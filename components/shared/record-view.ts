import { html, nothing, type TemplateResult } from 'lit';
import { whatHelpsQuestions, type RecordSection } from '../../src/model/conversation.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import type { Service } from '../../src/content/types.js';
import { textIn } from '../../src/record/build-record.js';
import { isPhoneNumber, mailtoHref, readableUrl, telHref, webHref } from './contact-links.js';
import { dateValue } from './dates.js';
import { topicName, type RecordTextOptions } from './record-text.js';
import { marked, markedWith, written } from './marked-text.js';

// The body of each section of a record as HTML: the staff member's copy at the end of a conversation and the
// stored plan shown later use the same parts, so a plan reads the same wherever it is shown. The parts follow
// `staffCopyText` in src/record/staff-copy.ts, with the same keys. Everything is rendered as text.

type Part = (record: AgreedRecord, o: RecordTextOptions) => TemplateResult | typeof nothing;

const list = (items: readonly TemplateResult[]) => html`<ul class="copy-list">${items}</ul>`;
// Typed words keep their own direction (dir="auto"): English typed into an Urdu copy, or Urdu into an English one,
// must not have its punctuation moved to the wrong end.
const detail = (text: string | undefined) => (text ? html`<span class="detail" lang="" dir="auto">${text}</span>` : nothing);

// How to reach a chosen service, so a member of staff with no work computer can act on the printed copy. Numbers
// and addresses read left to right, even in a right-to-left copy.
function contact(service: Service | undefined, { t, language }: RecordTextOptions): TemplateResult | typeof nothing {
  if (!service) return nothing;
  const tel = service.phone ? telHref(service.phone) : undefined;
  const mailto = service.email ? mailtoHref(service.email) : undefined;
  const web = service.url ? webHref(service.url) : undefined;
  const hours = service.hours ? textIn(service.hours, language) : '';
  if (!tel && !mailto && !web && !hours) return nothing;
  const row = (label: string, value: unknown) => html`<div class="contact-row"><dt>${marked(t, label)}</dt><dd>${value}</dd></div>`;
  return html`
    <dl class="copy-contact">
      ${tel ? row('services:phone', html`<a href=${tel} dir="ltr" class=${isPhoneNumber(service.phone!) ? 'number' : ''}>${service.phone}</a>`) : nothing}
      ${mailto ? row('services:email', html`<a href=${mailto} dir="ltr">${service.email!.trim()}</a>`) : nothing}
      ${web ? row('services:website', html`<a href=${web.href} dir="ltr">${readableUrl(web)}</a>`) : nothing}
      ${hours ? row('services:hours', written(hours)) : nothing}
    </dl>
  `;
}

const parts: { [S in RecordSection]: Part } = {
  review: (record, { t }) =>
    list(
      (record.review ?? []).map(
        (item) =>
          html`<li>
            ${markedWith(t, 'summary:copy.item', { text: written(item.text), status: { key: `summary:copy.reviewStatus.${item.status ?? 'none'}` } })}
            ${detail(item.note)}
          </li>`,
      ),
    ),
  summary: (record) => html`<p class="agreed" lang="" dir="auto">${record.summary}</p>`,
  topics: (record, o) =>
    list((record.topics ?? []).map((topic) => html`<li>${topicName(topic.id, o)} ${detail(topic.agreed)}</li>`)),
  whatHelps: (record, { t }) => html`
    <dl class="copy-answers">
      ${whatHelpsQuestions.map((q) => {
        const answer = record.whatHelps?.[q];
        return answer
          ? html`<dt>${marked(t, `summary:copy.whatHelps.${q}`)}</dt>
              <dd class="agreed" lang="" dir="auto">${answer}</dd>`
          : nothing;
      })}
    </dl>
  `,
  actions: (record, { t, language }) =>
    list(
      (record.actions ?? []).map((action) => {
        // What was typed keeps its own language and direction inside the sentence around it.
        const values = { text: written(action.text), owner: { key: `summary:copy.owner.${action.owner}` } };
        const text = action.due
          ? markedWith(t, 'summary:copy.actionDue', { ...values, due: { key: 'summary:copy.due', values: { date: dateValue(action.due, language) } } })
          : markedWith(t, 'summary:copy.action', values);
        return html`<li>${text}</li>`;
      }),
    ),
  adjustments: (record, { t }) =>
    list(
      (record.adjustments ?? []).map(
        (a) =>
          html`<li>
            ${markedWith(t, 'summary:copy.item', { text: written(a.text), status: { key: `summary:copy.adjustmentStatus.${a.status}` } })} ${detail(a.reason)}
          </li>`,
      ),
    ),
  services: (record, o) => list((record.services ?? []).map((s) => html`<li>${written(s.name)}${contact(o.services?.find((known) => known.id === s.id), o)}</li>`)),
  reviewDate: (record, { t, language }) =>
    record.reviewDate ? html`<p>${markedWith(t, 'summary:copy.nextConversation', { date: dateValue(record.reviewDate, language) })}</p>` : nothing,
};

/** The body of one recorded section (its heading is the caller's): lists, answers and dates in the language of `t`. */
export function renderRecordPart(record: AgreedRecord, section: RecordSection, options: RecordTextOptions): TemplateResult | typeof nothing {
  return parts[section](record, options);
}
