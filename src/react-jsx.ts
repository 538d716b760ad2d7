// `wellbeing-conversation-guide/types/react-jsx`: the public tags in a React 19 host's JSX, typed. Types only, and
// only for a host that opts in, so a page without React needs no React types:
//
//   import type {} from 'wellbeing-conversation-guide/types/react-jsx';
//   // or in tsconfig.json: "types": ["wellbeing-conversation-guide/types/react-jsx"]
//
// React 19 sets a prop as a property when the element has one (`config`, `lang`) and as an attribute otherwise
// (`heading-level`), and a prop `onwcg-complete` listens for `wcg-complete`. The React wrappers
// (`wellbeing-conversation-guide/react`) remain the way for React 18.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WcgElementEvents, WcgElementProps, WcgPublicTag } from './element-props.js';
import type { WcgCustomEvents } from './events/events.js';

/** A listener prop for each event the element fires, named `on` and the event's name, getting the typed event. */
type ListenerProps<T extends WcgPublicTag> = { [N in WcgElementEvents[T] as `on${N}`]?: (event: WcgCustomEvents[N]) => void };

/** Each public tag's JSX props: its attributes and properties, its events, and React's own for any HTML element. */
export type WcgReactElements = {
  [T in WcgPublicTag]: WcgElementProps[T] & ListenerProps<T> & DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends WcgReactElements {}
  }
}
