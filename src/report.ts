import { WcgEvaluationReport } from '../components/evaluation-report/evaluation-report.js';

// The evaluation report's own entry point, apart from the conversation elements: only HR's report pages load
// it, so its charts, both languages of its words and the aggregation stay out of the bundle every portal loads.

export { WcgEvaluationReport };

/** Registers `<wcg-evaluation-report>`; calling it again, or after the page registered the tag, does nothing. */
export function defineEvaluationReport(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('wcg-evaluation-report')) registry.define('wcg-evaluation-report', WcgEvaluationReport);
}

defineEvaluationReport();
