import { html, type TemplateResult } from 'lit';
import { actionOwners, type PlanAction } from '../../src/model/conversation.js';
import { fieldId, planList, planRow, radios, textField, type PlanView } from './plan-fields.js';

/** The "Actions" section: one fieldset per action, then the button that adds one. */
export function actionRows(view: PlanView): TemplateResult {
  return planList(view, 'actions', view.context.actions, (action, n) => actionRow(view, action, n));
}

function actionRow(view: PlanView, action: PlanAction, n: number): TemplateResult {
  const { t, send } = view;
  const base = `actions.${action.id}`;
  return planRow(view, 'actions', action.id, n, html`
    ${textField(view, {
      field: `${base}.text`,
      label: t('plan:actions.text'),
      value: action.text,
      onChange: (text) => send({ type: 'action.update', id: action.id, text }),
    })}
    ${radios(
      fieldId(`${base}.owner`),
      t('plan:actions.owner'),
      actionOwners,
      action.owner,
      (owner) => t(`plan:actions.owners.${owner}`),
      (owner) => send({ type: 'action.update', id: action.id, owner }),
    )}
    ${textField(view, {
      field: `${base}.due`,
      label: t('plan:actions.due'),
      hint: t('plan:actions.dueHint'),
      value: action.due,
      type: 'date',
      min: view.context.today,
      onChange: (due) => send({ type: 'action.update', id: action.id, due }),
    })}
  `);
}
