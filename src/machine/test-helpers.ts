import { createActor } from 'xstate';
import { conversationMachine } from './conversation.machine.js';
import type { ConversationEmitted, ConversationEvent, ConversationInput } from './conversation.types.js';

/** Today's date in every machine test, so date rules do not depend on the clock. */
export const testToday = '2026-11-26';

/** Starts a conversation actor and records what it emits. */
export function startConversation(input: ConversationInput = {}) {
  const actor = createActor(conversationMachine, { input: { topics: ['workload', 'sleepEnergy', 'mood', 'money'], today: testToday, ...input } });
  const emitted: ConversationEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send = (...events: ConversationEvent[]) => events.forEach((e) => actor.send(e));
  return {
    actor,
    emitted,
    send,
    context: () => actor.getSnapshot().context,
    stage: () => actor.getSnapshot().context.stage,
    inSafety: () => actor.getSnapshot().matches('safety'),
    /** Presses Continue until the stage is reached (at most 20 times). */
    nextUntil(stage: string) {
      for (let i = 0; i < 20 && actor.getSnapshot().context.stage !== stage; i++) actor.send({ type: 'stage.next' });
      if (actor.getSnapshot().context.stage !== stage) throw new Error(`did not reach ${stage}`);
    },
  };
}
