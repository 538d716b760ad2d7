import { safetyPathIds } from '../content/crisis.js';
import type { StageId } from './stages.js';

// The conversation's vocabulary and the shape of its memory: what the machine keeps and the record, drafts and
// elements read. No behaviour: the machine (src/machine) is the only thing that changes a conversation.


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
