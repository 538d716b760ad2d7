import { indexPath, joinPath } from '../base/parse-messages.js';
import { isList, isRecord, readOwn, reservedKeys, unreadable } from '../base/parse-values.js';

/** A piece of text the user typed, found in a draft that cannot be restored: where it was (`notes.checkIn`) and what it said. */
export interface RecoveredText {
  readonly label: string;
  readonly text: string;
}

// Fields that hold ids, dates set by the guide, choices and flags: never anything typed. Everything
// else that is text is offered back, wherever it is, so a draft of an unknown shape loses nothing.
const notTyped: ReadonlySet<string> = new Set([
  'schemaVersion', 'scriptVersion', 'savedAt', 'stage', 'today', 'availableTopics', 'chosenTopics', 'skippedTopics',
  'services', 'planErrors', 'consent', 'prepareChecks', 'safetyPath', 'safetyOpened', 'outcome', 'returnToAgree',
  'topicIndex', 'nextId', 'id', 'owner', 'status', 'previousActions',
]);

// A hostile draft can be vast or cyclic; the walk visits each object once and stops at these bounds.
const maxNodes = 20_000;
const maxDepth = 32;
const maxTexts = 2_000;

interface Node {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
}

/**
 * Every piece of non-blank text in a draft outside the fields the guide sets itself, in the order it
 * appears, labelled by its path inside the draft's `state` (`actions[0].text`). Text is returned in
 * full, exactly as stored. Never throws; a part that cannot be read is passed over.
 */
export function recoverTexts(input: unknown): RecoveredText[] {
  const found: RecoveredText[] = [];
  try {
    const state = isRecord(input) ? readOwn(input, 'state') : undefined;
    // The state's own fields are labelled as the element names them; anything beside it keeps its full path.
    const roots: Node[] = isRecord(state) ? [{ value: state, path: '', depth: 0 }, { value: input, path: '', depth: 0 }] : [{ value: input, path: '', depth: 0 }];
    const seen = new WeakSet<object>();
    for (const root of roots) walk(root, seen, found);
  } catch {
    // Every read below is guarded; whatever was found before an unexpected problem is still returned.
  }
  return found;
}

function walk(root: Node, seen: WeakSet<object>, found: RecoveredText[]): void {
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < maxNodes && found.length < maxTexts) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.trim() !== '') found.push({ label: path || 'draft', text: value });
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || depth >= maxDepth) continue;
    seen.add(value);
    // Children are pushed in reverse so they come off the stack in the order they appear.
    stack.push(...children(value, path, depth + 1).reverse());
  }
}

function children(value: object, path: string, depth: number): Node[] {
  const out: Node[] = [];
  if (isList(value)) {
    const length = readOwn(value, 'length');
    const n = typeof length === 'number' && Number.isSafeInteger(length) ? Math.min(length, maxNodes) : 0;
    for (let i = 0; i < n; i++) out.push({ value: readIndex(value, i), path: indexPath(path, i), depth });
    return out;
  }
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(value);
  } catch {
    return out;
  }
  for (const key of keys.slice(0, maxNodes)) {
    if (typeof key !== 'string' || reservedKeys.has(key) || notTyped.has(key)) continue;
    const child = readOwn(value, key);
    if (child !== unreadable) out.push({ value: child, path: joinPath(path, key), depth });
  }
  return out;
}

function readIndex(list: readonly unknown[], i: number): unknown {
  try {
    return Reflect.get(list, i);
  } catch {
    return undefined;
  }
}
