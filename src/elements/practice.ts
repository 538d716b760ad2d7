// `<wcg-practice>` on its own, fetched when the tag is first used on a page (src/define.ts): the element with the
// built-in scenarios, the rubric and the scenario parser, which only practice needs. Importing it registers nothing.
import { WcgPractice } from '../../components/practice/practice.js';

export { WcgPractice };

/** The tags this file brings, each with its class. */
export const elements = [['wcg-practice', WcgPractice]] as const;
