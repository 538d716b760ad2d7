import { emit } from './events/events.js';
import { WcgConfigEditor } from '../components/config-editor/config-editor.js';
import { WcgConfigPreview } from '../components/config-preview/config-preview.js';
import { WcgConversation } from '../components/conversation/conversation.js';
import { WcgErrorSummary } from '../components/error-summary/error-summary.js';
import { WcgNoteField } from '../components/note-field/note-field.js';
import { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
import { WcgPractice } from '../components/practice/practice.js';
import { WcgPrepSheet } from '../components/prep-sheet/prep-sheet.js';
import { WcgPromptCard } from '../components/prompt-card/prompt-card.js';
import { WcgSafetyPanel } from '../components/safety-panel/safety-panel.js';
import { WcgServiceList } from '../components/service-list/service-list.js';
import { WcgStageAgree } from '../components/stage-agree/stage-agree.js';
import { WcgStageCheckIn } from '../components/stage-check-in/stage-check-in.js';
import { WcgStageChooseTopics } from '../components/stage-choose-topics/stage-choose-topics.js';
import { WcgStageComplete } from '../components/stage-complete/stage-complete.js';
import { WcgStageExplore } from '../components/stage-explore/stage-explore.js';
import { WcgStageOpen } from '../components/stage-open/stage-open.js';
import { WcgStagePlan } from '../components/stage-plan/stage-plan.js';
import { WcgStagePrepare } from '../components/stage-prepare/stage-prepare.js';
import { WcgStageReview } from '../components/stage-review/stage-review.js';
import { WcgStageWhatHelps } from '../components/stage-what-helps/stage-what-helps.js';

declare global {
  // A host's `document.querySelector('wcg-conversation')` or `createElement('wcg-conversation')` is typed as the
  // element. The list below is checked against this: a tag registered here must be named here, with its class.
  interface HTMLElementTagNameMap {
    'wcg-config-editor': WcgConfigEditor;
    'wcg-config-preview': WcgConfigPreview;
    'wcg-conversation': WcgConversation;
    'wcg-error-summary': WcgErrorSummary;
    'wcg-note-field': WcgNoteField;
    'wcg-plan-summary': WcgPlanSummary;
    'wcg-practice': WcgPractice;
    'wcg-prep-sheet': WcgPrepSheet;
    'wcg-prompt-card': WcgPromptCard;
    'wcg-safety-panel': WcgSafetyPanel;
    'wcg-service-list': WcgServiceList;
    'wcg-stage-agree': WcgStageAgree;
    'wcg-stage-check-in': WcgStageCheckIn;
    'wcg-stage-choose-topics': WcgStageChooseTopics;
    'wcg-stage-complete': WcgStageComplete;
    'wcg-stage-explore': WcgStageExplore;
    'wcg-stage-open': WcgStageOpen;
    'wcg-stage-plan': WcgStagePlan;
    'wcg-stage-prepare': WcgStagePrepare;
    'wcg-stage-review': WcgStageReview;
    'wcg-stage-what-helps': WcgStageWhatHelps;
  }
}

/** The elements' tags. */
type WcgTag = Extract<keyof HTMLElementTagNameMap, `wcg-${string}`>;

/** A tag and the class the map above gives it. */
type TagAndClass = { [T in WcgTag]: readonly [T, new () => HTMLElementTagNameMap[T]] }[WcgTag];

/** Every element with its tag, as the map above names it. Adding an element means adding it to both, and nowhere else. */
const elements: ReadonlyArray<TagAndClass> = [
  ['wcg-config-editor', WcgConfigEditor],
  ['wcg-config-preview', WcgConfigPreview],
  ['wcg-conversation', WcgConversation],
  ['wcg-error-summary', WcgErrorSummary],
  ['wcg-note-field', WcgNoteField],
  ['wcg-plan-summary', WcgPlanSummary],
  ['wcg-practice', WcgPractice],
  ['wcg-prep-sheet', WcgPrepSheet],
  ['wcg-prompt-card', WcgPromptCard],
  ['wcg-safety-panel', WcgSafetyPanel],
  ['wcg-service-list', WcgServiceList],
  ['wcg-stage-agree', WcgStageAgree],
  ['wcg-stage-check-in', WcgStageCheckIn],
  ['wcg-stage-choose-topics', WcgStageChooseTopics],
  ['wcg-stage-complete', WcgStageComplete],
  ['wcg-stage-explore', WcgStageExplore],
  ['wcg-stage-open', WcgStageOpen],
  ['wcg-stage-plan', WcgStagePlan],
  ['wcg-stage-prepare', WcgStagePrepare],
  ['wcg-stage-review', WcgStageReview],
  ['wcg-stage-what-helps', WcgStageWhatHelps],
];

// The package's version: set by the build from package.json; `source` when the elements run from source.
declare const WCG_VERSION: string | undefined;

/** The version of the package these elements come from (`source` when run from the TypeScript sources). */
export const guideVersion: string = typeof WCG_VERSION === 'string' ? WCG_VERSION : 'source';

// Each registered class carries the version it came from, so another copy can tell whose tags it found.
const versionKey = Symbol.for('wellbeing-conversation-guide.version');

/**
 * Registers the elements. Safe to call more than once, and safe when another copy of the bundle has
 * already registered them: a tag that is taken is left alone. When that copy is another version, the
 * elements on the page are that copy's: `wcg-version-conflict` fires once on the document, naming both
 * versions, so the host can see it (the guide writes nothing to the console).
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  let other: string | undefined;
  for (const [tag, ctor] of elements) {
    const taken = registry.get(tag);
    if (!taken) {
      Object.defineProperty(ctor, versionKey, { value: guideVersion, configurable: true });
      registry.define(tag, ctor);
    } else if (taken !== ctor) {
      const version = (taken as unknown as Record<symbol, unknown>)[versionKey];
      if (version !== guideVersion) other ??= typeof version === 'string' ? version : 'unknown';
    }
  }
  if (other !== undefined && typeof document !== 'undefined') emit(document, 'wcg-version-conflict', { inUse: other, notUsed: guideVersion });
}
