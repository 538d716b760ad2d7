// Re-exports only. Importing this module has no side effects: it registers nothing (src/register.ts does).
// It holds the elements, so it needs a DOM; src/core.ts is the entry for Node.
export * from './dom-free.js';
export type { WcgEventMap, WcgEventName, StageChangeDetail, ChangeDetail, SafetyDetail, CompleteDetail, ErrorDetail, DraftDetail, VersionConflictDetail } from './events/events.js';
export { defineElements, guideVersion } from './define.js';
export { WcgConversation } from '../components/conversation/conversation.js';
export { WcgPractice } from '../components/practice/practice.js';
export { WcgConfigEditor } from '../components/config-editor/config-editor.js';
export { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
export { WcgPrepSheet, prepAudiences } from '../components/prep-sheet/prep-sheet.js';
export type { PrepAudience } from '../components/prep-sheet/prep-sheet.js';
