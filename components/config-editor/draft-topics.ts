import { resolveTopicOrder } from '../../src/content/trust-config.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { getIn, isObject, listAt, removeAt, setDraft, textAt, type Draft } from './draft-paths.js';

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
export function ownTopicIds(draft: Draft): string[] {
  return listAt(draft, ['extraTopics'])
    .map((topic) => textAt(topic, ['id']).trim())
    .filter((id) => ownIdPattern.test(id) && !builtIn.includes(id));
}

function idList(draft: Draft, key: 'order' | 'disabled'): string[] {
  return listAt(draft, ['topics', key]).flatMap((id) => (typeof id === 'string' ? [id.trim()] : []));
}

/** Every topic, built-in and own, in the order the staff member sees them, with whether it is offered. */
export function topicEntries(draft: Draft): TopicEntry[] {
  const own = ownTopicIds(draft);
  const known = new Set([...builtIn, ...own]);
  const disabled = idList(draft, 'disabled');
  return resolveTopicOrder(idList(draft, 'order'), [], own)
    .filter((id) => known.has(id))
    .map((id) => ({ id, enabled: !disabled.includes(id), own: own.includes(id) }));
}

// Writes the order and the topics turned off, leaving out ids that are no topic, and empty settings.
function writeTopics(draft: Draft, order: readonly string[] | undefined, disabled: readonly string[]): Draft {
  const known = new Set([...builtIn, ...ownTopicIds(draft)]);
  const keep = (ids: readonly string[]) => ids.filter((id) => known.has(id));
  const topics: Record<string, unknown> = isObject(draft.topics) ? { ...draft.topics } : {};
  const [cleanOrder, cleanDisabled] = [order && keep(order), keep(disabled)];
  if (cleanOrder?.length) topics.order = cleanOrder;
  else delete topics.order;
  if (cleanDisabled.length) topics.disabled = cleanDisabled;
  else delete topics.disabled;
  return setDraft(draft, ['topics'], Object.keys(topics).length ? topics : undefined);
}

/** Offers a topic, or stops offering it. */
export function setTopicEnabled(draft: Draft, id: string, enabled: boolean): Draft {
  const disabled = idList(draft, 'disabled').filter((x) => x !== id);
  const order = getIn(draft, ['topics', 'order']) === undefined ? undefined : idList(draft, 'order');
  return writeTopics(draft, order, enabled ? disabled : [...disabled, id]);
}

/** Moves a topic `by` places (−1 up, +1 down); the order is then written in full. */
export function moveTopic(draft: Draft, id: string, by: number): Draft {
  const ids = topicEntries(draft).map((t) => t.id);
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return draft;
  [ids[from], ids[to]] = [ids[to], ids[from]];
  return writeTopics(draft, ids, idList(draft, 'disabled'));
}

/** An id no topic uses yet: `ownTopic1`, `ownTopic2`, … */
function freshTopicId(draft: Draft): string {
  const used = new Set(listAt(draft, ['extraTopics']).map((t) => textAt(t, ['id'])));
  let n = 1;
  while (used.has(`ownTopic${n}`)) n++;
  return `ownTopic${n}`;
}

/** Adds one of the trust's own topics, with empty English words to fill in. */
export function addOwnTopic(draft: Draft): Draft {
  const topic = { id: freshTopicId(draft), text: { 'en-GB': { name: '', prompt: '', gentler: '' } } };
  return setDraft(draft, ['extraTopics'], [...listAt(draft, ['extraTopics']), topic]);
}

// Replaces (or with `to` undefined, removes) a topic id everywhere the file refers to it.
function renameReferences(draft: Draft, from: string, to: string | undefined): Draft {
  const swap = (ids: readonly unknown[]) => ids.flatMap((x) => (x === from ? (to === undefined ? [] : [to]) : [x]));
  let next = draft;
  for (const key of ['order', 'disabled'] as const) {
    const ids = listAt(next, ['topics', key]);
    if (ids.includes(from)) next = setDraft(next, ['topics', key], swap(ids).length ? swap(ids) : undefined);
  }
  listAt(next, ['services']).forEach((_, i) => {
    const ids = listAt(next, ['services', i, 'topics']);
    if (ids.includes(from)) next = setDraft(next, ['services', i, 'topics'], swap(ids).length ? swap(ids) : undefined);
  });
  if (isObject(next.topics) && Object.keys(next.topics).length === 0) next = setDraft(next, ['topics'], undefined);
  return next;
}

// True when `id` names exactly this one own topic, so references to it can follow it safely.
function ownsId(draft: Draft, index: number, id: string): boolean {
  if (builtIn.includes(id)) return false;
  return listAt(draft, ['extraTopics']).every((topic, i) => i === index || textAt(topic, ['id']) !== id);
}

/** Changes an own topic's id, and the references to it in the topic order and the services with it. */
export function renameOwnTopic(draft: Draft, index: number, id: string): Draft {
  const old = textAt(draft, ['extraTopics', index, 'id']);
  const next = setDraft(draft, ['extraTopics', index, 'id'], id);
  return ownsId(draft, index, old) && ownsId(draft, index, id) ? renameReferences(next, old, id) : next;
}

/** Removes an own topic and every reference to it. */
export function removeOwnTopic(draft: Draft, index: number): Draft {
  const id = textAt(draft, ['extraTopics', index, 'id']);
  const next = removeAt(draft, ['extraTopics'], index);
  return ownsId(draft, index, id) ? renameReferences(next, id, undefined) : next;
}
