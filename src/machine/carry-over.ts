import type { ConversationContext, PreviousAction } from '../model/conversation.js';

/** What a change of config can change under a conversation: the topics offered and the last plan's actions. */
export interface CarryOverInput {
  readonly topics: readonly string[];
  readonly previousActions: readonly PreviousAction[];
}

/**
 * The conversation as it stands, carried over to new config: everything typed, chosen and agreed stays, and
 * the stage stays unless it no longer exists (the review of a last plan that is gone, a topic page with no
 * topics left). Topics the new config no longer offers leave the chosen list; their words stay in the notes.
 */
export function carryOver(context: ConversationContext, input: CarryOverInput): ConversationContext {
  const offered = [...input.topics];
  const keep = (ids: readonly string[]) => ids.filter((id) => offered.includes(id));
  const chosenTopics = keep(context.chosenTopics);
  const previousActions = input.previousActions.map((a) => ({ ...a }));
  const actionIds = new Set(previousActions.map((a) => a.id));
  let stage = context.stage;
  if (stage === 'review' && previousActions.length === 0) stage = 'checkIn';
  if (stage === 'explore' && chosenTopics.length === 0) stage = 'chooseTopics';
  return {
    ...context,
    stage,
    availableTopics: offered,
    chosenTopics,
    skippedTopics: keep(context.skippedTopics),
    topicIndex: Math.min(context.topicIndex, Math.max(0, chosenTopics.length - 1)),
    previousActions,
    reviews: Object.fromEntries(Object.entries(context.reviews).filter(([id]) => actionIds.has(id))),
    consent: { ...context.consent, review: previousActions.length > 0 && context.consent.review },
  };
}
