// The text output of aggregate-evaluation.mjs. The aggregation itself is src/evaluation/, the one library the
// command-line scripts, <wcg-evaluation-report> and the tests share.

/** What a hidden count is shown as: a small count, or one hidden so that a small one cannot be worked out. */
export const hiddenLabel = '[c]';

const titles = {
  outcome: 'Conversations by outcome', nation: 'Completed conversations by nation', language: 'Completed conversations by language',
  durationBand: 'Completed conversations by duration', topics: 'Completed conversations raising each topic',
  serviceCategories: 'Completed conversations choosing each kind of service', indicators: 'Completed conversations with follow-up, review date, safety steps',
};

// A table with a heading row, the columns padded to line up.
function grid(title, t) {
  const rows = [['Month', ...t.cols], ...t.rows.map((r, a) => [r, ...t.values[a].map((v) => (v === null ? hiddenLabel : String(v)))])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)) + 2);
  return [title, ...rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('').trimEnd())].join('\n');
}

/**
 * The published view as plain-text tables.
 * @param {import('../src/evaluation/publish.js').PublishedView} view
 */
export function formatTables(view) {
  const out = ['Wellbeing conversation evaluation', `Hidden numbers (${hiddenLabel}): every count from 1 to ${view.suppressionThreshold - 1}, and the cells hidden with them so that none can be worked out.`];
  if (view.invalidLines > 0) {
    out.push(`Skipped ${view.invalidLines} ${view.invalidLines === 1 ? 'line that was' : 'lines that were'} not valid:`);
    for (const p of view.problems) out.push(`  ${p.path}: ${p.message}`);
  }
  if (view.months.length === 0) return `${[...out, '', 'No evaluation events were found.'].join('\n')}\n`;
  for (const [name, t] of Object.entries(view.tables)) out.push('', grid(titles[name] ?? name, t));
  const means = Object.entries(view.meanActions).map(([m, v]) => `  ${m}  ${v ?? '-'}`);
  out.push('', 'Mean actions per completed conversation', ...means);
  for (const [name, d] of Object.entries(view.dimensions)) {
    out.push('', d.table ? grid(`Conversations by ${name}`, d.table) : `Conversations by ${name}: withheld, the groups are too small to publish.`);
  }
  return `${out.join('\n')}\n`;
}
