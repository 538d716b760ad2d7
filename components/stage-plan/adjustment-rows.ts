import { html, type TemplateResult } from 'lit';
import { adjustmentStatuses, type Adjustment } from '../../src/model/conversation.js';
import { fieldId, planList, planRow, radios, textField, type PlanView } from './plan-fields.js';
import { marked } from '../shared/marked-text.js';

/** The "Changes to how you work" section: one fieldset per adjustment, then the button that adds one. */
export function adjustmentRows(view: PlanView): TemplateResult {
  return planList(view, 'adjustments', view.context.adjustments, (adjustment, n) => adjustmentRow(view, adjustment, n));
}

function adjustmentRow(view: PlanView, adjustment: Adjustment, n: number): TemplateResult {
  const { t, send } = view;
  const base = `adjustments.${adjustment.id}`;
  // A change that is not possible must say why (the machine checks it); the label says so up front.
  const reasonRequired = adjustment.status === 'notPossible';
  return planRow(view, 'adjustments', adjustment.id, n, html`
    ${textField(view, {
      field: `${base}.text`,
      label: marked(t, 'plan:adjustments.text'),
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
      label: marked(t, reasonRequired ? 'plan:adjustments.reasonRequired' : 'plan:adjustments.reason'),
      hint: marked(t, 'plan:adjustments.reasonHint'),
      value: adjustment.reason,
      type: 'textarea',
      required: reasonRequired,
      onChange: (reason) => send({ type: 'adjustment.update', id: adjustment.id, reason }),
    })}
  `);
}
