import { createComponent } from '@lit/react';
import * as React from 'react';
// The package's main entry: registers every element, once, however many wrappers are used (those fetched on first
// use too). The classes of those come from their own files, which a React app's bundler includes.
import { WcgConversation as Conversation } from '../register.js';
import { WcgConfigEditor as ConfigEditor } from '../elements/config-editor.js';
import { WcgPlanSummary as PlanSummary } from '../elements/plan-summary.js';
import { WcgPractice as Practice } from '../elements/practice.js';
import { WcgPrepSheet as PrepSheet } from '../elements/prep-sheet.js';
import { eventName } from './event-names.js';

/** The React props that receive `<wcg-conversation>`'s events, and the event each one listens for. */
export const conversationEvents = {
  onReady: eventName('wcg-ready'),
  onStageChange: eventName('wcg-stage-change'),
  onChange: eventName('wcg-change'),
  onSafety: eventName('wcg-safety'),
  onComplete: eventName('wcg-complete'),
  onError: eventName('wcg-error'),
  onDraft: eventName('wcg-draft'),
  onEvaluation: eventName('wcg-evaluation'),
} as const;

/** The React props that receive `<wcg-practice>`'s events. */
export const practiceEvents = {
  onPracticeComplete: eventName('wcg-practice-complete'),
  onError: eventName('wcg-error'),
} as const;

/** The React prop that receives `wcg-error` from the elements that fire nothing else. */
export const errorEvents = {
  onError: eventName('wcg-error'),
} as const;

/**
 * `<wcg-conversation>` as a React component. Values such as `config` and `previousRecord` are set as
 * properties, not attributes; `onComplete` and the other `on*` props listen for the `wcg-*` events.
 */
export const WellbeingConversation = createComponent({
  tagName: 'wcg-conversation',
  elementClass: Conversation,
  react: React,
  events: conversationEvents,
  displayName: 'WellbeingConversation',
});

/** `<wcg-practice>` as a React component: practice mode for trainers. */
export const WellbeingPractice = createComponent({
  tagName: 'wcg-practice',
  elementClass: Practice,
  react: React,
  events: practiceEvents,
  displayName: 'WellbeingPractice',
});

/** `<wcg-plan-summary>` as a React component: a stored record, read-only and printable. */
export const WellbeingPlanSummary = createComponent({
  tagName: 'wcg-plan-summary',
  elementClass: PlanSummary,
  react: React,
  events: errorEvents,
  displayName: 'WellbeingPlanSummary',
});

/** `<wcg-prep-sheet>` as a React component: the printable sheet to read before the conversation. */
export const WellbeingPrepSheet = createComponent({
  tagName: 'wcg-prep-sheet',
  elementClass: PrepSheet,
  react: React,
  events: errorEvents,
  displayName: 'WellbeingPrepSheet',
});

/** `<wcg-config-editor>` as a React component: the page where an HR team writes the trust config. */
export const WellbeingConfigEditor = createComponent({
  tagName: 'wcg-config-editor',
  elementClass: ConfigEditor,
  react: React,
  displayName: 'WellbeingConfigEditor',
});
