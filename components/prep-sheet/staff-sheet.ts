import { html, type TemplateResult } from 'lit';
import { textIn } from '../../src/record/build-record.js';
import { renderSupportQr } from '../shared/support-qr.js';
import { renderCrisisLines } from './contacts.js';
import { points, sheet, writingLines, type SheetView } from './sheet-view.js';

// The staff member's sheet, read before the meeting, often on paper: what the conversation is for, that it is
// their choice and private within one limit, what they might think about, how to have it their way, and where
// to get help now. Two A4 pages at most.

function section(id: string, heading: string, body: TemplateResult) {
  return html`
    <section class="sheet-section" aria-labelledby="staff-${id}">
      <h3 id="staff-${id}">${heading}</h3>
      ${body}
    </section>
  `;
}

function topics({ t, content }: SheetView) {
  return html`
    <p>${t('summary:prep.staff.topics.lead')}</p>
    <dl class="topic-list" part="topics">
      ${content.topics.map(
        (topic) => html`
          <div class="topic">
            <dt>${t(`${topic.namespace}:${topic.id}.name`)}</dt>
            <dd>${t(`${topic.namespace}:${topic.id}.gentler`)}</dd>
          </div>
        `,
      )}
    </dl>
    <p class="then">${t('summary:prep.staff.topics.whatHelps')}</p>
    ${points(t, 'summary:prep.staff.topics.whatHelpsPoints')}
  `;
}

/** The staff member's preparation sheet. */
export function renderStaffSheet(view: SheetView): TemplateResult {
  const { t, content, config, language } = view;
  const heading = { kind: 'staff', title: t('summary:prep.staff.title'), intro: t('summary:prep.staff.intro'), printLabel: t('summary:prep.print') } as const;
  return sheet(view, heading, html`
    ${section('purpose', t('summary:prep.staff.purpose.heading'), points(t, 'summary:prep.staff.purpose.points'))}
    ${section('choice', t('summary:prep.staff.choice.heading'), points(t, 'summary:prep.staff.choice.points'))}
    ${section('privacy', t('summary:prep.staff.privacy.heading'), points(t, 'summary:prep.staff.privacy.points'))}
    ${section('topics', t('summary:prep.staff.topics.heading'), topics(view))}
    ${section('support', t('summary:prep.staff.support.heading'), points(t, 'summary:prep.staff.support.points'))}
    ${section(
      'help',
      t('summary:prep.lines.heading'),
      html`<p>${t('summary:prep.lines.lead')}</p>
        ${renderCrisisLines(content.crisis, config.crisisOverrides, { t, language, organisation: textIn(config.organisation, language) })}
        ${renderSupportQr(config.staffSupportUrl, t)}`,
    )}
    <section class="sheet-section print-only" aria-labelledby="staff-notes">
      <h3 id="staff-notes">${t('summary:prep.staff.notes.heading')}</h3>
      <p>${t('summary:prep.staff.notes.hint')}</p>
      ${writingLines(4)}
    </section>
  `);
}
