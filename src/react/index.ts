// Re-exports only: a React component for each element a host page uses.
export { WcgConfigEditor, WcgConversation, WcgPlanSummary, WcgPractice, WcgPrepSheet, conversationEvents, errorEvents, practiceEvents } from './wrappers.js';
export { eventName } from './event-names.js';
export type { WcgReactEvent } from './event-names.js';
