import { WcgConversation } from '../components/conversation/conversation.js';
import { WcgNoteField } from '../components/note-field/note-field.js';

/** Every element with its tag. Adding an element means adding it here, and only here. */
const elements: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['wcg-conversation', WcgConversation],
  ['wcg-note-field', WcgNoteField],
];

/**
 * Registers the elements. Safe to call more than once, and safe when another copy of the bundle has
 * already registered them: a tag that is taken is left alone.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, ctor] of elements) {
    if (!registry.get(tag)) registry.define(tag, ctor);
  }
}
