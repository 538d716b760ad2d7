// `wellbeing-conversation-guide/types/vue`: the public tags as Vue's global components, so that Vue's template type
// checking (vue-tsc, the Vue editor extension) knows their attributes, properties and events. Types only, and only
// for a host that opts in, so a page without Vue needs no Vue types:
//
//   import type {} from 'wellbeing-conversation-guide/types/vue';
//
// The shape is the one the Vue documentation gives for custom elements not built with Vue ("Web Components and
// TypeScript"): `$props` for the template's attributes and properties, `$emit` for its `@wcg-…` listeners. The
// host still tells Vue's compiler that `wcg-` tags are custom elements (`compilerOptions.isCustomElement`).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WcgElementEvents, WcgElementProps, WcgPublicTag } from './element-props.js';
import type { WcgCustomEvents } from './events/events.js';

/** `heading-level` as `headingLevel`: Vue's template checking camelises an attribute's name before looking for it. */
type Camelised<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelised<Tail>>}` : S;

/** An element's attributes and properties as Vue's template checking looks them up. */
type VueProps<T extends WcgPublicTag> = { [K in keyof WcgElementProps[T] as Camelised<K & string>]: WcgElementProps[T][K] };

/** A public tag as Vue's template type checking reads a component: its element, with `$props` and `$emit`. */
export type WcgVueElement<T extends WcgPublicTag> = new () => HTMLElementTagNameMap[T] & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & PublicProps & VueProps<T>;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [N in WcgElementEvents[T]]: (event: WcgCustomEvents[N]) => void }>;
};

/** Every public tag as a Vue global component. */
export type WcgVueElements = { [T in WcgPublicTag]: WcgVueElement<T> };

declare module 'vue' {
  interface GlobalComponents extends WcgVueElements {}
}
