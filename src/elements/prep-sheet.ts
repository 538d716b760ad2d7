// `<wcg-prep-sheet>` on its own, fetched when the tag is first used on a page (src/define.ts). Importing it
// registers nothing.
import { WcgPrepSheet, prepAudiences } from '../../components/prep-sheet/prep-sheet.js';

export { WcgPrepSheet, prepAudiences };
// The details of the events it fires, for a host that imports this file.
export type { ErrorDetail } from '../events/events.js';

/** The tags this file brings, each with its class. */
export const elements = [['wcg-prep-sheet', WcgPrepSheet]] as const;
