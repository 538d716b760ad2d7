// Turns running totals into the numbers that may be published: each measure a table of months (plus a year
// total row), every table suppressed by suppress.js. A breakdown covers only the months whose own total is
// published, so the totals a breakdown adds up to are never hidden (docs/evaluation.md, "Suppression").
import { notRecorded } from './dimensions.js';
import { durationBands, nations } from './events.js';
import { suppressGrid, suppressionThreshold } from './suppress.js';

/** The row and column that hold totals. */
export const total = 'total';

/** The yes/no measures of a completed conversation, counted per month. */
export const indicators = ['followUp', 'reviewDateSet', 'safetyOpened'];

/**
 * @typedef {import('./totals.js').Totals} Totals
 * @typedef {{ rows: string[], cols: string[], values: (number | null)[][], rowTotals: boolean }} Table
 * @typedef {{ table?: Table, withheld?: 'tooSmall', headcount?: Record<string, number> }} DimensionView
 * @typedef {{
 *   schemaVersion: 1, suppressionThreshold: number, invalidLines: number, problems: import('./dimensions.js').Problem[],
 *   months: string[], tables: Record<string, Table>, meanActions: Record<string, number | null>,
 *   dimensions: Record<string, DimensionView>
 * }} PublishedView
 */

// Code-unit order, the same as SQL's binary collation, so ties are broken the same way in docs/evaluation.sql.
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A suppressed table from counts per row. `cols` null means every key seen in those rows.
 * @param {string[]} rows
 * @param {(row: string) => Map<string, number>} countsOf
 * @param {string[] | null} cols
 * @param {boolean} rowTotals
 * @returns {Table}
 */
function table(rows, countsOf, cols, rowTotals) {
  const keys = [...(cols ?? new Set(rows.flatMap((r) => [...countsOf(r).keys()])))].sort(byKey);
  const grid = rows.map((r) => {
    const counts = countsOf(r);
    const cells = keys.map((k) => counts.get(k) ?? 0);
    return rowTotals ? [...cells, cells.reduce((s, n) => s + n, 0)] : cells;
  });
  const width = keys.length + (rowTotals ? 1 : 0);
  grid.push(Array.from({ length: width }, (_, c) => grid.reduce((s, row) => s + row[c], 0)));
  const hidden = suppressGrid(grid, { rowTotals });
  return {
    rows: [...rows, total],
    cols: rowTotals ? [...keys, total] : keys,
    values: grid.map((row, a) => row.map((n, b) => (hidden[a][b] ? null : n))),
    rowTotals,
  };
}

/** The months whose total in column `col` of `outcome` is published. @param {Table} outcome @param {string} col */
const monthsPublished = (outcome, col) => {
  const c = outcome.cols.indexOf(col);
  return outcome.rows.slice(0, -1).filter((_, r) => outcome.values[r][c] !== null);
};

/**
 * True when more than half of a table's non-zero inner cells are hidden: too little is left to publish.
 * @param {Table} t
 */
export function isTooSmall(t) {
  let nonZero = 0;
  let hidden = 0;
  const inner = t.rowTotals ? t.cols.length - 1 : t.cols.length;
  for (const row of t.values.slice(0, -1)) {
    for (const v of row.slice(0, inner)) {
      if (v !== 0) nonZero++;
      if (v === null) hidden++;
    }
  }
  return hidden * 2 > nonZero;
}

/**
 * The totals as they may be published.
 * @param {Totals} totals
 * @returns {PublishedView}
 */
export function publishable(totals) {
  const months = [...totals.months.keys()].sort(byKey);
  const m = (month) => /** @type {import('./totals.js').MonthTotals} */ (totals.months.get(month));
  const outcome = table(months, (r) => m(r).outcome, ['completed', 'declined'], true);
  const completedMonths = monthsPublished(outcome, 'completed');
  const allMonths = monthsPublished(outcome, total);
  /** @type {Record<string, Table>} */
  const tables = {
    outcome,
    nation: table(completedMonths, (r) => m(r).nation, nations, true),
    language: table(completedMonths, (r) => m(r).language, null, true),
    durationBand: table(completedMonths, (r) => m(r).durationBand, durationBands, true),
    topics: table(completedMonths, (r) => m(r).topics, null, false),
    serviceCategories: table(completedMonths, (r) => m(r).serviceCategories, null, false),
    indicators: table(completedMonths, (r) => m(r).indicators, indicators, false),
  };
  /** @type {Record<string, number | null>} */
  const meanActions = {};
  for (const month of completedMonths) {
    const c = m(month).outcome.get('completed') ?? 0;
    // Tenths, rounded half up, in whole numbers so SQL gets exactly the same.
    meanActions[month] = c === 0 ? null : Math.floor((20 * m(month).actions + c) / (2 * c)) / 10;
  }
  /** @type {Record<string, DimensionView>} */
  const dimensions = {};
  for (const [name, declared] of Object.entries(totals.dimensions)) {
    const t = table(allMonths, (r) => m(r).dimensions.get(name) ?? new Map(), [...declared.values, notRecorded], true);
    const headcount = declared.headcount ? { headcount: declared.headcount } : {};
    dimensions[name] = isTooSmall(t) ? { withheld: 'tooSmall', ...headcount } : { table: t, ...headcount };
  }
  return {
    schemaVersion: 1, suppressionThreshold, invalidLines: totals.invalidLines, problems: totals.problems,
    months, tables, meanActions, dimensions,
  };
}

/**
 * Every published number as `[table, row, column, value]` (a hidden one as null), sorted: what the SQL in
 * docs/evaluation.sql must give exactly. Dimension tables are named `dimension:<name>`; the mean number of
 * actions is in tenths, as the table `meanActionsTenths`.
 * @param {PublishedView} view
 * @returns {[string, string, string, number | null][]}
 */
export function publishedCells(view) {
  /** @type {[string, string, string, number | null][]} */
  const cells = [];
  const add = (name, t) => t.rows.forEach((r, a) => t.cols.forEach((c, b) => cells.push([name, r, c, t.values[a][b]])));
  for (const [name, t] of Object.entries(view.tables)) add(name, t);
  for (const [name, d] of Object.entries(view.dimensions)) if (d.table) add(`dimension:${name}`, d.table);
  for (const [month, mean] of Object.entries(view.meanActions)) cells.push(['meanActionsTenths', month, 'mean', mean === null ? null : Math.round(mean * 10)]);
  return cells.sort((x, y) => byKey(x[0], y[0]) || byKey(x[1], y[1]) || byKey(x[2], y[2]));
}

/**
 * What share of a group had a conversation in the year: the published year total over the host's headcount.
 * Exact to the whole percent for a group of 50 or more; for a smaller group, a band of ten points, since one
 * person is two percent or more of it. Null when the count is hidden or the table withheld.
 * @param {DimensionView} dimension
 * @param {string} group
 * @returns {{ percent: number } | { band: [number, number] } | null}
 */
export function coverage(dimension, group) {
  const headcount = dimension.headcount?.[group];
  const t = dimension.table;
  if (!t || !headcount) return null;
  const count = t.values[t.rows.length - 1][t.cols.indexOf(group)];
  if (count === null || count === undefined) return null;
  if (headcount >= 50) return { percent: Math.round((100 * count) / headcount) };
  const low = Math.min(100, Math.floor((10 * count) / headcount) * 10);
  return { band: [low, Math.min(100, low + 10)] };
}
