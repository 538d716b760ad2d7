// `<wcg-practice>` on its own, fetched when the tag is first used on a page (src/define.ts): the element with the
// built-in scenarios, the rubric and the scenario parser, which only practice needs.
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';
import { WcgErrorSummary } from '../../components/error-summary/error-summary.js';
import { WcgPractice } from '../../components/practice/practice.js';

export { WcgPractice };
// The details of the events it fires, for a host that imports this file.
export type { ErrorDetail } from '../events/events.js';
export type { PracticeCompleteDetail } from '../machine/practice.types.js';

/** The tags this file brings, each with its class (the error summary too, which the conversation fetches later). */
export const elements = [['wcg-error-summary', WcgErrorSummary], ['wcg-practice', WcgPractice]] as const;
