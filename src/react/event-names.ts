import type { EventName } from '@lit/react';
import type { WcgEventMap, WcgEventName } from '../events/events.js';

/** A DOM event name typed with its event, so a React handler prop gets the right `detail`. */
export type WcgReactEvent<K extends WcgEventName> = EventName<CustomEvent<WcgEventMap[K]>>;

/** Types a `wcg-*` event name for `createComponent`'s `events` option. */
export function eventName<K extends WcgEventName>(name: K): WcgReactEvent<K> {
  return name as WcgReactEvent<K>;
}
