import { readEnum, readId, readKeys, readList, readLocalisedText, readRecord, type Fields } from '../base/parse-helpers.js';
import { IssueLog, describeValue, joinPath, listNames, quote, suggestion } from '../base/parse-messages.js';
import { compact, isList, isRecord, readOwn, unreadable, type Field } from '../base/parse-values.js';
import { rubricAreas, type RubricArea } from './rubric.js';
import {
  mistakeKinds, openness, opennessBands, rubricContribution, scenarioRisks,
  type OpennessBand, type Persona, type Scenario, type ScenarioOption, type ScenarioStep, type ScenarioText,
} from './scenario-types.js';
import type { ParseResult } from './trust-config.js';

/** The caps a scenario file must keep to: text lengths in characters, lists in items. */
export const scenarioLimits = {
  title: 120, name: 80, line: 300, text: 3000, say: 600, reply: 800, feedback: 1200,
  steps: 12, minOptions: 2, options: 4, languages: 20,
} as const;

const L = scenarioLimits;
const topLevelKeys = ['schemaVersion', 'id', 'title', 'summary', 'persona', 'situation', 'goodPractice', 'rolePlayerBrief', 'risk', 'startOpenness', 'steps'];
const optionKeys = ['id', 'text', 'feedback', 'replies', 'mistake', 'opensSafetySteps', 'openness', 'rubric'];
const scenarioId = { pattern: /^[a-z][a-zA-Z0-9]{1,39}$/, what: 'an id like "nightShiftPorter": a small letter, then 1 to 39 letters or digits' };
const partId = { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, what: 'an id like "opening": letters, digits, - or _, up to 40' };

/**
 * Checks a trainer's scenario file (already read as JSON) and returns the scenario, or every problem in plain
 * words with its path, such as `steps[2].options[1].rubric.openQuestions: expected a number from -2 to 2, got "lots"`.
 * Never throws, whatever `input` is; never returns or changes the input's own objects; ignores `__proto__`.
 */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const log = new IssueLog('scenario');
  let value: Scenario | undefined;
  try {
    value = readScenario({ value: input, path: '' }, log);
  } catch {
    // Every read is guarded, so this is a last line of defence, not a path any test input should reach.
    log.error('', 'could not be read because of an unexpected problem');
  }
  return log.result(value);
}

function readScenario(root: Field, log: IssueLog): Scenario | undefined {
  const f = readRecord(root, log, topLevelKeys, { required: true, what: 'a scenario { "id": …, "title": …, "steps": [ … ] }' });
  if (!f) return undefined;
  const version = f.at('schemaVersion');
  if (version.value != null && version.value !== 1) log.error(version.path, `expected 1, the only version so far, got ${describeValue(version.value)}`);
  const id = readId(f.at('id'), log, scenarioId.pattern, { required: true, what: scenarioId.what });
  // Read in the order a file is written, so the problems are listed in that order too.
  const title = text(f.at('title'), log, L.title, true);
  const summary = text(f.at('summary'), log, L.line);
  const persona = readPersona(f.at('persona'), log);
  const situation = text(f.at('situation'), log, L.text);
  const goodPractice = text(f.at('goodPractice'), log, L.text);
  const rolePlayerBrief = text(f.at('rolePlayerBrief'), log, L.text);
  const risk = readEnum(f.at('risk'), log, scenarioRisks);
  const startOpenness = readNumber(f.at('startOpenness'), log, openness.min, openness.max) ?? openness.start;
  const ids = new Map<string, string>();
  const steps = readList(f.at('steps'), log, { max: L.steps, required: true }, (s) => readStep(s, log, ids)) ?? [];
  if (lengthOf(f.at('steps')) === 0) log.error(f.at('steps').path, 'expected at least 1 step, got none');
  checkSafety(f, log, risk, steps);
  if (steps.length > 0 && steps.every((step) => step.options.every((option) => Object.keys(option.rubric).length === 0))) {
    log.warn(f.at('steps').path, 'no option adds to any rubric area, so the debrief will have no scores');
  }
  if (!id || !title || !summary || !situation || !goodPractice || !rolePlayerBrief || !persona) return undefined;
  return compact({ id, title, summary, persona, situation, goodPractice, rolePlayerBrief, risk, startOpenness, steps });
}

// Trainer's words: text once or per language (en-GB required), always wrapped so it is never taken for a key.
function text(f: Field, log: IssueLog, max: number, markup = false): ScenarioText | undefined {
  const value = readLocalisedText(f, log, { max, required: true, markup });
  return value === undefined ? undefined : { text: value };
}

// The length of a list, read without trusting it (it may be a hostile Proxy); undefined for anything else.
function lengthOf(f: Field): number | undefined {
  if (!isList(f.value)) return undefined;
  const length = readOwn(f.value, 'length');
  return typeof length === 'number' ? length : undefined;
}

// A missing value: reported when required; true when there is a value to check.
function given(f: Field, log: IssueLog, required: boolean, what: string): boolean {
  if (f.value === unreadable) log.error(f.path, `could not be read; expected ${what}`);
  else if (f.value == null) {
    if (required) log.error(f.path, `expected ${what}, ${f.value === null ? 'got null' : 'but it is missing'}`);
  } else return true;
  return false;
}

/** A finite number from `min` to `max`. */
function readNumber(f: Field, log: IssueLog, min: number, max: number, required = false): number | undefined {
  const what = `a number from ${min} to ${max}`;
  if (!given(f, log, required, what)) return undefined;
  if (typeof f.value === 'number' && Number.isFinite(f.value) && f.value >= min && f.value <= max) return f.value;
  return void log.error(f.path, `expected ${what}, got ${describeValue(f.value)}`);
}

function readPersona(f: Field, log: IssueLog): Persona | undefined {
  const r = readRecord(f, log, ['name', 'role', 'background'], { required: true, what: 'a persona { "name": …, "role": …, "background": … }' });
  if (!r) return undefined;
  const [name, role, background] = [text(r.at('name'), log, L.name, true), text(r.at('role'), log, L.line), text(r.at('background'), log, L.text)];
  return name && role && background ? { name, role, background } : undefined;
}

// An id unique among its siblings: `seen` maps each id to the path that first used it.
function readUniqueId(f: Field, log: IssueLog, seen: Map<string, string>, noun: string): string | undefined {
  const id = readId(f, log, partId.pattern, { required: true, what: partId.what });
  if (id === undefined) return undefined;
  const first = seen.get(id);
  if (first !== undefined) return void log.error(f.path, `${quote(id)} is already the id of ${first}; give each ${noun} its own id`);
  seen.set(id, f.path.replace(/\.id$/, ''));
  return id;
}

function readStep(f: Field, log: IssueLog, ids: Map<string, string>): ScenarioStep | undefined {
  const r = readRecord(f, log, ['id', 'moment', 'options'], { required: true, what: 'a step { "id": …, "moment": …, "options": [ … ] }' });
  if (!r) return undefined;
  const id = readUniqueId(r.at('id'), log, ids, 'step');
  const moment = text(r.at('moment'), log, L.text);
  const optionIds = new Map<string, string>();
  const field = r.at('options');
  const options = readList(field, log, { max: L.options, required: true }, (o) => readOption(o, log, optionIds)) ?? [];
  const count = lengthOf(field);
  if (count !== undefined && count < L.minOptions) log.error(field.path, `expected ${L.minOptions} to ${L.options} options, got ${count}`);
  const good = options.filter((o) => o.mistake === undefined);
  if (options.length === count && count >= L.minOptions && good.length !== 1) {
    log.error(field.path, good.length === 0
      ? 'needs one good option: leave out "mistake" on the option that shows good practice'
      : `needs exactly one good option (with no "mistake"), got ${good.length}: ${listNames(good.map((o) => quote(o.id)))}`);
  }
  if (!id || !moment || options.length !== count) return undefined;
  return { id, moment, options };
}

function readOption(f: Field, log: IssueLog, ids: Map<string, string>): ScenarioOption | undefined {
  const r = readRecord(f, log, optionKeys, { required: true, what: 'an option { "id": …, "text": …, "replies": { … } }' });
  if (!r) return undefined;
  const id = readUniqueId(r.at('id'), log, ids, 'option of this step');
  const [say, feedback] = [text(r.at('text'), log, L.say), text(r.at('feedback'), log, L.feedback)];
  const replies = readReplies(r.at('replies'), log);
  const mistake = readEnum(r.at('mistake'), log, mistakeKinds);
  const safety = r.at('opensSafetySteps');
  if (safety.value != null && typeof safety.value !== 'boolean') log.error(safety.path, `expected true or false, got ${describeValue(safety.value)}`);
  const change = readNumber(r.at('openness'), log, openness.change.min, openness.change.max, true);
  const rubric = readRubric(r, log);
  if (!id || !say || !feedback || !replies || change === undefined || !rubric || (r.at('mistake').value != null && !mistake)) return undefined;
  return compact({ id, text: say, feedback, replies, mistake, opensSafetySteps: safety.value === true ? true : undefined, openness: change, rubric });
}

// Reads `{ key: … }` for known keys only; an unknown key is an error (a typo would silently lose a reply or a score).
function readKnownKeys<K extends string, T>(
  f: Field, log: IssueLog, known: readonly K[], noun: string, what: string, entry: (f: Field) => T | undefined,
): Partial<Record<K, T>> | undefined {
  if (!given(f, log, true, what)) return undefined;
  if (!isRecord(f.value)) return void log.error(f.path, `expected ${what}, got ${describeValue(f.value)}`);
  const obj = f.value;
  const keys = readKeys({ value: obj, path: f.path }, log, 100, `${noun}s`);
  if (!keys) return undefined;
  const out: Partial<Record<K, T>> = {};
  let ok = true;
  for (const key of keys) {
    const path = joinPath(f.path, key);
    if (!(known as readonly string[]).includes(key)) {
      log.error(path, `is not a ${noun}${suggestion(key, known)}; the ${noun}s are ${listNames(known)}`);
      ok = false;
      continue;
    }
    const value = entry({ value: readOwn(obj, key), path });
    // Keys were matched against `known` above, so none can be __proto__.
    if (value === undefined) ok = false;
    else out[key as K] = value;
  }
  return ok ? out : undefined;
}

function readReplies(f: Field, log: IssueLog): Partial<Record<OpennessBand, ScenarioText>> | undefined {
  const what = 'replies per openness band { "guarded": …, "opening": …, "open": … }';
  const replies = readKnownKeys(f, log, opennessBands, 'band', what, (reply) => text(reply, log, L.reply));
  if (replies && Object.keys(replies).length === 0) return void log.error(f.path, 'needs a reply for at least one band: guarded, opening or open');
  return replies;
}

function readRubric(r: Fields, log: IssueLog): Partial<Record<RubricArea, number>> | undefined {
  const f = r.at('rubric');
  // An option may touch no area at all: then it only moves the conversation on.
  if (f.value === undefined) return {};
  const what = 'what the option adds to each rubric area { "openQuestions": 2 }';
  return readKnownKeys(f, log, rubricAreas, 'rubric area', what, (n) => readNumber(n, log, rubricContribution.min, rubricContribution.max, true));
}

// A scenario with a risk must let the trainee take the safety steps, and only its good option may do so.
function checkSafety(f: Fields, log: IssueLog, risk: string | undefined, steps: readonly ScenarioStep[]): void {
  const safe = steps.flatMap((step, i) => step.options.map((option, j) => ({ option, path: `steps[${i}].options[${j}]` }))).filter((x) => x.option.opensSafetySteps);
  for (const { option, path } of safe) {
    if (option.mistake) log.error(`${path}.opensSafetySteps`, 'only the good option (with no "mistake") can open the safety steps');
    else if (!risk) log.warn(`${path}.opensSafetySteps`, 'has no effect: the scenario has no "risk"');
  }
  if (risk && steps.length > 0 && safe.length === 0) {
    log.error(f.at('steps').path, `the scenario has the risk ${quote(risk)}, so one step needs a good option with "opensSafetySteps": true`);
  }
}
