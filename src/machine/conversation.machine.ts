import { assign, emit, setup } from 'xstate';
import type { StageId } from './stages.js';

/** What the machine is started with. */
export interface ConversationInput {
  /** True when the last conversation's record was given, so this one opens by reviewing it. */
  hasPreviousRecord?: boolean;
}

/** The machine's memory. */
export interface ConversationContext {
  hasPreviousRecord: boolean;
  outcome: 'completed' | 'declined' | null;
}

/** Everything the root element (or a test) can send. */
export type ConversationEvent = { type: 'stage.next' } | { type: 'stage.back' } | { type: 'open.decline' } | { type: 'reset' };

/** Events the machine emits for the root element to turn into DOM events. */
export type ConversationEmitted =
  | { type: 'stageChange'; stage: StageId; previous: StageId }
  | { type: 'complete'; outcome: 'completed' | 'declined' };

/** The ten stages in order, with Next and Back. The review stage appears only with a previous record. */
export const conversationMachine = setup({
  types: {
    input: {} as ConversationInput,
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    emitted: {} as ConversationEmitted,
  },
  guards: {
    hasPreviousRecord: ({ context }) => context.hasPreviousRecord,
  },
  actions: {
    markCompleted: assign({ outcome: 'completed' as const }),
    markDeclined: assign({ outcome: 'declined' as const }),
    emitComplete: emit(({ context }) => ({ type: 'complete' as const, outcome: context.outcome ?? 'completed' })),
  },
}).createMachine({
  id: 'conversation',
  initial: 'prepare',
  context: ({ input }) => ({ hasPreviousRecord: input?.hasPreviousRecord ?? false, outcome: null }),
  on: { reset: { target: '.prepare', reenter: true, actions: assign({ outcome: null }) } },
  states: {
    prepare: { on: { 'stage.next': 'open' } },
    open: {
      on: {
        'stage.next': [{ guard: 'hasPreviousRecord', target: 'review' }, { target: 'checkIn' }],
        'stage.back': 'prepare',
        'open.decline': { target: 'complete', actions: ['markDeclined', 'emitComplete'] },
      },
    },
    review: { on: { 'stage.next': 'checkIn', 'stage.back': 'open' } },
    checkIn: {
      on: {
        'stage.next': 'chooseTopics',
        'stage.back': [{ guard: 'hasPreviousRecord', target: 'review' }, { target: 'open' }],
      },
    },
    chooseTopics: { on: { 'stage.next': 'explore', 'stage.back': 'checkIn' } },
    explore: { on: { 'stage.next': 'whatHelps', 'stage.back': 'chooseTopics' } },
    whatHelps: { on: { 'stage.next': 'plan', 'stage.back': 'explore' } },
    plan: { on: { 'stage.next': 'agree', 'stage.back': 'whatHelps' } },
    agree: { on: { 'stage.next': { target: 'complete', actions: ['markCompleted', 'emitComplete'] }, 'stage.back': 'plan' } },
    complete: {},
  },
});
