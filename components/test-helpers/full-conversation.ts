import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { WcgConversation } from '../conversation/conversation.js';
import { settle, whenReady } from './conversation-helpers.js';
import { deepFind } from './deep-find.js';
import { defineAllElements } from '../../src/define-all.js';
import type { StageId } from '../../src/model/stages.js';
import { datePartsOf, typeDate, typeInto } from './typing.js';

/** What a full run through the conversation types, chooses and opens. */
export interface DriveOptions {
  /** The text typed into a field, given a name for it such as `checkIn:note-agreed` or `plan:actions-a1-text`. */
  readonly text: (field: string) => string;
  /** The topics the staff member picks (their ids); the first two offered when not given. */
  readonly topics?: readonly string[];
  /** Opens the safety steps on the first topic and presses every path there before going back. */
  readonly safety?: boolean;
  /** Called once each stage is filled in, before moving on: a chance to look at the screen. */
  readonly onStage?: (stage: StageId | 'safety') => void | Promise<void>;
}

// Stages are told apart by the machine's own state, never by the words on screen: the drive must work in
// any language and with every text overridden, so every control is found by its id, part or type.
const stageOf = (el: WcgConversation): StageId => el.currentContext()!.stage;

function shadowOf(el: WcgConversation): ShadowRoot {
  return el.shadowRoot!;
}

function navButtons(el: WcgConversation): HTMLButtonElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')];
}

/** The stage body element (`part="body"`), whose shadow root holds the stage's own controls. */
function body(el: WcgConversation): Element {
  return shadowOf(el).querySelector('[part="body"]')!;
}

// Every free-text field in the stage body (textareas and text inputs, not the number boxes of a date), each named
// by stage and id; a second field with the same id (the what-helps answers) gets `#1`, a third `#2`.
async function typeEverywhere(el: WcgConversation, stage: string, text: DriveOptions['text']): Promise<void> {
  const used = new Map<string, number>();
  for (const field of deepFind<HTMLInputElement | HTMLTextAreaElement>(body(el), 'textarea, input[type="text"]:not([inputmode="numeric"])')) {
    const n = used.get(field.id) ?? 0;
    used.set(field.id, n + 1);
    typeInto(field, text(`${stage}:${field.id}${n ? `#${n}` : ''}`));
  }
  await settle(el);
}

async function click(el: WcgConversation, target: HTMLElement | undefined, what: string): Promise<void> {
  if (!target) throw new Error(`no ${what} on ${stageOf(el)}`);
  target.click();
  await settle(el);
}

// Shows the gentler wording on a prompt card, so its text is rendered too.
async function showGentler(el: WcgConversation): Promise<void> {
  const toggle = deepFind<HTMLButtonElement>(body(el), 'button[aria-controls="gentler"]')[0];
  if (toggle?.getAttribute('aria-expanded') === 'false') await click(el, toggle, 'gentler toggle');
}

async function visitSafety(el: WcgConversation, onStage: DriveOptions['onStage']): Promise<void> {
  await click(el, shadowOf(el).querySelector<HTMLButtonElement>('[part="safety-button"]')!, 'safety button');
  const paths = () => deepFind<HTMLButtonElement>(shadowOf(el).querySelector('wcg-safety-panel')!, 'button[part="path"]');
  const count = paths().length;
  if (count === 0) throw new Error('no safety paths');
  for (let i = 0; i < count; i++) {
    await click(el, paths()[i], `safety path ${i}`);
    await onStage?.('safety');
  }
  await click(el, navButtons(el)[0], 'way back from the safety steps');
}

async function fillPlan(el: WcgConversation, text: DriveOptions['text']): Promise<void> {
  const plan = body(el).shadowRoot!;
  await click(el, plan.querySelector<HTMLButtonElement>('#actions-add')!, 'Add an action');
  await click(el, plan.querySelector<HTMLButtonElement>('#adjustments-add')!, 'Add a change');
  plan.querySelector<HTMLInputElement>('input[type="radio"][id$="-owner-staff"]')!.click();
  plan.querySelector<HTMLInputElement>('input[type="radio"][id$="-status-notPossible"]')!.click();
  await settle(el);
  await typeEverywhere(el, 'plan', text);
  const today = el.currentContext()!.today;
  const later = (months: number) => {
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + months);
    return date.toISOString().slice(0, 10);
  };
  const due = plan.querySelector<HTMLInputElement>('input[id$="-due-day"]')!.id.replace(/-day$/, '');
  typeDate(plan, due, ...datePartsOf(later(1)));
  typeDate(plan, 'reviewDate', ...datePartsOf(later(6)));
  await settle(el);
}

/**
 * Goes through a whole conversation from the stage showing to completion, filling in every field on the way:
 * prepare checklist, each note, the review of the last plan, topics (with their gentler wording and services),
 * the safety steps, what helps, an action and a change, the review date, consent to every section.
 */
export async function driveConversation(el: WcgConversation, options: DriveOptions): Promise<void> {
  let safetyDone = !options.safety;
  for (let step = 0; step < 40 && stageOf(el) !== 'complete'; step++) {
    const stage = stageOf(el);
    const inner = body(el).shadowRoot!;
    if (stage === 'prepare' || stage === 'agree') {
      inner.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.checked || box.click());
      await settle(el);
    }
    if (stage === 'review') {
      inner.querySelectorAll<HTMLInputElement>('input[type="radio"][id$="-inProgress"]').forEach((radio) => radio.click());
      await settle(el);
    }
    if (stage === 'chooseTopics') {
      const boxes = [...inner.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      const wanted = options.topics ?? boxes.slice(0, 2).map((box) => box.value);
      boxes.filter((box) => wanted.includes(box.value)).forEach((box) => box.click());
      await settle(el);
    }
    if (stage === 'explore') {
      await showGentler(el);
      for (const list of deepFind(inner, 'wcg-service-list')) {
        list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.checked || box.click());
      }
      await settle(el);
    }
    if (stage === 'checkIn') await showGentler(el);
    if (stage === 'plan') await fillPlan(el, options.text);
    else if (stage !== 'agree') await typeEverywhere(el, stage === 'explore' ? `explore.${el.currentContext()!.topicIndex}` : stage, options.text);
    await options.onStage?.(stage);
    if (stage === 'explore' && !safetyDone) {
      safetyDone = true;
      await visitSafety(el, options.onStage);
    }
    await click(el, navButtons(el)[0], 'Continue');
  }
  if (stageOf(el) !== 'complete') throw new Error(`stopped at ${stageOf(el)}`);
  await options.onStage?.('complete');
}

/**
 * Renders a `<wcg-conversation>` (or a template holding one) and waits for its first stage, failing with a clear
 * message (not at the test's time limit) when it never shows one, as when an input crashes it.
 */
export async function mountConversation(template: TemplateResult): Promise<WcgConversation> {
  defineAllElements();
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'wcg-conversation' ? root : root.querySelector('wcg-conversation')) as WcgConversation;
  await whenReady(el);
  await settle(el);
  return el;
}
