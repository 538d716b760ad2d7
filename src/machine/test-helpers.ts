import { createActor, type AnyStateMachine, type ContextFrom, type EmittedFrom, type EventFrom, type InputFrom } from 'xstate';
import { conversationMachine } from './conversation.machine.js';
import type { ConversationInput } from './conversation.types.js';

/** Today's date in every machine test, so date rules do not depend on the clock. */
export const testToday = '2026-11-26';

/**
 * Starts an actor of `machine` and records what it emits: the actor, what it emitted so far, `send` for any
 * number of events in turn, and its context now.
 */
export function startRecording<M extends AnyStateMachine>(machine: M, input: InputFrom<M>) {
  const actor = createActor(machine, { input } as Parameters<typeof createActor<M>>[1]);
  const emitted: EmittedFrom<M>[] = [];
  actor.on('*', (e) => emitted.push(e as EmittedFrom<M>));
  actor.start();
  const send = (...events: EventFrom<M>[]) => events.forEach((e) => actor.send(e));
  const context = (): ContextFrom<M> => (actor.getSnapshot() as { context: ContextFrom<M> }).context;
  return { actor, emitted, send, context };
}

/** Starts a conversation actor and records what it emits. */
export function startConversation(input: ConversationInput = {}) {
  const started = startRecording(conversationMachine, { topics: ['workload', 'sleepEnergy', 'mood', 'money'], today: testToday, ...input });
  const { actor } = started;
  return {
    ...started,
    stage: () => actor.getSnapshot().context.stage,
    inSafety: () => actor.getSnapshot().matches('safety'),
    /** Presses Continue until the stage is reached (at most 20 times). */
    nextUntil(stage: string) {
      for (let i = 0; i < 20 && actor.getSnapshot().context.stage !== stage; i++) actor.send({ type: 'stage.next' });
      if (actor.getSnapshot().context.stage !== stage) throw new Error(`did not reach ${stage}`);
    },
  };
}
