// Re-exports only: the part of the API that needs no DOM, shared by both entries that offer it. src/core.ts adds
// the evaluation aggregation (for servers, kept out of the bundle every portal loads); src/index.ts adds the
// elements and their events.
export { conversationMachine } from './machine/conversation.machine.js';
export type { ConversationContext, ConversationEvent, ConversationEmitted, ConversationInput } from './machine/conversation.machine.js';
export { stageIds, isStageId } from './model/stages.js';
export type { StageId } from './model/stages.js';
export { parseTrustConfig, trustConfigLimits } from './content/parse-trust-config.js';
export { checkConfig, configOrDefaults, guideConfigOptions } from './i18n/check-config.js';
export type { CheckedConfig } from './i18n/check-config.js';
export { defaultTrustConfig, formatIssue } from './content/trust-config.js';
export { parseScenario, scenarioLimits } from './content/parse-scenario.js';
export type { Scenario, ScenarioStep, ScenarioOption, ScenarioText, Persona, MistakeKind, OpennessBand, ScenarioRisk } from './content/scenario-types.js';
export { builtInScenarios } from './content/scenarios/index.js';
export { rubricAreas } from './content/rubric.js';
export type { RubricArea } from './content/rubric.js';
export { practiceMachine } from './machine/practice.machine.js';
export type { PracticeContext, PracticeEvent, PracticeEmitted, PracticeMode, PracticeCompleteDetail } from './machine/practice.types.js';
export type {
  TrustConfig, TrustConfigFile, ParseResult, ParseIssue, ParseTrustConfigOptions, ExtraTopic, ExtraTopicText, CrisisOverride, EscalationContact, TextOverrides,
} from './content/trust-config.js';
export { builtInTopicIds, serviceCategories, nations } from './content/types.js';
export type { Nation, ServiceCategory, Service, LocalisedText, TopicDefinition } from './content/types.js';
export { buildRecord } from './record/build-record.js';
export { staffCopyText } from './record/staff-copy.js';
export type { StaffCopyOptions } from './record/staff-copy.js';
export { buildEvaluation, declinedEvaluationSchema, evaluationSchema, evaluationSchemaVersion, evaluationToSend } from './record/evaluation.js';
export type { DeclinedEvaluation, EvaluationEvent, EvaluationPayload, EvaluationInput, DurationBand } from './record/evaluation.js';
export { parseRecord, previousActionsFrom } from './record/parse-record.js';
export type { AgreedRecord, RecordAction, RecordAdjustment, RecordReviewItem, RecordService, RecordTopic } from './record/record.types.js';
