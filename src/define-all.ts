// Every element registered at once, none fetched later: for a page (or a test) that wants them all now. The bundle a
// host loads uses src/define.ts, which fetches the elements outside a conversation when first used. Importing this
// registers nothing.
import { WcgConfigEditor } from '../components/config-editor/config-editor.js';
import { WcgConfigPreview } from '../components/config-preview/config-preview.js';
import { WcgErrorSummary } from '../components/error-summary/error-summary.js';
import { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
import { WcgPractice } from '../components/practice/practice.js';
import { WcgPrepSheet } from '../components/prep-sheet/prep-sheet.js';
import { WcgPromptCard } from '../components/prompt-card/prompt-card.js';
import { WcgServiceList } from '../components/service-list/service-list.js';
import { WcgStageAgree } from '../components/stage-agree/stage-agree.js';
import { WcgStageCheckIn } from '../components/stage-check-in/stage-check-in.js';
import { WcgStageChooseTopics } from '../components/stage-choose-topics/stage-choose-topics.js';
import { WcgStageComplete } from '../components/stage-complete/stage-complete.js';
import { WcgStageExplore } from '../components/stage-explore/stage-explore.js';
import { WcgStageOpen } from '../components/stage-open/stage-open.js';
import { WcgStagePlan } from '../components/stage-plan/stage-plan.js';
import { WcgStageReview } from '../components/stage-review/stage-review.js';
import { WcgStageWhatHelps } from '../components/stage-what-helps/stage-what-helps.js';
import { defineElements, defineTags } from './define.js';

/** Registers every element in the registry now, as `defineElements` does but without fetching any later. */
export function defineAllElements(registry: CustomElementRegistry = customElements): void {
  defineTags(registry, [
    ['wcg-prompt-card', WcgPromptCard],
    ['wcg-service-list', WcgServiceList],
    ['wcg-error-summary', WcgErrorSummary],
    ['wcg-stage-open', WcgStageOpen],
    ['wcg-stage-review', WcgStageReview],
    ['wcg-stage-check-in', WcgStageCheckIn],
    ['wcg-stage-choose-topics', WcgStageChooseTopics],
    ['wcg-stage-explore', WcgStageExplore],
    ['wcg-stage-what-helps', WcgStageWhatHelps],
    ['wcg-stage-plan', WcgStagePlan],
    ['wcg-stage-agree', WcgStageAgree],
    ['wcg-stage-complete', WcgStageComplete],
    ['wcg-practice', WcgPractice],
    ['wcg-config-editor', WcgConfigEditor],
    ['wcg-config-preview', WcgConfigPreview],
    ['wcg-prep-sheet', WcgPrepSheet],
    ['wcg-plan-summary', WcgPlanSummary],
  ]);
  defineElements(registry);
}
