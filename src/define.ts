import { emit } from './events/events.js';
import { useStageLoader } from '../components/conversation/stage-files.js';
import type { StageId } from './model/stages.js';
import type { WcgConfigEditor } from '../components/config-editor/config-editor.js';
import type { WcgConfigPreview } from '../components/config-preview/config-preview.js';
import { WcgConversation } from '../components/conversation/conversation.js';
import type { WcgErrorSummary } from '../components/error-summary/error-summary.js';
import { WcgNoteField } from '../components/note-field/note-field.js';
import type { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
import type { WcgPractice } from '../components/practice/practice.js';
import type { WcgPrepSheet } from '../components/prep-sheet/prep-sheet.js';
import type { WcgPromptCard } from '../components/prompt-card/prompt-card.js';
import { WcgSafetyPanel } from '../components/safety-panel/safety-panel.js';
import type { WcgServiceList } from '../components/service-list/service-list.js';
import type { WcgStageAgree } from '../components/stage-agree/stage-agree.js';
import type { WcgStageCheckIn } from '../components/stage-check-in/stage-check-in.js';
import type { WcgStageChooseTopics } from '../components/stage-choose-topics/stage-choose-topics.js';
import type { WcgStageComplete } from '../components/stage-complete/stage-complete.js';
import type { WcgStageExplore } from '../components/stage-explore/stage-explore.js';
import type { WcgStageOpen } from '../components/stage-open/stage-open.js';
import type { WcgStagePlan } from '../components/stage-plan/stage-plan.js';
import { WcgStagePrepare } from '../components/stage-prepare/stage-prepare.js';
import type { WcgStageReview } from '../components/stage-review/stage-review.js';
import type { WcgStageWhatHelps } from '../components/stage-what-helps/stage-what-helps.js';

declare global {
  // A host's `document.querySelector('wcg-conversation')` or `createElement('wcg-conversation')` is typed as the
  // element. The list below is checked against this: a tag registered here must be named here, with its class.
  interface HTMLElementTagNameMap {
    'wcg-config-editor': WcgConfigEditor;
    'wcg-config-preview': WcgConfigPreview;
    'wcg-conversation': WcgConversation;
    'wcg-error-summary': WcgErrorSummary;
    'wcg-note-field': WcgNoteField;
    'wcg-plan-summary': WcgPlanSummary;
    'wcg-practice': WcgPractice;
    'wcg-prep-sheet': WcgPrepSheet;
    'wcg-prompt-card': WcgPromptCard;
    'wcg-safety-panel': WcgSafetyPanel;
    'wcg-service-list': WcgServiceList;
    'wcg-stage-agree': WcgStageAgree;
    'wcg-stage-check-in': WcgStageCheckIn;
    'wcg-stage-choose-topics': WcgStageChooseTopics;
    'wcg-stage-complete': WcgStageComplete;
    'wcg-stage-explore': WcgStageExplore;
    'wcg-stage-open': WcgStageOpen;
    'wcg-stage-plan': WcgStagePlan;
    'wcg-stage-prepare': WcgStagePrepare;
    'wcg-stage-review': WcgStageReview;
    'wcg-stage-what-helps': WcgStageWhatHelps;
  }
}

/** The elements' tags. */
type WcgTag = Extract<keyof HTMLElementTagNameMap, `wcg-${string}`>;

/** A tag and the class the map above gives it. */
type TagAndClass = { [T in WcgTag]: readonly [T, new () => HTMLElementTagNameMap[T]] }[WcgTag];

/**
 * The elements a conversation is made of, registered as soon as the script runs. Adding an element means adding it
 * to the map above and to this list or the next, and nowhere else.
 */
const conversationElements: ReadonlyArray<TagAndClass> = [
  ['wcg-conversation', WcgConversation],
  ['wcg-note-field', WcgNoteField],
  ['wcg-safety-panel', WcgSafetyPanel],
  ['wcg-stage-prepare', WcgStagePrepare],
];

/**
 * The other stages, in two files (src/elements/): fetched by a conversation in idle time once it is ready, or as it
 * reaches one of them first, so a manager does not wait for them in the middle of a conversation.
 */
export const stageFiles = {
  talk: () => import('./elements/stages-talk.js'),
  plan: () => import('./elements/stages-plan.js'),
} satisfies Record<string, () => Promise<{ elements: ReadonlyArray<TagAndClass> }>>;

/** The tag of each stage's element, and the file it is in when not in the main file. */
const stageElements: Readonly<Record<StageId, readonly [WcgTag, (keyof typeof stageFiles)?]>> = {
  prepare: ['wcg-stage-prepare'],
  open: ['wcg-stage-open', 'talk'],
  review: ['wcg-stage-review', 'talk'],
  checkIn: ['wcg-stage-check-in', 'talk'],
  chooseTopics: ['wcg-stage-choose-topics', 'talk'],
  explore: ['wcg-stage-explore', 'talk'],
  whatHelps: ['wcg-stage-what-helps', 'talk'],
  plan: ['wcg-stage-plan', 'plan'],
  agree: ['wcg-stage-agree', 'plan'],
  complete: ['wcg-stage-complete', 'plan'],
};

/**
 * The other public elements, each a file of its own (src/elements/), fetched the first time its tag is used on the
 * page, so that a page holding only a conversation never downloads practice, the settings editor or the sheets.
 * Each import has a fixed path, so the package's build and a host's bundler make each one a file of its own.
 */
export const elementFiles = {
  'wcg-practice': () => import('./elements/practice.js'),
  'wcg-config-editor': () => import('./elements/config-editor.js'),
  'wcg-prep-sheet': () => import('./elements/prep-sheet.js'),
  'wcg-plan-summary': () => import('./elements/plan-summary.js'),
} satisfies Record<string, () => Promise<{ elements: ReadonlyArray<TagAndClass> }>>;

/** A public element fetched when first used. */
export type LoadedOnUseTag = keyof typeof elementFiles;

const loadedOnUse = Object.keys(elementFiles) as LoadedOnUseTag[];

// The package's version: set by the build from package.json; `source` when the elements run from source.
declare const WCG_VERSION: string | undefined;

/** The version of the package these elements come from (`source` when run from the TypeScript sources). */
export const guideVersion: string = typeof WCG_VERSION === 'string' ? WCG_VERSION : 'source';

// Each registered class carries the version it came from, so another copy can tell whose tags it found.
const versionKey = Symbol.for('wellbeing-conversation-guide.version');

/**
 * Registers the given elements in the registry, leaving a tag that is taken alone. When another version of the
 * package took one, `wcg-version-conflict` fires once on the document, naming both versions, so the host can see
 * it (the guide writes nothing to the console).
 */
export function defineTags(registry: CustomElementRegistry, elements: ReadonlyArray<TagAndClass>): void {
  let other: string | undefined;
  for (const [tag, ctor] of elements) {
    const taken = registry.get(tag);
    if (!taken) {
      Object.defineProperty(ctor, versionKey, { value: guideVersion, configurable: true });
      registry.define(tag, ctor);
    } else if (taken !== ctor) {
      const version = (taken as unknown as Record<symbol, unknown>)[versionKey];
      if (version !== guideVersion) other ??= typeof version === 'string' ? version : 'unknown';
    }
  }
  if (other !== undefined && typeof document !== 'undefined') emit(document, 'wcg-version-conflict', { inUse: other, notUsed: guideVersion });
}

const loading = new WeakMap<CustomElementRegistry, Map<string, Promise<void>>>();

/** Fetches a file of elements once per registry and registers them; a failed fetch is tried again next time. */
function loadFile(registry: CustomElementRegistry, name: string, file: () => Promise<{ elements: ReadonlyArray<TagAndClass> }>): Promise<void> {
  let started = loading.get(registry);
  if (!started) loading.set(registry, (started = new Map()));
  const known = started.get(name);
  if (known) return known;
  const load = file().then(
    (loaded) => defineTags(registry, loaded.elements),
    (error: unknown) => {
      started.delete(name);
      throw error;
    },
  );
  started.set(name, load);
  return load;
}

/** Fetches and registers the file a stage's element is in; nothing (not a promise) when it is registered already. */
function loadStage(stage: StageId, registry: CustomElementRegistry): Promise<void> | undefined {
  const [tag, name] = stageElements[stage];
  return name && !registry.get(tag) ? loadFile(registry, `stages-${name}`, stageFiles[name]) : undefined;
}

/**
 * Fetches one of the public elements that are not in the main file and registers it (with the elements it shows
 * inside it). Resolves once the tag is defined. A host that renders the tag inside its own shadow root, where the
 * page-wide watch of `defineElements()` cannot see it, awaits this first. A failed fetch rejects, and the next call
 * tries again.
 */
export function loadElement(tag: LoadedOnUseTag, registry: CustomElementRegistry = customElements): Promise<void> {
  return loadFile(registry, tag, elementFiles[tag]);
}

const selector = loadedOnUse.join(',');
let watching = false;

/** Fetches the files of the tags used in `root`, telling each element whose file could not be fetched. */
function loadUsedIn(root: ParentNode, registry: CustomElementRegistry): void {
  const used = new Set<LoadedOnUseTag>();
  if (root instanceof Element && root.matches(selector)) used.add(root.localName as LoadedOnUseTag);
  for (const el of root.querySelectorAll(selector)) used.add(el.localName as LoadedOnUseTag);
  for (const tag of used) {
    if (registry.get(tag)) continue;
    loadElement(tag, registry).catch(() => {
      for (const el of document.querySelectorAll(tag)) {
        emit(el, 'wcg-error', { errors: [{ path: tag, message: `The file for <${tag}> could not be downloaded. Check the connection and reload the page.` }] });
      }
    });
  }
}

/**
 * Registers the elements. Safe to call more than once, and safe when another copy of the bundle has
 * already registered them: a tag that is taken is left alone (see `wcg-version-conflict`).
 *
 * The elements of a conversation are registered at once. `<wcg-practice>`, `<wcg-config-editor>`, `<wcg-prep-sheet>`
 * and `<wcg-plan-summary>` are each fetched the first time their tag appears in the document, and registered then.
 * With a scoped registry (any registry but the page's own), they are all fetched at once and registered in it as
 * they arrive.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  defineTags(registry, conversationElements);
  if (typeof document === 'undefined' || registry !== globalThis.customElements) {
    for (const tag of loadedOnUse) loadElement(tag, registry).catch(() => undefined);
    for (const name of Object.keys(stageFiles) as (keyof typeof stageFiles)[]) loadFile(registry, `stages-${name}`, stageFiles[name]).catch(() => undefined);
    return;
  }
  // A conversation asks for its stages' files as it needs them (components/conversation/stage-files.ts).
  useStageLoader((stage) => loadStage(stage, registry));
  loadUsedIn(document, registry);
  if (watching) return;
  watching = true;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadUsedIn(node, registry);
    }
  }).observe(document, { childList: true, subtree: true });
}
