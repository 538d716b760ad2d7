// Re-exports only: a React component for each element a host page uses.
// Named apart from the element classes (`WcgConversation` and the others), so a host can import both.
export { WellbeingConfigEditor, WellbeingConversation, WellbeingPlanSummary, WellbeingPractice, WellbeingPrepSheet, conversationEvents, errorEvents, practiceEvents } from './wrappers.js';
export { eventName } from './event-names.js';
export type { WcgReactEvent } from './event-names.js';
