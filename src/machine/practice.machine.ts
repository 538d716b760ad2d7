import { and, assign, emit, not, setup } from 'xstate';
import { debriefFor } from './practice-scoring.js';
import { practiceGuards } from './practice.guards.js';
import type { PracticeContext, PracticeEmitted, PracticeEvent, PracticeInput } from './practice.types.js';

export type { PracticeChoice, PracticeContext, PracticeEmitted, PracticeEvent, PracticeInput, PracticeMode, RubricScores } from './practice.types.js';

// A new attempt at the same scenario: the choices, scores and debrief of the last one are dropped.
const freshAttempt = { stepIndex: 0, choices: [], observerScores: {}, observerError: false, debrief: null } as const;

/**
 * Practice for trainers: pick a scenario → meet the persona → either play the manager step by step against
 * simulated replies, or watch a role-play and score it on the rubric → debrief. Back goes one screen back,
 * restart returns to the picker. Nothing here is about a real person, and nothing is stored.
 */
export const practiceMachine = setup({
  types: {
    input: {} as PracticeInput,
    context: {} as PracticeContext,
    events: {} as PracticeEvent,
    emitted: {} as PracticeEmitted,
  },
  guards: practiceGuards,
  actions: {
    pickScenario: assign(({ event }) => (event.type === 'scenario.pick' ? { scenario: event.scenario, ...freshAttempt } : {})),
    chooseMode: assign(({ event }) => (event.type === 'mode.choose' ? { mode: event.mode, ...freshAttempt } : {})),
    setCoaching: assign(({ event }) => (event.type === 'coaching.set' ? { coaching: event.on } : {})),
    recordChoice: assign(({ context, event }) => {
      const step = context.scenario?.steps[context.stepIndex];
      if (event.type !== 'option.choose' || !step) return {};
      return { choices: [...context.choices.slice(0, context.stepIndex), { stepId: step.id, optionId: event.optionId }] };
    }),
    dropChoice: assign(({ context }) => ({ choices: context.choices.slice(0, context.stepIndex) })),
    previousStep: assign(({ context }) => ({ stepIndex: context.stepIndex - 1, choices: context.choices.slice(0, context.stepIndex - 1) })),
    nextStep: assign(({ context }) => ({ stepIndex: context.stepIndex + 1 })),
    setScore: assign(({ context, event }) =>
      event.type === 'score.set' ? { observerScores: { ...context.observerScores, [event.area]: event.score }, observerError: false } : {},
    ),
    showObserverError: assign({ observerError: true }),
    scoreDebrief: assign(({ context }) => ({
      debrief: context.scenario ? debriefFor(context.scenario, context.mode, context.choices, context.observerScores) : null,
    })),
    // The scenario's id, the mode and the scores: nothing anyone typed or chose, nothing about a person.
    emitComplete: emit(({ context }) => ({
      type: 'complete' as const,
      scenarioId: context.scenario?.id ?? '',
      mode: context.mode,
      scores: { ...(context.debrief?.scores ?? {}) },
    })),
    clearAttempt: assign({ ...freshAttempt }),
    clearAll: assign({ scenario: null, ...freshAttempt }),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => ({ scenario: null, mode: 'simulated', coaching: !input.noCoaching, ...freshAttempt }),
  initial: 'picking',
  on: {
    'coaching.set': { actions: 'setCoaching' },
    restart: { target: '.picking', actions: 'clearAll' },
  },
  states: {
    picking: {
      on: { 'scenario.pick': { target: 'persona', actions: 'pickScenario' } },
    },
    persona: {
      on: {
        'mode.choose': [
          { guard: 'isObserverMode', target: 'observer', actions: 'chooseMode' },
          { target: 'steps', actions: 'chooseMode' },
        ],
        back: { target: 'picking', actions: 'clearAll' },
      },
    },
    steps: {
      initial: 'choosing',
      states: {
        choosing: {
          on: {
            'option.choose': { guard: 'isOptionOfStep', target: 'answered', actions: 'recordChoice' },
            back: [
              { guard: 'isFirstStep', target: '#practice.persona', actions: 'clearAttempt' },
              { target: 'choosing', reenter: true, actions: 'previousStep' },
            ],
          },
        },
        answered: {
          on: {
            'step.next': [
              { guard: and(['isLastStep', 'hasMissedSafetySteps']), target: '#practice.debrief.safetyMissed' },
              { guard: 'isLastStep', target: '#practice.debrief.scored' },
              { target: 'choosing', actions: 'nextStep' },
            ],
            // Back from a reply is "choose a different answer" at the same step.
            back: { target: 'choosing', actions: 'dropChoice' },
          },
        },
      },
    },
    observer: {
      on: {
        'score.set': { guard: 'isScore', actions: 'setScore' },
        'observer.finish': [
          { guard: not('hasObserverScores'), actions: 'showObserverError' },
          { guard: 'hasMissedSafetySteps', target: 'debrief.safetyMissed' },
          { target: 'debrief.scored' },
        ],
        back: { target: 'persona', actions: 'clearAttempt' },
      },
    },
    debrief: {
      entry: ['scoreDebrief', 'emitComplete'],
      initial: 'scored',
      states: {
        scored: {},
        // A risk scenario played without its safety steps: the debrief says so first.
        safetyMissed: {},
      },
      on: { again: { target: 'persona', actions: 'clearAttempt' } },
    },
  },
});
