import { html, type TemplateResult } from 'lit';
import { addDays } from '../../src/base/calendar.js';
import { actionOwners, type PlanAction } from '../../src/model/conversation.js';
import { dateInput } from './date-input.js';
import { fieldId, planList, planRow, radios, textField, type PlanView } from './plan-fields.js';
import { marked } from '../shared/marked-text.js';

/** The "Actions" section: one fieldset per action, then the button that adds one. Dates are written out in `language` on paper. */
export function actionRows(view: PlanView, language: string): TemplateResult {
  return planList(view, 'actions', view.context.actions, (action, n) => actionRow(view, action, n, language));
}

function actionRow(view: PlanView, action: PlanAction, n: number, language: string): TemplateResult {
  const { t, send } = view;
  const base = `actions.${action.id}`;
  return planRow(view, 'actions', action.id, n, html`
    ${textField(view, {
      field: `${base}.text`,
      label: marked(t, 'plan:actions.text'),
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
    ${dateInput(view, {
      field: `${base}.due`,
      legend: marked(t, 'plan:actions.due'),
      hint: marked(t, 'plan:actions.dueHint'),
      example: addDays(view.context.today, 0, 1),
      value: action.due,
      language,
      onChange: (due) => send({ type: 'action.update', id: action.id, due }),
    })}
  `);
}
