import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor } from 'xstate';
import { localDate } from '../../src/base/calendar.js';
import { actorContext, type ConversationActor } from '../../src/context/lit-context-keys.js';
import { emit } from '../../src/events/events.js';
import { conversationMachine } from '../../src/machine/conversation.machine.js';
import type { ConversationContext, PreviousAction } from '../../src/model/conversation.js';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import { restoredSnapshot } from '../../src/machine/restore.js';
import { ScreenFocusController } from '../shared/screen-focus.js';

/** What the live conversation needs from the element: somewhere to find the stage heading, and a way to re-render. */
export type LiveHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a conversation starts from: the topics offered and the actions of the last plan. */
export interface LiveStart {
  readonly topics: readonly string[];
  readonly previousActions: readonly PreviousAction[];
}

/** What the element does when the conversation changes or ends. */
export interface LiveHooks {
  /** Something in the conversation changed (for drafts). */
  changed(): void;
  /** The conversation was completed or declined, `startedAt` milliseconds since 1970 after it began. */
  ended(context: ConversationContext, startedAt: number): void;
}

/**
 * Owns the conversation actor: starts it (new, restored from a draft, or carried on after new config), shares it
 * with the children through context, turns what the machine emits into DOM events, and moves focus to the new
 * stage's heading, announcing it once.
 */
export class LiveConversation implements ReactiveController {
  /** The conversation's memory as of the last snapshot; undefined before it starts. */
  context: ConversationContext | undefined;
  /** True while the safety steps are open. */
  inSafety = false;

  private actor: ConversationActor | undefined;
  private readonly provider: ContextProvider<typeof actorContext, LiveHost>;
  private startedAt = Date.now();

  constructor(private readonly host: LiveHost, private readonly hooks: LiveHooks) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: actorContext });
    // Focus on the new heading is the announcement: a screen reader reads the heading, with the step it
    // describes ("Step 2 of 8"), once. A live region saying the heading as well made it twice.
    new ScreenFocusController(host, {
      key: () => this.screen(),
      target: () => host.renderRoot.querySelector<HTMLElement>('#stage-heading'),
    });
  }

  hostDisconnected(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  /**
   * Starts the conversation: new, or from `restored` (a checked draft, or the conversation carried on). A carried-on
   * conversation keeps its start time. Today is the wall-clock date here, given to the machine as input.
   */
  start({ topics, previousActions }: LiveStart, restored?: ConversationContext, { carriedOn = false } = {}): void {
    this.actor?.stop();
    const input = { topics, previousActions, today: localDate() };
    const actor = restored
      ? createActor(conversationMachine, { snapshot: restoredSnapshot({ ...restored, today: input.today }), input })
      : createActor(conversationMachine, { input });
    if (!carriedOn) this.startedAt = Date.now();
    this.context = undefined;
    actor.subscribe((snapshot) => {
      const before = this.context;
      this.context = snapshot.context;
      this.inSafety = snapshot.matches('safety');
      if (before && before !== snapshot.context) this.hooks.changed();
      this.host.requestUpdate();
    });
    actor.on('stageChange', ({ stage, previous }) => emit(this.host, 'wcg-stage-change', { stage, previous }));
    actor.on('change', ({ field, stage }) => emit(this.host, 'wcg-change', { field, stage }));
    actor.on('safetyOpened', ({ path }) => emit(this.host, 'wcg-safety', { path, at: new Date().toISOString() }));
    actor.on('complete', () => this.hooks.ended(actor.getSnapshot().context, this.startedAt));
    actor.start();
    this.actor = actor;
    this.provider.setValue(actor);
  }

  /** Sends an event to the conversation, if it has started. */
  send(event: ConversationEvent): void {
    this.actor?.send(event);
  }

  /** Names what is on screen: a new name for a new stage, a new topic within explore, or the safety steps opening or closing. */
  screen(): string {
    const c = this.context;
    return c ? `${c.stage}:${c.stage === 'explore' ? c.topicIndex : ''}:${this.inSafety}` : '';
  }
}
