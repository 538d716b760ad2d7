import type { StageId } from '../machine/stages.js';

/** Detail of `wcg-stage-change`: the stage now shown and the one left. */
export interface StageChangeDetail {
  stage: StageId;
  previous: StageId;
}

/** Detail of `wcg-complete`: the agreed record, or the outcome alone when the staff member declined. */
export interface CompleteDetail {
  record: unknown;
}

/** Every DOM event the elements fire, with the shape of its `detail`. */
export interface WcgEventMap {
  'wcg-ready': Record<string, never>;
  'wcg-stage-change': StageChangeDetail;
  'wcg-complete': CompleteDetail;
}

/** Name of a DOM event the elements fire. */
export type WcgEventName = keyof WcgEventMap;

/**
 * The one function that dispatches the elements' events: always bubbling and composed, so a host page
 * can listen on any ancestor, across shadow roots. Returns the event for tests.
 */
export function emit<K extends WcgEventName>(target: EventTarget, name: K, detail: WcgEventMap[K]): CustomEvent<WcgEventMap[K]> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
  target.dispatchEvent(event);
  return event;
}
