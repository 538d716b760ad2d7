// Lit context keys: how the root element hands its actor, text and content to its children. Elsewhere "context"
// means the conversation's memory (ConversationContext); here it only ever means a Lit context key.
import { createContext } from '@lit/context';
import type { i18n } from 'i18next';
import type { ActorRefFrom } from 'xstate';
import type { conversationMachine } from '../machine/conversation.machine.js';

/** The running conversation actor, owned by `<wcg-conversation>` and read by its children. */
export type ConversationActor = ActorRefFrom<typeof conversationMachine>;

/** Context key for the conversation actor. Optional: a child may render before the root has started it. */
export const actorContext = createContext<ConversationActor | undefined>(Symbol('wcg-conversation-actor'));

/**
 * Context key for whether the host has disabled the element (a disabled `<fieldset>` around it, as around a native
 * control): every control inside is then disabled too, but for the safety steps.
 */
export const disabledContext = createContext<boolean>(Symbol('wcg-disabled'));

/** Context key for the element's private i18next instance. */
export const i18nContext = createContext<i18n | undefined>(Symbol('wcg-i18n'));
