import type { SafetyPath } from '../model/conversation.js';
import type { ChangeField } from '../machine/conversation.types.js';
import type { PracticeCompleteDetail } from '../machine/practice.types.js';
import type { StageId } from '../model/stages.js';
import type { Draft } from '../persist/draft.js';
import type { EvaluationEvent } from '../record/evaluation.js';
import type { AgreedRecord } from '../record/record.types.js';

/** Detail of `wcg-stage-change`: the stage now shown and the one left. */
export interface StageChangeDetail {
  stage: StageId;
  previous: StageId;
}

/**
 * Detail of `wcg-change`: the kind of field the user changed (e.g. `notes`, `actions`, `consent`) and the stage it
 * was on; never which topic or section, never what was typed.
 */
export interface ChangeDetail {
  field: ChangeField;
  stage: StageId;
}

/** Detail of `wcg-safety`: that the safety steps were opened, on which path if one was chosen, and when. */
export interface SafetyDetail {
  path: SafetyPath | null;
  /** ISO date and time. */
  at: string;
}

/** Detail of `wcg-complete`: the agreed record (for a declined conversation, the outcome alone). */
export interface CompleteDetail {
  record: AgreedRecord;
}

/** Detail of `wcg-error`: every problem with an input, each with its path and a plain-words message. */
export interface ErrorDetail {
  errors: { path: string; message: string }[];
}

/** Detail of `wcg-draft` (persist="host"): an opaque, versioned draft for the host page to keep and give back. */
export interface DraftDetail {
  draft: Draft;
}

/**
 * `wcg-version-conflict`, on the document: two versions of the guide were loaded on one page, and the tags
 * were registered by the first. The page works with `inUse`; `notUsed` is the version loaded second.
 */
export interface VersionConflictDetail {
  readonly inUse: string;
  readonly notUsed: string;
}

/** Every DOM event the elements fire, with the shape of its `detail`. */
export interface WcgEventMap {
  'wcg-ready': Record<string, never>;
  'wcg-stage-change': StageChangeDetail;
  'wcg-change': ChangeDetail;
  'wcg-safety': SafetyDetail;
  'wcg-complete': CompleteDetail;
  'wcg-error': ErrorDetail;
  'wcg-draft': DraftDetail;
  'wcg-evaluation': EvaluationEvent;
  'wcg-practice-complete': PracticeCompleteDetail;
  'wcg-version-conflict': VersionConflictDetail;
}

/** Name of a DOM event the elements fire. */
export type WcgEventName = keyof WcgEventMap;

/** Each event as a listener receives it, derived from the one map above so the two never drift. */
export type WcgCustomEvents = { [K in WcgEventName]: CustomEvent<WcgEventMap[K]> };

declare global {
  // Listeners on the element, on any ancestor, on the document and on the window are typed alike: every event
  // bubbles and is composed.
  interface HTMLElementEventMap extends WcgCustomEvents {}
  interface DocumentEventMap extends WcgCustomEvents {}
  interface WindowEventMap extends WcgCustomEvents {}
}

/**
 * The one function that dispatches the elements' events: always bubbling and composed, so a host page
 * can listen on any ancestor, across shadow roots. Returns the event for tests.
 */
export function emit<K extends WcgEventName>(target: EventTarget, name: K, detail: WcgEventMap[K]): CustomEvent<WcgEventMap[K]> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
  target.dispatchEvent(event);
  return event;
}
