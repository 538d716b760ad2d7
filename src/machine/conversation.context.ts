import type { ConversationContext, RecordSection } from '../model/conversation.js';
import type { ConversationInput } from './conversation.types.js';
import { recordSections } from '../model/conversation.js';
import { localDate } from '../base/calendar.js';

/** The version id of the default script; drafts and records carry it. */
export const defaultScriptVersion = '2026-12.1';

/** The context a new conversation starts with: nothing typed, nothing chosen, nothing consented. */
export function initialContext(input: ConversationInput = {}): ConversationContext {
  const today = input.today ?? localDate();
  return {
    scriptVersion: input.scriptVersion ?? defaultScriptVersion,
    today,
    stage: 'prepare',
    availableTopics: [...(input.topics ?? [])],
    previousActions: (input.previousActions ?? []).map((a) => ({ ...a })),
    reviews: {},
    prepareChecks: {},
    chosenTopics: [],
    skippedTopics: [],
    topicIndex: 0,
    notes: {},
    agreed: {},
    actions: [],
    adjustments: [],
    services: [],
    reviewDate: '',
    planErrors: [],
    consent: Object.fromEntries(recordSections.map((s) => [s, false])) as Record<RecordSection, boolean>,
    returnToAgree: false,
    safetyPath: null,
    safetyOpened: false,
    evaluationConsent: false,
    outcome: null,
    nextId: 1,
  };
}
