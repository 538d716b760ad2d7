import { safetyPathIds } from '../content/crisis.js';
import type { StageId } from './stages.js';

/** Who carries out an action. */
export const actionOwners = ['staff', 'manager', 'both'] as const;
/** Who carries out an action. */
export type ActionOwner = (typeof actionOwners)[number];

/** Where an adjustment stands. */
export const adjustmentStatuses = ['agreed', 'toExplore', 'notPossible'] as const;
/** Where an adjustment stands. */
export type AdjustmentStatus = (typeof adjustmentStatuses)[number];

/** What became of an action from the last plan. */
export const reviewStatuses = ['done', 'inProgress', 'noLongerNeeded'] as const;
/** What became of an action from the last plan. */
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The parts of the record the staff member consents to one by one. */
export const recordSections = ['review', 'summary', 'topics', 'whatHelps', 'actions', 'adjustments', 'services', 'reviewDate'] as const;
/** One part of the record that needs the staff member's consent. */
export type RecordSection = (typeof recordSections)[number];

/** The questions of the "what helps" stage; each answer is agreed wording. */
export const whatHelpsQuestions = ['keepsWell', 'earlySigns', 'ifWeNotice', 'ownSteps'] as const;
/** One question of the "what helps" stage. */
export type WhatHelpsQuestion = (typeof whatHelpsQuestions)[number];

/** The paths of the safety steps: the crisis content's list, so a new path reaches the machine and drafts alone. */
export const safetyPaths = safetyPathIds;
/** One path of the safety steps. */
export type SafetyPath = (typeof safetyPaths)[number];

/** An action in the plan. `due` is an ISO date (YYYY-MM-DD) or empty. */
export interface PlanAction {
  id: string;
  text: string;
  owner: ActionOwner;
  due: string;
}

/** A change to how the staff member works, and whether it was agreed. */
export interface Adjustment {
  id: string;
  text: string;
  status: AdjustmentStatus;
  reason: string;
}

/** An action carried over from the last record, to review. */
export interface PreviousAction {
  id: string;
  text: string;
  owner: ActionOwner;
  due: string;
}

/** The review of one earlier action. */
export interface ActionReview {
  status: ReviewStatus | null;
  note: string;
}

/** A problem with what was typed in the plan: the field and the i18n key of its message. */
export interface PlanError {
  field: string;
  key: string;
}

/** How the conversation ended. */
export type Outcome = 'completed' | 'declined';

/** What the machine is started with. Everything is optional; `today` makes date checks pure. */
export interface ConversationInput {
  /** The built-in and trust topics offered, in the trust's order. */
  topics?: readonly string[];
  /** Actions of the last record, so this conversation opens by reviewing them. */
  previousActions?: readonly PreviousAction[];
  /** Today's date (YYYY-MM-DD); review and due dates are checked against it. */
  today?: string;
  /** The version id of the script in use, carried into drafts and the record. */
  scriptVersion?: string;
}

/** The machine's memory: everything typed or chosen, kept until reset. JSON-serialisable, for drafts. */
export interface ConversationContext {
  scriptVersion: string;
  today: string;
  stage: StageId;
  availableTopics: string[];
  previousActions: PreviousAction[];
  reviews: Record<string, ActionReview>;
  prepareChecks: Record<string, boolean>;
  chosenTopics: string[];
  skippedTopics: string[];
  topicIndex: number;
  /** Private notes per section: shown to the manager, never recorded. */
  notes: Record<string, string>;
  /** Agreed wording per section: recorded if the staff member consents. */
  agreed: Record<string, string>;
  actions: PlanAction[];
  adjustments: Adjustment[];
  services: string[];
  reviewDate: string;
  planErrors: PlanError[];
  consent: Record<RecordSection, boolean>;
  /** True after a Change link on the check page: the next Continue goes back there. */
  returnToAgree: boolean;
  safetyPath: SafetyPath | null;
  safetyOpened: boolean;
  /**
   * The staff member agreed, on the check page, to share anonymous numbers about this conversation
   * (`wcg-evaluation`). Not a record section: it decides what the trust may count, not what is recorded.
   */
  evaluationConsent: boolean;
  outcome: Outcome | null;
  nextId: number;
}

/** Everything the element (or a test) can send. */
export type ConversationEvent =
  | { type: 'stage.next' }
  | { type: 'stage.back' }
  | { type: 'stage.change'; stage: StageId; topic?: string }
  | { type: 'open.decline' }
  | { type: 'prepare.check'; item: string; checked: boolean }
  | { type: 'review.set'; actionId: string; status?: ReviewStatus | null; note?: string }
  | { type: 'topic.toggle'; id: string }
  | { type: 'topic.move'; id: string; by: number }
  | { type: 'topic.skip' }
  | { type: 'note.set'; section: string; text: string }
  | { type: 'agreed.set'; section: string; text: string }
  | { type: 'action.add' }
  | { type: 'action.update'; id: string; text?: string; owner?: ActionOwner; due?: string }
  | { type: 'action.remove'; id: string }
  | { type: 'adjustment.add' }
  | { type: 'adjustment.update'; id: string; text?: string; status?: AdjustmentStatus; reason?: string }
  | { type: 'adjustment.remove'; id: string }
  | { type: 'service.toggle'; id: string }
  | { type: 'reviewDate.set'; date: string }
  | { type: 'consent.set'; section: RecordSection; given: boolean }
  | { type: 'evaluation.consent'; given: boolean }
  | { type: 'safety.open'; path?: SafetyPath }
  | { type: 'safety.path'; path: SafetyPath | null }
  | { type: 'safety.close' }
  | { type: 'reset' };

/** The kinds of field a change is announced as: never which topic, section or item, never what was typed. */
export const changeFields = [
  'prepare', 'review', 'topics', 'notes', 'agreed', 'actions', 'adjustments', 'services', 'reviewDate', 'consent', 'evaluationConsent',
] as const;
/** The kind of field a change was made to. */
export type ChangeField = (typeof changeFields)[number];

/** Events the machine emits for the element to turn into DOM events. None carries typed text. */
export type ConversationEmitted =
  | { type: 'stageChange'; stage: StageId; previous: StageId }
  | { type: 'change'; field: ChangeField; stage: StageId }
  | { type: 'safetyOpened'; path: SafetyPath | null }
  /** Continue on the plan found problems (they are in `planErrors`): the plan editor moves focus to its summary. */
  | { type: 'planRejected' }
  | { type: 'complete'; outcome: Outcome };
