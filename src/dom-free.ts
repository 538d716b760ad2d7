// Re-exports only: the part of the API that needs no DOM, shared by both entries that offer it. src/core.ts adds
// practice (its machine, scenarios and rubric, which the page fetches only with <wcg-practice>), the staff copy as
// text, and the evaluation aggregation (for servers, kept out of the bundle every portal loads); src/index.ts adds
// the elements and their events.
export { conversationMachine } from './machine/conversation.machine.js';
export type { ConversationContext, ConversationEvent, ConversationEmitted, ConversationInput } from './machine/conversation.machine.js';
export { stageIds, isStageId } from './model/stages.js';
export type { StageId } from './model/stages.js';
export { parseTrustConfig, trustConfigLimits } from './content/parse-trust-config.js';
export type { CheckedConfig } from './i18n/check-config.js';
export { defaultTrustConfig, formatIssue } from './content/trust-config.js';
export type {
  TrustConfig, TrustConfigFile, ParseResult, ParseIssue, ParseTrustConfigOptions, ExtraTopic, ExtraTopicText, CrisisOverride, EscalationContact, TextOverrides,
} from './content/trust-config.js';
export { builtInTopicIds, serviceCategories, nations } from './content/types.js';
export type { Nation, ServiceCategory, Service, LocalisedText, TopicDefinition } from './content/types.js';
export { buildRecord } from './record/build-record.js';
export type { DeclinedEvaluation, EvaluationEvent, EvaluationPayload, EvaluationInput, DurationBand } from './record/evaluation.js';
export type { AgreedRecord, RecordAction, RecordAdjustment, RecordReviewItem, RecordService, RecordTopic } from './record/record.types.js';
