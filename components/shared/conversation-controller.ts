import { ContextConsumer } from '@lit/context';
import type { i18n, TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'xstate';
import { contentContext, type ConversationContent } from '../../src/context/content-context.js';
import { actorContext, disabledContext, i18nContext, type ConversationActor } from '../../src/context/lit-context-keys.js';
import { languageT } from './marked-text.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import type { ConversationEmitted, ConversationEvent } from '../../src/machine/conversation.types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives a child element what the root shares: the conversation's state, the text and the content.
 * It re-renders the host whenever the state changes. Only the root owns the actor; children send events.
 */
export class ConversationController implements ReactiveController {
  private subscription?: Subscription;
  private readonly listeners: { type: ConversationEmitted['type']; handler: () => void }[] = [];
  private emittedSubscriptions: Subscription[] = [];
  private readonly actorConsumer: ContextConsumer<{ __context__: ConversationActor | undefined }, Host>;
  private readonly i18nConsumer: ContextConsumer<{ __context__: i18n | undefined }, Host>;
  private readonly contentConsumer: ContextConsumer<{ __context__: ConversationContent | undefined }, Host>;
  private readonly disabledConsumer: ContextConsumer<{ __context__: boolean }, Host>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.actorConsumer = new ContextConsumer(host, {
      context: actorContext,
      subscribe: true,
      callback: (actor) => this.watch(actor),
    });
    this.i18nConsumer = new ContextConsumer(host, { context: i18nContext, subscribe: true });
    this.contentConsumer = new ContextConsumer(host, { context: contentContext, subscribe: true });
    this.disabledConsumer = new ContextConsumer(host, { context: disabledContext, subscribe: true });
  }

  hostConnected(): void {
    this.watch(this.actorConsumer.value);
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.unlisten();
  }

  /** True once the actor, the text and the content have all arrived. */
  get ready(): boolean {
    return Boolean(this.actorConsumer.value && this.i18nConsumer.value && this.contentConsumer.value);
  }

  /** The conversation's memory. Only read it when `ready`. */
  get context(): ConversationContext {
    return this.actorConsumer.value!.getSnapshot().context;
  }

  /** The shared content. Only read it when `ready`. */
  get content(): ConversationContent {
    return this.contentConsumer.value!;
  }

  /** True while the host has disabled the conversation (a disabled `<fieldset>`): the host's controls are disabled too. */
  get disabled(): boolean {
    return this.disabledConsumer.value ?? false;
  }

  /**
   * The translate function of the element's private i18next instance, fixed to its language; while the screen is
   * turned to a staff member who reads another language, `marked()` puts their text beside the manager's.
   */
  get t(): TFunction {
    const content = this.contentConsumer.value;
    return languageT(this.i18nConsumer.value!, content?.shareScreen ? content.staffLanguage : undefined);
  }

  /** The element's i18next instance (for its language and text direction). */
  get i18n(): i18n {
    return this.i18nConsumer.value!;
  }

  /** Calls `handler` each time the conversation emits `type` (e.g. `planRejected`), whichever actor is current. */
  on(type: ConversationEmitted['type'], handler: () => void): void {
    this.listeners.push({ type, handler });
    this.watch(this.actorConsumer.value);
  }

  /** Sends an event to the conversation. */
  send(event: ConversationEvent): void {
    this.actorConsumer.value?.send(event);
  }

  private watch(actor: ConversationActor | undefined): void {
    this.subscription?.unsubscribe();
    this.subscription = actor?.subscribe(() => this.host.requestUpdate());
    this.unlisten();
    if (actor) this.emittedSubscriptions = this.listeners.map(({ type, handler }) => actor.on(type, handler));
    this.host.requestUpdate();
  }

  private unlisten(): void {
    for (const subscription of this.emittedSubscriptions) subscription.unsubscribe();
    this.emittedSubscriptions = [];
  }
}
