// The pure part of aggregate-evaluation.mjs: checks `wcg-evaluation` events (one JSON object a line),
// counts them per month, and suppresses small numbers before anything is shown. No I/O here, so it
// can be tested directly. docs/evaluation.md describes the events and these tables.

/** Counts from 1 up to (not including) this are shown as "<5"; 0 is shown as 0. */
export const suppressionThreshold = 5;

/** What a suppressed count is shown as. */
export const suppressedLabel = '<5';

// The fixed lists of the evaluation payload (src/record/evaluation.ts). Topic and service-category
// ids are checked by their shape only, so a new built-in topic needs no change here.
export const outcomes = ['completed', 'declined'];
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'];
export const durationBands = ['<15m', '15-30m', '30-60m', '>60m'];
export const stageIds = ['prepare', 'open', 'review', 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan', 'agree', 'complete'];
const eventKeys = [
  'schemaVersion', 'month', 'nation', 'language', 'staffLanguage', 'outcome', 'stageReached', 'topics', 'serviceCategories',
  'counts', 'reviewDateSet', 'safetyOpened', 'durationBand',
];
const countKeys = ['actions', 'adjustments', 'adjustmentsAgreed', 'reviewItems'];
const monthPattern = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const languagePattern = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
const idPattern = /^[a-z][a-zA-Z0-9]{1,39}$/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value) => Number.isSafeInteger(value) && value >= 0;
const isIdList = (value) => Array.isArray(value) && value.length <= 100 && value.every((id) => typeof id === 'string' && idPattern.test(id)) && new Set(value).size === value.length;

/** True when `value` is a declined conversation's event: schema version, month and outcome, nothing else. */
export function isDeclinedEvent(value) {
  return (
    isObject(value) && Object.keys(value).length === 3 &&
    value.schemaVersion === 1 && typeof value.month === 'string' && monthPattern.test(value.month) && value.outcome === 'declined'
  );
}

/**
 * True when `value` is a version 1 evaluation payload with nothing extra (the JSON Schemas, checked by hand):
 * a completed conversation's full payload, or a declined one's month and outcome.
 */
export function isEvaluationEvent(value) {
  if (isDeclinedEvent(value)) return true;
  if (!isObject(value) || !Object.keys(value).every((key) => eventKeys.includes(key))) return false;
  const { counts } = value;
  return (
    value.schemaVersion === 1 &&
    typeof value.month === 'string' && monthPattern.test(value.month) &&
    nations.includes(value.nation) &&
    typeof value.language === 'string' && languagePattern.test(value.language) &&
    (value.staffLanguage === undefined || (typeof value.staffLanguage === 'string' && languagePattern.test(value.staffLanguage))) &&
    outcomes.includes(value.outcome) &&
    stageIds.includes(value.stageReached) &&
    isIdList(value.topics) &&
    isIdList(value.serviceCategories) &&
    isObject(counts) && Object.keys(counts).length === countKeys.length && countKeys.every((key) => isCount(counts[key])) &&
    typeof value.reviewDateSet === 'boolean' &&
    typeof value.safetyOpened === 'boolean' &&
    durationBands.includes(value.durationBand)
  );
}

/** One line as an event, or undefined when it is not one. Never throws. */
export function parseEventLine(line) {
  try {
    const value = JSON.parse(line);
    return isEvaluationEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const zeros = (keys) => Object.fromEntries(keys.map((key) => [key, 0]));

function emptyMonth() {
  return {
    conversations: 0,
    outcome: zeros(outcomes),
    nation: zeros(nations),
    language: {},
    topics: {},
    serviceCategories: {},
    completedActions: 0,
    safetyOpened: 0,
    durationBand: zeros(durationBands),
  };
}

const bump = (counts, key) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** A fresh running total: no months, no invalid lines. */
export function createTotals() {
  return { invalidLines: 0, months: new Map() };
}

/**
 * Adds one line to the running totals. A blank line is passed over; any other line that is not a valid
 * event is counted as invalid, and nothing of it is kept.
 */
export function addLine(totals, line) {
  const text = String(line).replace(/^\uFEFF/, '').trim();
  if (text === '') return;
  const event = parseEventLine(text);
  if (!event) {
    totals.invalidLines++;
    return;
  }
  if (!totals.months.has(event.month)) totals.months.set(event.month, emptyMonth());
  const month = totals.months.get(event.month);
  month.conversations++;
  bump(month.outcome, event.outcome);
  // A declined conversation's event holds its month and outcome only (older events held more, all empty or 0).
  if (isDeclinedEvent(event)) return;
  bump(month.nation, event.nation);
  bump(month.language, event.language);
  for (const topic of event.topics) bump(month.topics, topic);
  for (const category of event.serviceCategories) bump(month.serviceCategories, category);
  if (event.outcome === 'completed') month.completedActions += event.counts.actions;
  if (event.safetyOpened) month.safetyOpened++;
  bump(month.durationBand, event.durationBand);
}

/** The running totals of every line given. */
export function aggregateLines(lines) {
  const totals = createTotals();
  for (const line of lines) addLine(totals, line);
  return totals;
}

/** A count as it may be shown: 0, "<5" for 1 to 4, else the count itself. */
export function suppress(count) {
  return count > 0 && count < suppressionThreshold ? suppressedLabel : count;
}

const suppressAll = (counts) => Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, suppress(count)]));
// Open-ended lists (languages, topics, categories) are shown most frequent first, then by name.
const byCount = (counts) => Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The totals as they may be published: every count suppressed, months in order. The mean number of
 * actions is over completed conversations, and is null when fewer than 5 completed (a mean of one to
 * four conversations says too much about each).
 */
export function publishable(totals) {
  const months = {};
  for (const key of [...totals.months.keys()].sort()) {
    const m = totals.months.get(key);
    const completed = m.outcome.completed;
    months[key] = {
      conversations: suppress(m.conversations),
      outcome: suppressAll(m.outcome),
      nation: suppressAll(m.nation),
      language: suppressAll(byCount(m.language)),
      topics: suppressAll(byCount(m.topics)),
      serviceCategories: suppressAll(byCount(m.serviceCategories)),
      meanActionsPerCompleted: completed >= suppressionThreshold ? Math.round((m.completedActions / completed) * 10) / 10 : null,
      safetyOpened: suppress(m.safetyOpened),
      durationBand: suppressAll(m.durationBand),
    };
  }
  return { suppression: `counts from 1 to ${suppressionThreshold - 1} are shown as "${suppressedLabel}"`, invalidLines: totals.invalidLines, months };
}

// A two-column table with a heading row, the columns padded to line up.
function table(heading, counts) {
  const rows = [[heading, 'Conversations'], ...Object.entries(counts).map(([key, count]) => [key, String(count)])];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.map(([label, count]) => `${label.padEnd(width)}${count}`);
  if (rows.length === 1) lines.push('(none)');
  return lines.join('\n');
}

/** The publishable totals as plain-text tables, one group per month. */
export function formatTables(view) {
  const out = ['Wellbeing conversation evaluation', `Small numbers: ${view.suppression}.`];
  if (view.invalidLines > 0) out.push(`Skipped ${view.invalidLines} ${view.invalidLines === 1 ? 'line that was' : 'lines that were'} not a valid evaluation event.`);
  const months = Object.entries(view.months);
  if (months.length === 0) out.push('', 'No evaluation events were found.');
  for (const [month, m] of months) {
    const mean = m.meanActionsPerCompleted === null ? `not shown (fewer than ${suppressionThreshold} completed conversations)` : String(m.meanActionsPerCompleted);
    out.push(
      '', `== ${month} ==`, `Conversations: ${m.conversations}`, '',
      table('Outcome', m.outcome), '', table('Nation', m.nation), '', table('Language', m.language), '',
      table('Topic', m.topics), '', table('Service category', m.serviceCategories), '',
      `Mean actions per completed conversation: ${mean}`, `Safety steps opened: ${m.safetyOpened}`, '',
      table('Duration', m.durationBand),
    );
  }
  return `${out.join('\n')}\n`;
}
