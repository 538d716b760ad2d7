import type { StageId } from '../model/stages.js';
import type { ActionOwner, AdjustmentStatus, Outcome, PreviousAction, RecordSection, ReviewStatus, SafetyPath } from '../model/conversation.js';

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
  /** Continue on the plan found problems (they are in `planErrors`): the plan stage moves focus to its summary. */
  | { type: 'planRejected' }
  | { type: 'complete'; outcome: Outcome };
