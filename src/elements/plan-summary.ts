// `<wcg-plan-summary>` on its own, fetched when the tag is first used on a page (src/define.ts). Importing it
// registers nothing.
import { WcgPlanSummary } from '../../components/plan-summary/plan-summary.js';

export { WcgPlanSummary };
// The details of the events it fires, for a host that imports this file.
export type { ErrorDetail } from '../events/events.js';

/** The tags this file brings, each with its class. */
export const elements = [['wcg-plan-summary', WcgPlanSummary]] as const;
