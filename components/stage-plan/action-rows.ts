import { html, type TemplateResult } from 'lit';
import { actionOwners, type PlanAction } from '../../src/model/conversation.js';
import { fieldId, radios, textField, type PlanView } from './plan-fields.js';

/** The "Actions" section: one fieldset per action, then the button that adds one. */
export function actionRows(view: PlanView): TemplateResult {
  const { t, context } = view;
  return html`
    <div class="list" part="actions">
      <h3 id="actions-heading">${t('plan:actions.heading')}</h3>
      <p class="hint">${t('plan:actions.hint')}</p>
      ${context.actions.map((action, index) => actionRow(view, action, index + 1))}
      <button type="button" class="secondary add" id="actions-add" ?disabled=${view.disabled} @click=${() => view.add('actions')}>${t('plan:actions.add')}</button>
    </div>
  `;
}

function actionRow(view: PlanView, action: PlanAction, n: number): TemplateResult {
  const { t, send } = view;
  const base = `actions.${action.id}`;
  return html`
    <fieldset class="row" part="row" ?disabled=${view.disabled}>
      <legend class="row-legend">${t('plan:actions.legend', { n })}</legend>
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
      <button type="button" class="secondary" @click=${() => view.remove('actions', action.id)}>${t('plan:actions.remove', { n })}</button>
    </fieldset>
  `;
}
