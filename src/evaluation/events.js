// Checks one `wcg-evaluation` event (src/record/evaluation.ts makes them) without trusting anything in it.
// Plain JavaScript so the same file runs in Node (the command-line scripts, the tests) and in the browser
// (<wcg-evaluation-report>); docs/evaluation.md describes the events.

/** The outcomes of a conversation. */
export const outcomes = ['completed', 'declined'];
/** The nations whose directories the guide ships. */
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'];
/** The duration bands of the payload. */
export const durationBands = ['<15m', '15-30m', '30-60m', '>60m'];
/** The stage ids of the payload's `stageReached`. */
export const stageIds = ['prepare', 'open', 'review', 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan', 'agree', 'complete'];

const eventKeys = new Set([
  'schemaVersion', 'month', 'nation', 'language', 'staffLanguage', 'outcome', 'stageReached', 'topics', 'serviceCategories',
  'counts', 'reviewDateSet', 'safetyOpened', 'durationBand',
]);
const countKeys = ['actions', 'adjustments', 'adjustmentsAgreed', 'reviewItems'];
const monthPattern = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const languagePattern = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
// Topic and service-category ids are checked by their shape only, so a new built-in topic needs no change here.
const idPattern = /^[a-z][a-zA-Z0-9]{1,39}$/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value) => Number.isSafeInteger(value) && value >= 0;
// `total` is the name of the totals row and column of every published table, so it cannot be an id.
const isIdList = (value) =>
  Array.isArray(value) && value.length <= 100 && value.every((id) => typeof id === 'string' && idPattern.test(id) && id !== 'total') && new Set(value).size === value.length;

/**
 * True when `value` is a declined conversation's event: schema version, month and outcome, nothing else.
 * @param {unknown} value
 * @returns {boolean}
 */
export function isDeclinedEvent(value) {
  return (
    isObject(value) && Object.keys(value).length === 3 &&
    value.schemaVersion === 1 && typeof value.month === 'string' && monthPattern.test(value.month) && value.outcome === 'declined'
  );
}

/**
 * True when `value` is a version 1 evaluation payload with nothing extra (the JSON Schemas, checked by hand):
 * a completed conversation's full payload, or a declined one's month and outcome.
 * @param {unknown} value
 * @returns {boolean}
 */
export function isEvaluationEvent(value) {
  if (isDeclinedEvent(value)) return true;
  if (!isObject(value)) return false;
  for (const key in value) if (!eventKeys.has(key)) return false;
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

/**
 * One line as an event, or undefined when it is not one. Never throws.
 * @param {string} line
 */
export function parseEventLine(line) {
  try {
    const value = JSON.parse(line);
    return isEvaluationEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
