// `<wcg-prep-sheet>` on its own, fetched when the tag is first used on a page (src/define.ts).
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';
import { WcgPrepSheet, prepAudiences } from '../../components/prep-sheet/prep-sheet.js';

export { WcgPrepSheet, prepAudiences };
// The details of the events it fires, for a host that imports this file.
export type { ErrorDetail } from '../events/events.js';

/** The tags this file brings, each with its class. */
export const elements = [['wcg-prep-sheet', WcgPrepSheet]] as const;
