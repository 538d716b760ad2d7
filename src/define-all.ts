// Every element registered at once, none fetched later: for a page (or a test) that wants them all now. The bundle a
// host loads uses src/define.ts, which fetches the elements outside a conversation when first used.
import { defineElements, defineTags } from './define.js';
import { elements as configEditor } from './elements/config-editor.js';
import { elements as planSummary } from './elements/plan-summary.js';
import { elements as practice } from './elements/practice.js';
import { elements as prepSheet } from './elements/prep-sheet.js';
import { elements as stagesPlan } from './elements/stages-plan.js';
import { elements as stagesTalk } from './elements/stages-talk.js';

/** Registers every element in the registry now, as `defineElements` does but without fetching any later. */
export function defineAllElements(registry: CustomElementRegistry = customElements): void {
  defineTags(registry, [...stagesTalk, ...stagesPlan, ...practice, ...configEditor, ...prepSheet, ...planSummary]);
  defineElements(registry);
}
