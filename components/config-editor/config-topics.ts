import { resolveTopicOrder } from '../../src/content/trust-config.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { getIn, isObject, listAt, removeAt, setSetting, textAt, type EditedConfig } from './config-paths.js';

/** One topic as the topics list shows it. */
export interface TopicEntry {
  readonly id: string;
  readonly enabled: boolean;
  /** True for one of the trust's own topics. */
  readonly own: boolean;
}

const builtIn: readonly string[] = builtInTopicIds;
const ownIdPattern = /^[a-z][a-zA-Z0-9]{1,39}$/;

/** The ids of the trust's own topics that are usable ids, in file order. */
export function ownTopicIds(edited: EditedConfig): string[] {
  return listAt(edited, ['extraTopics'])
    .map((topic) => textAt(topic, ['id']).trim())
    .filter((id) => ownIdPattern.test(id) && !builtIn.includes(id));
}

function idList(edited: EditedConfig, key: 'order' | 'disabled'): string[] {
  return listAt(edited, ['topics', key]).flatMap((id) => (typeof id === 'string' ? [id.trim()] : []));
}

/** Every topic, built-in and own, in the order the staff member sees them, with whether it is offered. */
export function topicEntries(edited: EditedConfig): TopicEntry[] {
  const own = ownTopicIds(edited);
  const known = new Set([...builtIn, ...own]);
  const disabled = idList(edited, 'disabled');
  return resolveTopicOrder(idList(edited, 'order'), [], own)
    .filter((id) => known.has(id))
    .map((id) => ({ id, enabled: !disabled.includes(id), own: own.includes(id) }));
}

// Writes the order and the topics turned off, leaving out ids that are no topic, and empty config.
function writeTopics(edited: EditedConfig, order: readonly string[] | undefined, disabled: readonly string[]): EditedConfig {
  const known = new Set([...builtIn, ...ownTopicIds(edited)]);
  const keep = (ids: readonly string[]) => ids.filter((id) => known.has(id));
  const topics: Record<string, unknown> = isObject(edited.topics) ? { ...edited.topics } : {};
  const [cleanOrder, cleanDisabled] = [order && keep(order), keep(disabled)];
  if (cleanOrder?.length) topics.order = cleanOrder;
  else delete topics.order;
  if (cleanDisabled.length) topics.disabled = cleanDisabled;
  else delete topics.disabled;
  return setSetting(edited, ['topics'], Object.keys(topics).length ? topics : undefined);
}

/** Offers a topic, or stops offering it. */
export function setTopicEnabled(edited: EditedConfig, id: string, enabled: boolean): EditedConfig {
  const disabled = idList(edited, 'disabled').filter((x) => x !== id);
  const order = getIn(edited, ['topics', 'order']) === undefined ? undefined : idList(edited, 'order');
  return writeTopics(edited, order, enabled ? disabled : [...disabled, id]);
}

/** Moves a topic `by` places (−1 up, +1 down); the order is then written in full. */
export function moveTopic(edited: EditedConfig, id: string, by: number): EditedConfig {
  const ids = topicEntries(edited).map((t) => t.id);
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return edited;
  [ids[from], ids[to]] = [ids[to], ids[from]];
  return writeTopics(edited, ids, idList(edited, 'disabled'));
}

/** An id no topic uses yet: `ownTopic1`, `ownTopic2`, … */
function freshTopicId(edited: EditedConfig): string {
  const used = new Set(listAt(edited, ['extraTopics']).map((t) => textAt(t, ['id'])));
  let n = 1;
  while (used.has(`ownTopic${n}`)) n++;
  return `ownTopic${n}`;
}

/** Adds one of the trust's own topics, with empty English words to fill in. */
export function addOwnTopic(edited: EditedConfig): EditedConfig {
  const topic = { id: freshTopicId(edited), text: { 'en-GB': { name: '', prompt: '', gentler: '' } } };
  return setSetting(edited, ['extraTopics'], [...listAt(edited, ['extraTopics']), topic]);
}

// Replaces (or with `to` undefined, removes) a topic id everywhere the file refers to it.
function renameReferences(edited: EditedConfig, from: string, to: string | undefined): EditedConfig {
  const swap = (ids: readonly unknown[]) => ids.flatMap((x) => (x === from ? (to === undefined ? [] : [to]) : [x]));
  let next = edited;
  for (const key of ['order', 'disabled'] as const) {
    const ids = listAt(next, ['topics', key]);
    if (ids.includes(from)) next = setSetting(next, ['topics', key], swap(ids).length ? swap(ids) : undefined);
  }
  listAt(next, ['services']).forEach((_, i) => {
    const ids = listAt(next, ['services', i, 'topics']);
    if (ids.includes(from)) next = setSetting(next, ['services', i, 'topics'], swap(ids).length ? swap(ids) : undefined);
  });
  if (isObject(next.topics) && Object.keys(next.topics).length === 0) next = setSetting(next, ['topics'], undefined);
  return next;
}

// True when `id` names exactly this one own topic, so references to it can follow it safely.
function ownsId(edited: EditedConfig, index: number, id: string): boolean {
  if (builtIn.includes(id)) return false;
  return listAt(edited, ['extraTopics']).every((topic, i) => i === index || textAt(topic, ['id']) !== id);
}

/** Changes an own topic's id, and the references to it in the topic order and the services with it. */
export function renameOwnTopic(edited: EditedConfig, index: number, id: string): EditedConfig {
  const old = textAt(edited, ['extraTopics', index, 'id']);
  const next = setSetting(edited, ['extraTopics', index, 'id'], id);
  return ownsId(edited, index, old) && ownsId(edited, index, id) ? renameReferences(next, old, id) : next;
}

/** Removes an own topic and every reference to it. */
export function removeOwnTopic(edited: EditedConfig, index: number): EditedConfig {
  const id = textAt(edited, ['extraTopics', index, 'id']);
  const next = removeAt(edited, ['extraTopics'], index);
  return ownsId(edited, index, id) ? renameReferences(next, id, undefined) : next;
}
