import { WcgEvaluationReport } from '../components/evaluation-report/evaluation-report.js';

// The evaluation report's own entry point, apart from the conversation elements: only HR's report pages load
// it, so its charts, both languages of its words and the aggregation stay out of the bundle every portal loads.
// Importing this file registers the tag, as src/register.ts does for the others.

export { WcgEvaluationReport };

declare global {
  /** The report's tag, so that `document.querySelector('wcg-evaluation-report')` is typed in a host. */
  interface HTMLElementTagNameMap {
    'wcg-evaluation-report': WcgEvaluationReport;
  }
}

/** The report's element with its tag (read by the manifest's configuration, as src/define.ts is). */
const elements: ReadonlyArray<readonly ['wcg-evaluation-report', typeof WcgEvaluationReport]> = [['wcg-evaluation-report', WcgEvaluationReport]];

/** Registers `<wcg-evaluation-report>`; calling it again, or after the page registered the tag, does nothing. */
export function defineEvaluationReport(registry: CustomElementRegistry = customElements): void {
  for (const [tag, ctor] of elements) {
    if (!registry.get(tag)) registry.define(tag, ctor);
  }
}

defineEvaluationReport();
