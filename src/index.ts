// Re-exports only. Importing this module has no side effects and needs no DOM, so it is safe in Node.
export { conversationMachine } from './machine/conversation.machine.js';
export type { ConversationContext, ConversationEvent, ConversationEmitted, ConversationInput } from './machine/conversation.machine.js';
export { stageIds, isStageId } from './machine/stages.js';
export type { StageId } from './machine/stages.js';
export type { WcgEventMap, WcgEventName, StageChangeDetail, CompleteDetail } from './events/events.js';
export { defineElements } from './define.js';
export { WcgConversation } from '../components/conversation/conversation.js';
