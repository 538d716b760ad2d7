// Host-added dimensions: categories a trust already holds about a conversation (a directorate, a staff group)
// and stores beside its payload, declared with their allowed values in a small dimensions file. The guide never
// collects them; the aggregation refuses any it was not told about.

/** The group an event without a value for a declared dimension is counted in. */
export const notRecorded = 'notRecorded';

const namePattern = /^[a-z][a-zA-Z0-9]{0,39}$/;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @typedef {{ values: string[], headcount?: Record<string, number> }} Dimension
 * @typedef {Record<string, Dimension>} Dimensions
 * @typedef {{ path: string, message: string }} Problem
 */

/**
 * Reads a dimensions file: `{ "dimensions": { "<name>": { "values": [...], "headcount": { "<value>": n } } } }`.
 * Returns every problem as `{path, message}`; never throws.
 * @param {unknown} input
 * @returns {{ ok: true, value: Dimensions } | { ok: false, errors: Problem[] }}
 */
export function parseDimensions(input) {
  /** @type {Problem[]} */
  const errors = [];
  /** @type {Dimensions} */
  const value = {};
  if (!isObject(input) || !isObject(input.dimensions)) {
    return { ok: false, errors: [{ path: 'dimensions', message: 'expected an object naming each dimension, like { "directorate": { "values": ["Surgery"] } }' }] };
  }
  for (const key of Object.keys(input)) if (key !== 'dimensions') errors.push({ path: key, message: 'not a field of a dimensions file' });
  for (const [name, dimension] of Object.entries(input.dimensions)) {
    const path = `dimensions.${name}`;
    if (!namePattern.test(name)) errors.push({ path, message: 'a dimension name is a letter then letters or digits, like staffGroup' });
    if (!isObject(dimension) || !Array.isArray(dimension.values) || dimension.values.length === 0) {
      errors.push({ path: `${path}.values`, message: 'expected a list of the values this dimension may take' });
      continue;
    }
    for (const key of Object.keys(dimension)) if (key !== 'values' && key !== 'headcount') errors.push({ path: `${path}.${key}`, message: 'not a field of a dimension (values, headcount)' });
    const values = dimension.values;
    values.forEach((v, i) => {
      if (typeof v !== 'string' || v.trim() === '' || v.length > 80) errors.push({ path: `${path}.values[${i}]`, message: 'expected a name of up to 80 characters' });
      else if (v === notRecorded || v === 'total') errors.push({ path: `${path}.values[${i}]`, message: `${v} is a name the report keeps for itself` });
    });
    if (new Set(values).size !== values.length) errors.push({ path: `${path}.values`, message: 'a value is listed twice' });
    if (dimension.headcount !== undefined) {
      if (!isObject(dimension.headcount)) errors.push({ path: `${path}.headcount`, message: 'expected the number of staff in each group, like { "Surgery": 420 }' });
      else {
        for (const [group, n] of Object.entries(dimension.headcount)) {
          if (!values.includes(group)) errors.push({ path: `${path}.headcount.${group}`, message: 'not one of the values of this dimension' });
          else if (!Number.isSafeInteger(n) || n <= 0) errors.push({ path: `${path}.headcount.${group}`, message: 'expected a whole number of staff above 0' });
        }
      }
    }
    value[name] = { values: [...values], ...(isObject(dimension.headcount) ? { headcount: { ...dimension.headcount } } : {}) };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * Checks the dimensions stored beside one event against the declared ones. Returns the problems, naming the
 * dimension but never the value given (it is the host's data).
 * @param {unknown} given
 * @param {Dimensions} declared
 * @param {string} where  the start of each path, e.g. `line 12`
 * @returns {Problem[]}
 */
export function checkEventDimensions(given, declared, where) {
  if (!isObject(given)) return [{ path: `${where}.dimensions`, message: 'expected an object of declared dimensions' }];
  /** @type {Problem[]} */
  const problems = [];
  for (const name in given) {
    const v = given[name];
    const dimension = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!dimension) problems.push({ path: `${where}.dimensions.${namePattern.test(name) ? name : '?'}`, message: 'this dimension is not declared in the dimensions file' });
    else if (typeof v !== 'string' || !dimension.values.includes(v)) problems.push({ path: `${where}.dimensions.${name}`, message: 'the value is not one of the values declared for this dimension' });
  }
  return problems;
}
