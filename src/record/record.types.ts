import type { ActionOwner, AdjustmentStatus, Outcome, RecordSection, ReviewStatus, WhatHelpsQuestion } from '../model/conversation.js';
import type { Nation, ServiceCategory } from '../content/types.js';

/** The version of the record's shape; a new shape gets a new number and a migration. */
export const recordSchemaVersion = 1;

/** An earlier action and what became of it, as agreed in the review. */
export interface RecordReviewItem {
  id: string;
  text: string;
  status: ReviewStatus | null;
  note?: string;
}

/** A topic the staff member chose, with the wording they agreed about it, if any. */
export interface RecordTopic {
  id: string;
  agreed?: string;
}

/** An action as recorded. */
export interface RecordAction {
  id: string;
  text: string;
  owner: ActionOwner;
  due?: string;
}

/** An adjustment as recorded, with the reason when it is not possible. */
export interface RecordAdjustment {
  id: string;
  text: string;
  status: AdjustmentStatus;
  reason?: string;
}

/** A service the staff member chose to try. */
export interface RecordService {
  id: string;
  category: ServiceCategory;
  name: string;
}

/**
 * The agreed record: what the host page receives. It holds only the sections the staff member
 * consented to, never private notes, never a diagnosis, never a protected characteristic.
 */
export interface AgreedRecord {
  schemaVersion: typeof recordSchemaVersion;
  scriptVersion: string;
  outcome: Outcome;
  /** The day the conversation was held (YYYY-MM-DD). */
  date: string;
  nation: Nation;
  /** The language the manager used. */
  language: string;
  /** The staff member's language, when it differed and prompts were shown in it too. */
  staffLanguage?: string;
  /** The sections recorded, each with the staff member's consent. */
  sections: RecordSection[];
  review?: RecordReviewItem[];
  summary?: string;
  topics?: RecordTopic[];
  whatHelps?: Partial<Record<WhatHelpsQuestion, string>>;
  actions?: RecordAction[];
  adjustments?: RecordAdjustment[];
  services?: RecordService[];
  reviewDate?: string;
}
