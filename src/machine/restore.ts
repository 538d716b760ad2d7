import { conversationMachine } from './conversation.machine.js';
import type { ConversationContext } from '../model/conversation.js';

/**
 * A snapshot of the conversation machine at the stage a restored context was saved in, with that context:
 * start an actor from it to carry on exactly where the draft left off. The context must have been checked
 * (`parseDraft`) first. The safety steps are not restored open: the stage behind them is.
 */
export function restoredSnapshot(context: ConversationContext) {
  return conversationMachine.resolveState({ value: { stages: context.stage }, context });
}
