// The running totals of a stream of evaluation lines: one pass, one line at a time, and nothing kept per line,
// so memory depends on the number of months and categories, never on the number of events.
import { checkEventDimensions, notRecorded } from './dimensions.js';
import { isDeclinedEvent, isEvaluationEvent } from './events.js';

/** How many problems are kept to show; the rest are only counted. */
export const problemsKept = 20;

/**
 * @typedef {import('./dimensions.js').Dimensions} Dimensions
 * @typedef {import('./dimensions.js').Problem} Problem
 * @typedef {{
 *   outcome: Counts, nation: Counts, language: Counts, durationBand: Counts, topics: Counts, serviceCategories: Counts,
 *   indicators: Counts, actions: number, dimensions: Map<string, Counts>
 * }} MonthTotals
 * @typedef {Map<string, number>} Counts
 * @typedef {{ invalidLines: number, problems: Problem[], lineNumber: number, dimensions: Dimensions, months: Map<string, MonthTotals> }} Totals
 */

/**
 * A fresh running total. `dimensions` are the host's declared dimensions (none by default).
 * @param {Dimensions} [dimensions]
 * @returns {Totals}
 */
export function createTotals(dimensions = {}) {
  return { invalidLines: 0, problems: [], lineNumber: 0, dimensions, months: new Map() };
}

/** @returns {MonthTotals} */
function emptyMonth() {
  return {
    outcome: new Map(), nation: new Map(), language: new Map(), durationBand: new Map(), topics: new Map(), serviceCategories: new Map(),
    indicators: new Map(), actions: 0, dimensions: new Map(),
  };
}

/** @param {Counts} counts @param {string} key */
const bump = (counts, key) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

/** @param {Totals} totals @param {Problem} problem */
function refuse(totals, problem) {
  totals.invalidLines++;
  if (totals.problems.length < problemsKept) totals.problems.push(problem);
}

/**
 * Adds one line to the running totals. A line holds an event, or `{ "payload": event, "dimensions": {...} }`
 * with the host's declared dimensions. A blank line is passed over; any other line that is not valid is counted,
 * with a `{path, message}` that never quotes it.
 * @param {Totals} totals
 * @param {string} line
 */
export function addLine(totals, line) {
  totals.lineNumber++;
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  const where = `line ${totals.lineNumber}`;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    if (text.trim() !== '') refuse(totals, { path: where, message: 'not JSON' });
    return;
  }
  let event = value;
  let given;
  if (value !== null && typeof value === 'object' && 'payload' in value) {
    const keys = Object.keys(value);
    if (keys.some((k) => k !== 'payload' && k !== 'dimensions')) return refuse(totals, { path: where, message: 'a line holds payload and dimensions only' });
    event = value.payload;
    given = value.dimensions;
  }
  if (!isEvaluationEvent(event)) return refuse(totals, { path: where, message: 'not a version 1 evaluation event' });
  if (given !== undefined) {
    const problems = checkEventDimensions(given, totals.dimensions, where);
    if (problems.length > 0) return refuse(totals, problems[0]);
  }
  addEvent(totals, event, given);
}

/**
 * Adds one checked event and its dimensions.
 * @param {Totals} totals
 * @param {any} event
 * @param {Record<string, string>} [given]
 */
export function addEvent(totals, event, given) {
  let month = totals.months.get(event.month);
  if (!month) totals.months.set(event.month, (month = emptyMonth()));
  bump(month.outcome, event.outcome);
  for (const name in totals.dimensions) {
    let groups = month.dimensions.get(name);
    if (!groups) month.dimensions.set(name, (groups = new Map()));
    bump(groups, given?.[name] ?? notRecorded);
  }
  // A declined conversation's event holds its month and outcome only (older ones held more, all empty or 0).
  if (event.outcome !== 'completed' || isDeclinedEvent(event)) return;
  bump(month.nation, event.nation);
  bump(month.language, event.language);
  bump(month.durationBand, event.durationBand);
  for (const topic of event.topics) bump(month.topics, topic);
  for (const category of event.serviceCategories) bump(month.serviceCategories, category);
  if (event.safetyOpened) bump(month.indicators, 'safetyOpened');
  if (event.counts.reviewItems > 0) bump(month.indicators, 'followUp');
  if (event.reviewDateSet) bump(month.indicators, 'reviewDateSet');
  month.actions += event.counts.actions;
}

/**
 * The running totals of every line given.
 * @param {Iterable<string>} lines
 * @param {Dimensions} [dimensions]
 */
export function aggregateLines(lines, dimensions) {
  const totals = createTotals(dimensions);
  for (const line of lines) addLine(totals, line);
  return totals;
}
