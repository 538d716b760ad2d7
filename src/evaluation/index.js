// The evaluation aggregation: one library for the command-line scripts, <wcg-evaluation-report> and the tests.
export * from './events.js';
export * from './dimensions.js';
export * from './totals.js';
export * from './suppress.js';
export * from './publish.js';
