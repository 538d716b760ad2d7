import { planErrors } from './plan-rules.js';
import type { ConversationContext } from '../model/conversation.js';
import type { ConversationEvent } from './conversation.types.js';
import { hasReviewStage } from '../model/stages.js';

type Args = { context: ConversationContext; event: ConversationEvent };

/** The guards of the conversation machine, named as the machine refers to them. */
export const conversationGuards = {
  /** The last plan had actions, so the conversation has a review stage. */
  hasActionsToReview: ({ context }: Args) => hasReviewStage(context),
  /** The staff member chose at least one topic. */
  hasChosenTopics: ({ context }: Args) => context.chosenTopics.length > 0,
  /** Another chosen topic follows the one being explored. */
  hasNextTopic: ({ context }: Args) => context.topicIndex < context.chosenTopics.length - 1,
  /** The topic being explored is not the first. */
  hasPreviousTopic: ({ context }: Args) => context.topicIndex > 0,
  /** The plan can be recorded as it stands. */
  isPlanValid: ({ context }: Args) => planErrors(context).length === 0,
  /** The user came from the check page through a Change link. */
  isReturningToAgree: ({ context }: Args) => context.returnToAgree,
  /** Nothing is edited once the conversation has ended. */
  isEditable: ({ context }: Args) => context.outcome === null,
  /**
   * A Change link on the check page asks for this stage, and the stage exists in this conversation:
   * review only with a previous record, explore only with chosen topics.
   */
  isChangeTo: ({ context, event }: Args, params: { stage: string }) =>
    event.type === 'stage.change' &&
    event.stage === params.stage &&
    (event.stage !== 'review' || hasReviewStage(context)) &&
    (event.stage !== 'explore' || context.chosenTopics.length > 0),
};

/** Where a "stage.change" event goes, and which topic it opens when it goes to explore. */
export function changeTarget(context: ConversationContext, event: ConversationEvent): Partial<ConversationContext> {
  if (event.type !== 'stage.change') return {};
  const index = event.topic ? context.chosenTopics.indexOf(event.topic) : 0;
  return { returnToAgree: true, topicIndex: Math.max(0, index) };
}
