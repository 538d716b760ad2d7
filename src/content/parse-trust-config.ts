import { readEmail, readEnum, readId, readKeys, readLanguageMap, readList, readLocalisedText, readPhone, readRecord, readString, readUrl, type Fields } from '../base/parse-helpers.js';
import { CodedIssueLog, closest, describeValue, excerpt, joinPath, listNames, quote, suggestion } from '../base/parse-messages.js';
import { compact, isBlank, isRecord, readOwn, unreadable, type Field } from '../base/parse-values.js';
import { readCrisisNote } from './parse-crisis-notes.js';
import {
  resolveTopicOrder, type EscalationContact, type ExtraTopic, type ExtraTopicText,
  type ParseResult, type ParseTrustConfigOptions, type TextOverrides, type TrustConfig,
} from './trust-config.js';
import { builtInTopicIds, nations, serviceCategories, type Service } from './types.js';

/** The caps a config must keep to: text lengths in characters, lists in items. */
export const trustConfigLimits = {
  name: 200, text: 2000, services: 200, topics: 100, extraTopics: 50, topicLines: 5,
  crisisOverrides: 50, languages: 50, overrideKeys: 2000,
} as const;

const L = trustConfigLimits;
const topLevelKeys = ['schemaVersion', 'organisation', 'nation', 'topics', 'extraTopics', 'services', 'crisisOverrides', 'escalation', 'staffSupportUrl', 'overrides'];
const topicTextKeys = ['name', 'description', 'prompt', 'gentler', 'followUps', 'listenFor', 'avoid', 'culturalNote'];
const topicId = { pattern: /^[a-z][a-zA-Z0-9]{1,39}$/, what: 'an id like "parking": a small letter, then 1 to 39 letters or digits', kind: 'topic' } as const;
const serviceId = { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/i, what: 'an id like "eap": letters, digits or hyphens, up to 40', kind: 'service' } as const;
// i18next placeholders: {{name}} or {{name, format}}.
const placeholder = /\{\{\s*([\w.-]{1,40})\s*(?:,[^{}]{0,100})?\}\}/g;

// What every section reader needs: the issue log, the caller's options and the topic ids known so far.
interface Context {
  readonly log: CodedIssueLog;
  readonly options: ParseTrustConfigOptions;
  readonly topicIds: string[];
}

/**
 * Checks an HR team's JSON config and returns it normalised, or every problem in plain words with its path, and
 * as a code with its details for a page that words problems itself. Never throws, whatever `input` is; never
 * returns or changes the input's own objects.
 */
export function parseTrustConfig(input: unknown, options: ParseTrustConfigOptions = {}): ParseResult<TrustConfig> {
  const log = new CodedIssueLog('config');
  let value: TrustConfig | undefined;
  try {
    value = readConfig({ value: input, path: '' }, { log, options, topicIds: [...builtInTopicIds] });
  } catch {
    // Every read is guarded, so this is a last line of defence, not a path any test input should reach.
    log.error('', 'could not be read because of an unexpected problem', { code: 'unreadable' });
  }
  return log.result(value);
}

function readConfig(root: Field, c: Context): TrustConfig | undefined {
  const f = readRecord(root, c.log, topLevelKeys, { required: true, what: 'the config as a group { … }' });
  if (!f) return undefined;
  const version = f.at('schemaVersion');
  if (version.value != null && version.value !== 1) {
    c.log.error(version.path, `expected 1, the only version so far, got ${describeValue(version.value)}`, { code: 'version', supported: 1 });
  }
  const organisation = readLocalisedText(f.at('organisation'), c.log, { max: L.name, required: true, markup: true });
  const nation = readEnum(f.at('nation'), c.log, nations) ?? 'england';
  const extraTopics = readList(f.at('extraTopics'), c.log, { max: L.extraTopics }, (t) => readExtraTopic(t, c)) ?? [];
  const topics = readRecord(f.at('topics'), c.log, ['order', 'disabled']);
  const order = topics ? readTopicIds(topics.at('order'), c) : [];
  const disabled = topics ? readTopicIds(topics.at('disabled'), c) : [];
  const serviceIds = new Map<string, number>();
  const services = readList(f.at('services'), c.log, { max: L.services }, (s, i) => readService(s, i, serviceIds, c)) ?? [];
  const crisisIds = new Set<string>();
  const crisisOverrides = readList(f.at('crisisOverrides'), c.log, { max: L.crisisOverrides }, (o) => readCrisisNote(o, crisisIds, c.log, c.options, L.text)) ?? [];
  const escalation = readEscalation(f.at('escalation'), c);
  const staffSupportUrl = readStaffSupportUrl(f.at('staffSupportUrl'), c);
  const overrides = readOverrides(f.at('overrides'), c);
  const topicOrder = resolveTopicOrder(order, disabled, extraTopics.map((t) => t.id));
  if (topics && topicOrder.length === 0) c.log.warn(topics.path, 'turns off every topic, so the staff member will have none to choose from', { code: 'noTopics' });
  if (organisation === undefined) return undefined;
  return compact({ organisation, nation, topicOrder, extraTopics, services, crisisOverrides, escalation, staffSupportUrl, overrides });
}

// A topic id that must be built in or one of the trust's extra topics.
function readTopicId(f: Field, c: Context): string | undefined {
  const id = readString(f, c.log, { max: 100, required: true, what: 'a topic id' });
  if (id === undefined || c.topicIds.includes(id)) return id;
  const near = closest(id, c.topicIds);
  c.log.error(f.path, `${quote(id)} is not a topic${suggestion(id, c.topicIds)}; the topics are ${listNames(c.topicIds)}`, { code: 'notTopic', id: excerpt(id), ...(near ? { suggestion: near } : {}) });
  return undefined;
}

// A list of topic ids, each once.
function readTopicIds(f: Field, c: Context): string[] {
  const first = new Map<string, string>();
  return readList(f, c.log, { max: L.topics }, (item) => {
    const id = readTopicId(item, c);
    if (id === undefined) return undefined;
    const earlier = first.get(id);
    if (earlier !== undefined) return void c.log.error(item.path, `${quote(id)} is listed twice (also at ${earlier}); list each topic once`, { code: 'listedTwice', id: excerpt(id) });
    first.set(id, item.path);
    return id;
  }) ?? [];
}

function readExtraTopic(f: Field, c: Context): ExtraTopic | undefined {
  const r = readRecord(f, c.log, ['id', 'services', 'text'], { required: true, what: 'a topic { "id": …, "text": … }' });
  if (!r) return undefined;
  const id = readId(r.at('id'), c.log, topicId.pattern, { required: true, ...topicId });
  if (id !== undefined && c.topicIds.includes(id)) {
    const builtIn = (builtInTopicIds as readonly string[]).includes(id);
    const whose = builtIn ? 'a built-in topic' : 'another extra topic';
    c.log.error(r.at('id').path, `${quote(id)} is already ${whose}; choose another id`, { code: 'idTaken', by: builtIn ? 'builtInTopic' : 'extraTopic' });
  } else if (id !== undefined) c.topicIds.push(id);
  const services = readList(r.at('services'), c.log, { max: serviceCategories.length }, (s) => readEnum(s, c.log, serviceCategories, { required: true })) ?? [];
  const text = readLanguageMap(r.at('text'), c.log, { max: L.languages, required: true, sourceLanguage: c.options.sourceLanguage ?? 'en-GB' }, (t) => readTopicText(t, c));
  if (id === undefined || text === undefined) return undefined;
  return { id, services: [...new Set(services)], text };
}

function readTopicText(f: Field, c: Context): ExtraTopicText | undefined {
  const r = readRecord(f, c.log, topicTextKeys, { required: true, what: 'the topic\'s words { "name": …, "prompt": …, "gentler": … }' });
  if (!r) return undefined;
  const text = (key: string, max: number, required = false, markup = false) => readString(r.at(key), c.log, { max, required, markup });
  const lines = (key: string) => readList(r.at(key), c.log, { max: L.topicLines }, (line) => readString(line, c.log, { max: L.text, required: true })) ?? [];
  const [name, description, prompt, gentler] = [text('name', L.name, true, true), text('description', L.text), text('prompt', L.text, true, true), text('gentler', L.text, true)];
  const [followUps, listenFor, avoid, culturalNote] = [lines('followUps'), lines('listenFor'), lines('avoid'), text('culturalNote', L.text)];
  if (name === undefined || prompt === undefined || gentler === undefined) return undefined;
  return compact({ name, description, prompt, gentler, followUps, listenFor, avoid, culturalNote });
}

// A way to reach someone: phone, email and url, as each of services and escalation has.
function readContact(r: Fields, c: Context) {
  return { phone: readPhone(r.at('phone'), c.log), email: readEmail(r.at('email'), c.log), url: readUrl(r.at('url'), c.log) };
}

function hasNoContact(r: Fields): boolean {
  return isBlank(r.at('phone').value) && isBlank(r.at('email').value) && isBlank(r.at('url').value);
}

function readService(f: Field, index: number, seen: Map<string, number>, c: Context): Service | undefined {
  const keys = ['id', 'category', 'name', 'description', 'phone', 'email', 'url', 'hours', 'topics'];
  const r = readRecord(f, c.log, keys, { required: true, what: 'a service { "id": …, "category": …, "name": … }' });
  if (!r) return undefined;
  const id = readId(r.at('id'), c.log, serviceId.pattern, { required: true, ...serviceId });
  const first = id === undefined ? undefined : seen.get(id.toLowerCase());
  if (first !== undefined) {
    c.log.error(r.at('id').path, `${quote(id ?? '')} is already used by services[${first}]; each service needs its own id`, { code: 'idTaken', by: 'service', index: first });
  }
  else if (id !== undefined) seen.set(id.toLowerCase(), index);
  const category = readEnum(r.at('category'), c.log, serviceCategories, { required: true });
  const name = readLocalisedText(r.at('name'), c.log, { max: L.name, required: true, markup: true });
  const description = readLocalisedText(r.at('description'), c.log, { max: L.text });
  const hours = readLocalisedText(r.at('hours'), c.log, { max: L.text });
  const contact = readContact(r, c);
  const topics = r.at('topics').value == null ? undefined : readTopicIds(r.at('topics'), c);
  if (hasNoContact(r)) c.log.error(r.path, 'needs at least one way to get in touch: a phone, email or url', { code: 'noContact' });
  if (id === undefined || first !== undefined || category === undefined || name === undefined) return undefined;
  return compact({ id, category, name, description, ...contact, hours, topics });
}

function readEscalation(f: Field, c: Context): EscalationContact | undefined {
  const r = readRecord(f, c.log, ['name', 'description', 'phone', 'email', 'url']);
  if (!r) return undefined;
  const name = readLocalisedText(r.at('name'), c.log, { max: L.name, required: true, markup: true });
  const description = readLocalisedText(r.at('description'), c.log, { max: L.text });
  const contact = readContact(r, c);
  if (hasNoContact(r)) c.log.warn(r.path, 'has no phone, email or url, so managers will see only its name', { code: 'nameOnly' });
  return name === undefined ? undefined : compact({ name, description, ...contact });
}

// The staff support page is printed as a QR code that staff scan at home, where nobody can see where it leads: an
// unencrypted page could be swapped on the way, so here http:// is refused, not only warned about as on a link.
function readStaffSupportUrl(f: Field, c: Context): string | undefined {
  if (typeof f.value === 'string' && /^\s*http:/i.test(f.value)) {
    return void c.log.error(f.path, 'starts http://, so the page is not encrypted and can be changed on the way; a printed QR code needs its https:// address', { code: 'httpLink' });
  }
  return readUrl(f, c.log);
}

function readOverrides(f: Field, c: Context): TextOverrides {
  return readLanguageMap(f, c.log, { max: L.languages }, (lang) => readOverrideTexts(lang, c)) ?? {};
}

// One language's replacement texts, keyed `namespace:key.path`.
function readOverrideTexts(f: Field, c: Context): Record<string, string> | undefined {
  const obj = f.value;
  if (obj === unreadable) return void c.log.error(f.path, 'could not be read', { code: 'unreadable' });
  if (!isRecord(obj)) return void c.log.error(f.path, `expected a group of texts { "common:title": "…" }, got ${describeValue(obj)}`, { code: 'wrongType', expected: 'group' });
  const out: Record<string, string> = {};
  for (const key of readKeys({ value: obj, path: f.path }, c.log, L.overrideKeys, 'texts') ?? []) {
    const path = joinPath(f.path, key);
    const [, ns, keyPath] = (key.length <= 200 && /^([A-Za-z]+):([\w-]+(?:\.[\w-]+)*)$/.exec(key)) || [];
    if (ns === undefined || keyPath === undefined) {
      c.log.error(path, 'is not a text key; write it as namespace:key, like "common:title"', { code: 'notTextKey', key: excerpt(key) });
      continue;
    }
    const namespaces = c.options.namespaces;
    if (namespaces && !namespaces.includes(ns)) {
      c.log.error(path, `starts with ${quote(ns)}, which is not one of ${listNames(namespaces)}`, { code: 'notNamespace', key: excerpt(key), namespace: excerpt(ns), allowed: namespaces });
      continue;
    }
    if (c.options.overrideKeys && !c.options.overrideKeys.has(key)) {
      c.log.warn(path, 'is not a text the guide uses, so it will change nothing; check the spelling', { code: 'unknownText', key: excerpt(key) });
    }
    const text = readString({ value: readOwn(obj, key), path }, c.log, { max: L.text, required: true });
    if (text === undefined) continue;
    checkPlaceholders(text, c.options.sourceText?.(key), path, c);
    // Keys matched `namespace:` above, so none can be __proto__ or another reserved name.
    out[key] = text;
  }
  return out;
}

function checkPlaceholders(text: string, source: string | undefined, path: string, c: Context): void {
  if (source === undefined) return;
  const names = (s: string) => new Set(Array.from(s.matchAll(placeholder), (m) => m[1]));
  const [want, have] = [names(source), names(text)];
  for (const name of want) {
    if (!have.has(name)) c.log.warn(path, `leaves out {{${name}}}, which the original text has, so that detail will not be shown`, { code: 'placeholderMissing', placeholder: name });
  }
  for (const name of have) {
    if (!want.has(name)) c.log.warn(path, `has {{${name}}}, which the original text does not, so nothing will fill it in`, { code: 'placeholderAdded', placeholder: name });
  }
}
