// The evaluation demo's own script: a synthetic year for a fictional trust, aggregated in the page.
import '../src/report.js';
import type { WcgEvaluationReport } from '../components/evaluation-report/evaluation-report.js';
import { syntheticDimensions, syntheticLines } from '../scripts/synthetic-evaluation-lib.mjs';
import { aggregateLines, parseDimensions, publishable } from '../src/evaluation/index.js';

const report = document.querySelector('wcg-evaluation-report') as WcgEvaluationReport;
const dimensions = parseDimensions(syntheticDimensions);
if (dimensions.ok) report.view = publishable(aggregateLines(syntheticLines({ n: 2400, seed: 2026, dimensions: true }), dimensions.value));

const language = document.querySelector('#report-language') as HTMLSelectElement;
language.addEventListener('change', () => {
  report.lang = language.value;
});
