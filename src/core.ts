// `wellbeing-conversation-guide/core`: everything that needs no DOM, for a server or a build step (checking a
// trust's config, reading a stored record, running the conversation machine, aggregating evaluation events).
// Re-exports only. It imports no element and registers nothing, and it loads in Node with no DOM globals.
export * from './dom-free.js';
// The staff member's copy as plain text, for a server or a build step: a conversation shows the copy itself and
// never needs it as text, so the main file leaves it out.
export { staffCopyText } from './record/staff-copy.js';
export type { StaffCopyOptions } from './record/staff-copy.js';
// The evaluation payload and the reader of a stored record: a conversation fetches each only when it is asked for
// (`evaluation`, `.previousRecord`), so the main file leaves them out.
export { buildEvaluation, declinedEvaluationSchema, evaluationSchema, evaluationSchemaVersion, evaluationToSend } from './record/evaluation.js';
export { parseRecord, previousActionsFrom } from './record/parse-record.js';
// The config check that knows every text a trust may reword: it carries the whole en-GB text, which the main file
// leaves out.
export { checkConfig, configOrDefaults, guideConfigOptions } from './i18n/check-config.js';
export { parseScenario, scenarioLimits } from './content/parse-scenario.js';
export type { Scenario, ScenarioStep, ScenarioOption, ScenarioText, Persona, MistakeKind, OpennessBand, ScenarioRisk } from './content/scenario-types.js';
export { builtInScenarios } from './content/scenarios/index.js';
export { rubricAreas } from './content/rubric.js';
export type { RubricArea } from './content/rubric.js';
export { practiceMachine } from './machine/practice.machine.js';
export type { PracticeContext, PracticeEvent, PracticeEmitted, PracticeMode, PracticeCompleteDetail } from './machine/practice.types.js';
// The aggregation's public names (src/evaluation/index.d.ts); its other exports are its own working parts.
export { addLine, aggregateLines, coverage, createTotals, durationBands, notRecorded, parseDimensions, publishable, suppressionThreshold, total } from './evaluation/index.js';
export type { Dimension, DimensionView, Dimensions, Problem, PublishedView, Table, Totals } from './evaluation/index.js';
