// Re-exports only. Importing this module has no side effects: it registers nothing (src/register.ts does).
// It holds the elements, so it needs a DOM; src/core.ts is the entry for Node.
export * from './dom-free.js';
export type { WcgEventMap, WcgEventName, StageChangeDetail, ChangeDetail, SafetyDetail, CompleteDetail, ErrorDetail, DraftDetail, VersionConflictDetail } from './events/events.js';
export { defineElements, guideVersion, loadElement } from './define.js';
export type { LoadedOnUseTag } from './define.js';
export { WcgConversation } from '../components/conversation/conversation.js';
// These four are each a file of their own, fetched when first used (src/define.ts): their classes are types here.
// `customElements.get(tag)` (after `loadElement(tag)`) gives the class.
export type { WcgPractice } from '../components/practice/practice.js';
export type { WcgConfigEditor } from '../components/config-editor/config-editor.js';
export type { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
export type { WcgPrepSheet, PrepAudience } from '../components/prep-sheet/prep-sheet.js';
