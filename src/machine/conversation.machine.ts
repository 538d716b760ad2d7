import { assign, emit, enqueueActions, setup } from 'xstate';
import { changeTarget, conversationGuards } from './conversation.guards.js';
import { initialContext } from './conversation.context.js';
import * as edits from './edits.js';
import { planErrors } from './plan-rules.js';
import type { ConversationContext } from '../model/conversation.js';
import type { ChangeField, ConversationEmitted, ConversationEvent, ConversationInput } from './conversation.types.js';
import type { StageId } from '../model/stages.js';

export type { ChangeField, ConversationEmitted, ConversationEvent, ConversationInput } from './conversation.types.js';
export type { ConversationContext } from '../model/conversation.js';

type EditEvent = Extract<ConversationEvent, { type: keyof typeof editHandlers }>;

// Which pure edit handles which event, and the kind of field the change is announced as: never a topic, a
// section or anything typed, because a host that listens to `wcg-change` must learn no more than "notes
// changed while exploring" (issue: topic names in change events were metadata nobody agreed to share).
const editHandlers = {
  'prepare.check': [edits.checkPrepare, 'prepare'],
  'review.set': [edits.setReview, 'review'],
  'topic.toggle': [edits.toggleTopic, 'topics'],
  'topic.move': [edits.moveTopic, 'topics'],
  'note.set': [edits.setNote, 'notes'],
  'agreed.set': [edits.setAgreed, 'agreed'],
  'action.add': [edits.addAction, 'actions'],
  'action.update': [edits.updateAction, 'actions'],
  'action.remove': [edits.removeAction, 'actions'],
  'adjustment.add': [edits.addAdjustment, 'adjustments'],
  'adjustment.update': [edits.updateAdjustment, 'adjustments'],
  'adjustment.remove': [edits.removeAdjustment, 'adjustments'],
  'service.toggle': [edits.toggleService, 'services'],
  'reviewDate.set': [edits.setReviewDate, 'reviewDate'],
  'consent.set': [edits.setConsent, 'consent'],
  'evaluation.consent': [edits.setEvaluationConsent, 'evaluationConsent'],
} as const satisfies Record<string, readonly [(c: ConversationContext, e: never) => Partial<ConversationContext>, ChangeField]>;

const editTransitions = Object.fromEntries(
  Object.keys(editHandlers).map((type) => [type, { guard: 'isEditable', actions: 'applyEdit' }]),
) as Record<keyof typeof editHandlers, { guard: 'isEditable'; actions: 'applyEdit' }>;

// Continue from any stage goes straight back to the check page after a Change link.
const backToAgree = { guard: 'isReturningToAgree', target: 'agree' } as const;
const enter = (stage: StageId) => ({ type: 'enterStage', params: { stage } }) as const;
// The stages a Change link on the check page can go back to.
const changeableStages = ['review', 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan'] as const;

/**
 * The live conversation: prepare → open → review (with a previous record) → check-in → choose topics →
 * explore each chosen topic in the staff member's order → what helps → plan → agree → complete.
 * Safety steps can be opened from every stage and return to the exact stage and topic left.
 */
export const conversationMachine = setup({
  types: {
    input: {} as ConversationInput,
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    emitted: {} as ConversationEmitted,
  },
  guards: conversationGuards,
  actions: {
    enterStage: enqueueActions(({ context, enqueue }, params: { stage: StageId }) => {
      if (context.stage === params.stage) return;
      enqueue.assign({ stage: params.stage });
      enqueue.emit({ type: 'stageChange', stage: params.stage, previous: context.stage });
    }),
    applyEdit: enqueueActions(({ context, event, enqueue }) => {
      const [edit, field] = editHandlers[event.type as keyof typeof editHandlers];
      enqueue.assign((edit as (c: ConversationContext, e: EditEvent) => Partial<ConversationContext>)(context, event as EditEvent));
      enqueue.emit({ type: 'change', field, stage: context.stage });
    }),
    firstTopic: assign({ topicIndex: 0 }),
    nextTopic: assign({ topicIndex: ({ context }) => context.topicIndex + 1 }),
    previousTopic: assign({ topicIndex: ({ context }) => context.topicIndex - 1 }),
    lastTopic: assign({ topicIndex: ({ context }) => Math.max(0, context.chosenTopics.length - 1) }),
    skipTopic: assign(({ context }) => edits.skipTopic(context)),
    showPlanErrors: assign({ planErrors: ({ context }) => planErrors(context) }),
    rejectPlan: emit({ type: 'planRejected' as const }),
    clearReturn: assign({ returnToAgree: false }),
    startChange: assign(({ context, event }) => changeTarget(context, event)),
    // Private notes are discarded the moment the conversation ends (docs/design.md, "The conversation (live mode)", stage 10).
    markCompleted: assign({ outcome: 'completed' as const, notes: {} }),
    markDeclined: assign({ outcome: 'declined' as const, notes: {} }),
    emitComplete: emit(({ context }) => ({ type: 'complete' as const, outcome: context.outcome ?? ('completed' as const) })),
    openSafety: enqueueActions(({ event, enqueue }) => {
      const path = event.type === 'safety.open' ? (event.path ?? null) : null;
      enqueue.assign({ safetyPath: path, safetyOpened: true });
      enqueue.emit({ type: 'safetyOpened', path });
    }),
    choosePath: assign({ safetyPath: ({ event }) => (event.type === 'safety.path' ? event.path : null) }),
    resetAll: assign(({ context }) => ({
      ...initialContext({ topics: context.availableTopics, previousActions: context.previousActions, today: context.today, scriptVersion: context.scriptVersion }),
      stage: context.stage,
    })),
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => initialContext(input),
  initial: 'stages',
  on: { reset: { target: '.stages.prepare', actions: 'resetAll' } },
  states: {
    stages: {
      initial: 'prepare',
      on: {
        ...editTransitions,
        'safety.open': { target: 'safety', actions: 'openSafety' },
      },
      states: {
        hist: { type: 'history', history: 'deep' },
        prepare: { entry: enter('prepare'), on: { 'stage.next': [backToAgree, { target: 'open' }] } },
        open: {
          entry: enter('open'),
          on: {
            'stage.next': [backToAgree, { guard: 'hasActionsToReview', target: 'review' }, { target: 'checkIn' }],
            'stage.back': { target: 'prepare', actions: 'clearReturn' },
            'open.decline': { target: 'complete', actions: ['markDeclined', 'emitComplete'] },
          },
        },
        review: {
          entry: enter('review'),
          on: { 'stage.next': [backToAgree, { target: 'checkIn' }], 'stage.back': { target: 'open', actions: 'clearReturn' } },
        },
        checkIn: {
          entry: enter('checkIn'),
          on: {
            'stage.next': [backToAgree, { target: 'chooseTopics' }],
            'stage.back': [
              { guard: 'hasActionsToReview', target: 'review', actions: 'clearReturn' },
              { target: 'open', actions: 'clearReturn' },
            ],
          },
        },
        chooseTopics: {
          entry: enter('chooseTopics'),
          on: {
            'stage.next': [backToAgree, { guard: 'hasChosenTopics', target: 'explore', actions: 'firstTopic' }, { target: 'whatHelps' }],
            'stage.back': { target: 'checkIn', actions: 'clearReturn' },
          },
        },
        explore: {
          entry: enter('explore'),
          on: {
            'stage.next': [backToAgree, { guard: 'hasNextTopic', target: 'explore', reenter: true, actions: 'nextTopic' }, { target: 'whatHelps' }],
            'topic.skip': [
              { guard: 'hasNextTopic', target: 'explore', reenter: true, actions: ['skipTopic', 'nextTopic'] },
              { target: 'whatHelps', actions: 'skipTopic' },
            ],
            'stage.back': [
              { guard: 'hasPreviousTopic', target: 'explore', reenter: true, actions: ['clearReturn', 'previousTopic'] },
              { target: 'chooseTopics', actions: 'clearReturn' },
            ],
          },
        },
        whatHelps: {
          entry: enter('whatHelps'),
          on: {
            'stage.next': [backToAgree, { target: 'plan' }],
            'stage.back': [
              { guard: 'hasChosenTopics', target: 'explore', actions: ['clearReturn', 'lastTopic'] },
              { target: 'chooseTopics', actions: 'clearReturn' },
            ],
          },
        },
        plan: {
          entry: enter('plan'),
          on: {
            'stage.next': [{ guard: 'isPlanValid', target: 'agree', actions: 'showPlanErrors' }, { actions: ['showPlanErrors', 'rejectPlan'] }],
            'stage.back': { target: 'whatHelps', actions: 'clearReturn' },
          },
        },
        agree: {
          entry: [enter('agree'), 'clearReturn'],
          on: {
            'stage.next': { target: 'complete', actions: ['markCompleted', 'emitComplete'] },
            'stage.back': 'plan',
            'stage.change': changeableStages.map((stage) => ({
              guard: { type: 'isChangeTo', params: { stage } },
              target: stage,
              actions: 'startChange',
            })),
          },
        },
        complete: { entry: enter('complete') },
      },
    },
    safety: {
      on: {
        'safety.path': { actions: 'choosePath' },
        'safety.close': 'stages.hist',
      },
    },
  },
});
