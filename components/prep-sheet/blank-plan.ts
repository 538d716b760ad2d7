import type { TFunction } from 'i18next';
import { html, type TemplateResult } from 'lit';
import { adjustmentStatuses, recordSections } from '../../src/model/conversation.js';

// The last page of the manager's paper guide: the plan laid out as the screen's plan and check pages are, with
// boxes to write in and to tick, so a plan made on paper has the same parts and the same consent per section.

const box = html`<span class="tick-box" aria-hidden="true"></span>`;

// `count` blank rows to write in, each its number and then `cells`. Each cell is labelled for a screen reader by
// its column header, as in any table.
function blankRows(t: TFunction, count: number, cells: TemplateResult) {
  return Array.from(
    { length: count },
    (_, n) => html`<tr>
      <th scope="row" class="row-number"><span class="visually-hidden">${t('summary:prep.blank.rowLabel', { n: n + 1 })}</span></th>
      ${cells}
    </tr>`,
  );
}

// A table to write in: its caption, a header a column (the first column wide), then the rows.
function blankTable(list: 'actions' | 'adjustments', caption: string, columns: readonly string[], rows: readonly TemplateResult[]) {
  const [first, ...others] = columns;
  return html`
    <table class="blank-table ${list}-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col" class="wide">${first}</th>
          ${others.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  `;
}

function actions(t: TFunction) {
  const columns = [t('plan:actions.text'), t('plan:actions.owner'), t('plan:actions.due')];
  return blankTable('actions', t('plan:actions.heading'), columns, blankRows(t, 4, html`<td></td><td></td><td></td>`));
}

function adjustments(t: TFunction) {
  const statuses = html`<ul class="tick-list">
    ${adjustmentStatuses.map((s) => html`<li>${box} ${t(`plan:adjustments.statuses.${s}`)}</li>`)}
  </ul>`;
  const columns = [t('plan:adjustments.text'), t('plan:adjustments.status'), t('summary:prep.blank.notPossibleReason')];
  return blankTable('adjustments', t('plan:adjustments.heading'), columns, blankRows(t, 3, html`<td></td><td>${statuses}</td><td></td>`));
}

// A label and a line to write on.
const field = (label: string) => html`<div class="write-field"><span class="write-label">${label}</span><span class="write-space"></span></div>`;

function signatures(t: TFunction) {
  const person = (who: string) => html`
    <div class="signature">
      <p class="write-label">${t(`summary:prep.blank.signatures.${who}`)}</p>
      ${field(t('summary:prep.blank.signatures.signature'))} ${field(t('summary:prep.blank.signatures.date'))}
    </div>
  `;
  return html`
    <h4>${t('summary:prep.blank.signatures.heading')}</h4>
    <div class="signatures">${person('staff')} ${person('manager')}</div>
  `;
}

/** The blank plan page: actions, changes, services, the next date, consent per section and signatures. */
export function renderBlankPlan(t: TFunction): TemplateResult {
  return html`
    <section class="blank-plan" part="blank-plan" aria-labelledby="blank-title">
      <h3 id="blank-title">${t('summary:plan.title')}</h3>
      <p class="hint">${t('summary:prep.blank.hint')}</p>
      ${field(t('summary:prep.blank.held'))}
      ${actions(t)} ${adjustments(t)}
      <div class="write-block">
        <h4>${t('plan:services.heading')}</h4>
        <div class="line"></div>
        <div class="line"></div>
      </div>
      ${field(t('plan:reviewDate.label'))}
      <h4>${t('summary:prep.blank.consent.heading')}</h4>
      <p class="hint">${t('summary:prep.blank.consent.hint')}</p>
      <ul class="tick-list consent">
        ${recordSections.map((section) => html`<li>${box} ${t(`summary:plan.sections.${section}`)}</li>`)}
      </ul>
      ${signatures(t)}
    </section>
  `;
}
