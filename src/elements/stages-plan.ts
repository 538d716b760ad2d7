// The last stages (the plan, checking it together, the end) with the error summary the plan shows: fetched by a
// conversation after it is ready, in idle time, or when it reaches one of them first (src/define.ts).
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';
import { WcgErrorSummary } from '../../components/error-summary/error-summary.js';
import { WcgStageAgree } from '../../components/stage-agree/stage-agree.js';
import { WcgStageComplete } from '../../components/stage-complete/stage-complete.js';
import { WcgStagePlan } from '../../components/stage-plan/stage-plan.js';

/** The tags this file brings, each with its class. */
export const elements = [
  ['wcg-error-summary', WcgErrorSummary],
  ['wcg-stage-plan', WcgStagePlan],
  ['wcg-stage-agree', WcgStageAgree],
  ['wcg-stage-complete', WcgStageComplete],
] as const;
