// What a template may set on each element a host page uses, for the framework types that opt in to it
// (src/react-jsx.ts, src/vue-components.ts). Types only: it imports no framework, and the main entry does not
// import it. Each attribute is named as in HTML and typed as the property it sets; a property with no attribute
// (an object such as `config`) is named as the property. scripts/pack.test.mjs checks every name against
// custom-elements.json, so an attribute added to an element and not here fails the tests.
import type { WcgConfigEditor, WcgConversation, WcgPlanSummary, WcgPractice, WcgPrepSheet } from './index.js';

/** The attributes and attribute-less properties of each public element, by tag. */
export interface WcgElementProps {
  'wcg-conversation': {
    lang?: WcgConversation['lang'];
    'staff-lang'?: WcgConversation['staffLang'];
    nation?: WcgConversation['nation'];
    'config-src'?: WcgConversation['configSrc'];
    'locales-base'?: WcgConversation['localesBase'];
    'share-screen'?: WcgConversation['shareScreen'];
    'heading-level'?: WcgConversation['headingLevel'];
    name?: WcgConversation['name'];
    required?: WcgConversation['required'];
    persist?: WcgConversation['persist'];
    'draft-id'?: WcgConversation['draftId'];
    'draft-hours'?: WcgConversation['draftHours'];
    evaluation?: WcgConversation['evaluation'];
    config?: WcgConversation['config'];
    draftKey?: WcgConversation['draftKey'];
    previousRecord?: WcgConversation['previousRecord'];
  };
  'wcg-practice': {
    lang?: WcgPractice['lang'];
    'scenario-src'?: WcgPractice['scenarioSrc'];
    nation?: WcgPractice['nation'];
    'no-coaching'?: WcgPractice['noCoaching'];
  };
  'wcg-plan-summary': {
    lang?: WcgPlanSummary['lang'];
    'staff-lang'?: WcgPlanSummary['staffLang'];
    record?: WcgPlanSummary['record'];
    config?: WcgPlanSummary['config'];
  };
  'wcg-prep-sheet': {
    lang?: WcgPrepSheet['lang'];
    nation?: WcgPrepSheet['nation'];
    audience?: WcgPrepSheet['audience'];
    config?: WcgPrepSheet['config'];
  };
  'wcg-config-editor': {
    lang?: WcgConfigEditor['lang'];
    config?: WcgConfigEditor['config'];
    samples?: WcgConfigEditor['samples'];
  };
}

/** The events each public element fires, by tag (every one bubbles and is composed; each name is a `WcgEventName`). */
export interface WcgElementEvents {
  'wcg-conversation': 'wcg-ready' | 'wcg-stage-change' | 'wcg-change' | 'wcg-safety' | 'wcg-complete' | 'wcg-error' | 'wcg-draft' | 'wcg-evaluation';
  'wcg-practice': 'wcg-practice-complete' | 'wcg-error';
  'wcg-plan-summary': 'wcg-error';
  'wcg-prep-sheet': 'wcg-error';
  'wcg-config-editor': never;
}

/** The tags a host page writes. */
export type WcgPublicTag = keyof WcgElementProps;
