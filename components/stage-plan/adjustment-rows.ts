import { html, type TemplateResult } from 'lit';
import { adjustmentStatuses, type Adjustment } from '../../src/model/conversation.js';
import { fieldId, radios, textField, type PlanView } from './plan-fields.js';

/** The "Changes to how you work" section: one fieldset per adjustment, then the button that adds one. */
export function adjustmentRows(view: PlanView): TemplateResult {
  const { t, context } = view;
  return html`
    <div class="list" part="adjustments">
      <h3 id="adjustments-heading">${t('plan:adjustments.heading')}</h3>
      <p class="hint">${t('plan:adjustments.hint')}</p>
      ${context.adjustments.map((adjustment, index) => adjustmentRow(view, adjustment, index + 1))}
      <button type="button" class="secondary add" id="adjustments-add" ?disabled=${view.disabled} @click=${() => view.add('adjustments')}>
        ${t('plan:adjustments.add')}
      </button>
    </div>
  `;
}

function adjustmentRow(view: PlanView, adjustment: Adjustment, n: number): TemplateResult {
  const { t, send } = view;
  const base = `adjustments.${adjustment.id}`;
  // A change that is not possible must say why (the machine checks it); the label says so up front.
  const reasonRequired = adjustment.status === 'notPossible';
  return html`
    <fieldset class="row" part="row" ?disabled=${view.disabled}>
      <legend class="row-legend">${t('plan:adjustments.legend', { n })}</legend>
      ${textField(view, {
        field: `${base}.text`,
        label: t('plan:adjustments.text'),
        value: adjustment.text,
        onChange: (text) => send({ type: 'adjustment.update', id: adjustment.id, text }),
      })}
      ${radios(
        fieldId(`${base}.status`),
        t('plan:adjustments.status'),
        adjustmentStatuses,
        adjustment.status,
        (status) => t(`plan:adjustments.statuses.${status}`),
        (status) => send({ type: 'adjustment.update', id: adjustment.id, status }),
      )}
      ${textField(view, {
        field: `${base}.reason`,
        label: t(reasonRequired ? 'plan:adjustments.reasonRequired' : 'plan:adjustments.reason'),
        hint: t('plan:adjustments.reasonHint'),
        value: adjustment.reason,
        type: 'textarea',
        required: reasonRequired,
        onChange: (reason) => send({ type: 'adjustment.update', id: adjustment.id, reason }),
      })}
      <button type="button" class="secondary" @click=${() => view.remove('adjustments', adjustment.id)}>
        ${t('plan:adjustments.remove', { n })}
      </button>
    </fieldset>
  `;
}
