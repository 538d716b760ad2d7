import type { ConversationContext } from './conversation.js';

/** The stages of a live conversation, in the order they are met (docs/design.md, "The conversation (live mode)"). */
export const stageIds = [
  'prepare',
  'open',
  'review',
  'checkIn',
  'chooseTopics',
  'explore',
  'whatHelps',
  'plan',
  'agree',
  'complete',
] as const;

/** One stage of the live conversation. */
export type StageId = (typeof stageIds)[number];

/** True when the conversation has a review stage: the last plan had actions to look back on. */
export function hasReviewStage(context: Pick<ConversationContext, 'previousActions'>): boolean {
  return context.previousActions.length > 0;
}

/** The stages this conversation meets, in order: the review only when there is something to review. */
export function stagesOf(context: Pick<ConversationContext, 'previousActions'>): StageId[] {
  return stageIds.filter((stage) => stage !== 'review' || hasReviewStage(context));
}

/** The stages counted in "Step N of M": those met, but the end. */
export function countedStages(context: Pick<ConversationContext, 'previousActions'>): StageId[] {
  return stagesOf(context).filter((stage) => stage !== 'complete');
}

/** True when `value` names a stage. */
export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (stageIds as readonly string[]).includes(value);
}
