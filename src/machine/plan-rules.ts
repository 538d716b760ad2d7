import { isIsoDate } from '../base/calendar.js';
import type { ConversationContext, PlanError } from '../model/conversation.js';


/**
 * Every problem with the plan, in the order the fields appear on the page. Each names its field and
 * the i18n key of its message, so the page can show an error summary and mark the field.
 */
export function planErrors(context: Pick<ConversationContext, 'actions' | 'adjustments' | 'reviewDate' | 'today'>): PlanError[] {
  const errors: PlanError[] = [];
  for (const action of context.actions) {
    if (!action.text.trim()) errors.push({ field: `actions.${action.id}.text`, key: 'plan.errors.actionText' });
    if (action.due && !isIsoDate(action.due)) errors.push({ field: `actions.${action.id}.due`, key: 'plan.errors.dateInvalid' });
    else if (action.due && action.due < context.today) errors.push({ field: `actions.${action.id}.due`, key: 'plan.errors.duePast' });
  }
  for (const adjustment of context.adjustments) {
    if (!adjustment.text.trim()) errors.push({ field: `adjustments.${adjustment.id}.text`, key: 'plan.errors.adjustmentText' });
    if (adjustment.status === 'notPossible' && !adjustment.reason.trim()) {
      errors.push({ field: `adjustments.${adjustment.id}.reason`, key: 'plan.errors.adjustmentReason' });
    }
  }
  if (context.reviewDate && !isIsoDate(context.reviewDate)) errors.push({ field: 'reviewDate', key: 'plan.errors.dateInvalid' });
  else if (context.reviewDate && context.reviewDate <= context.today) errors.push({ field: 'reviewDate', key: 'plan.errors.reviewDateFuture' });
  return errors;
}
