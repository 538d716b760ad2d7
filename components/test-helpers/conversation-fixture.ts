import { ContextProvider } from '@lit/context';
import { fixtureSync, html } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import { createActor, type Actor } from 'xstate';
import type { TrustConfig } from '../../src/content/trust-config.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { contentContext, conversationContent } from '../../src/context/content-context.js';
import { actorContext, i18nContext } from '../../src/context/lit-context-keys.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { conversationMachine } from '../../src/machine/conversation.machine.js';
import type { RecordSection } from '../../src/model/conversation.js';
import type { ConversationEvent, ConversationInput } from '../../src/machine/conversation.types.js';
import type { StageId } from '../../src/model/stages.js';
import { defineAllElements } from '../../src/define-all.js';

/** Today in every component test, so date rules do not depend on the clock. */
export const fixtureToday = '2026-11-26';

/** A trust config with every built-in topic and one local service, for tests. */
export const testConfig: TrustConfig = {
  organisation: 'Anytown Hospitals NHS Foundation Trust',
  nation: 'england',
  topicOrder: [...builtInTopicIds],
  extraTopics: [],
  services: [
    { id: 'eap', category: 'staffPsychologicalSupport', name: 'Staff support line', phone: '01632 960000', hours: 'Every day, 8am to 8pm' },
    { id: 'ohs', category: 'occupationalHealth', name: 'Occupational health', email: 'oh@example.nhs.uk', url: 'https://example.nhs.uk/oh' },
  ],
  crisisOverrides: [],
  overrides: {},
};

/** What a component test can set up before the element renders. */
export interface FixtureOptions {
  input?: ConversationInput;
  /** Events sent to the conversation before the element renders. */
  events?: ConversationEvent[];
  config?: TrustConfig;
  shareScreen?: boolean;
  /** The manager's interface language (`lang`); en-GB when not given. */
  language?: string;
  /** The staff member's language (`staff-lang`). */
  staffLanguage?: string;
}

/**
 * Renders a child element inside a stand-in for `<wcg-conversation>`: the same actor, text and content
 * contexts, so the child can be tested alone. Returns the element and the actor driving it.
 */
export async function conversationFixture<T extends LitElement>(template: TemplateResult, options: FixtureOptions = {}) {
  defineAllElements();
  const config = options.config ?? testConfig;
  const actor = createActor(conversationMachine, {
    input: { topics: config.topicOrder, today: fixtureToday, ...options.input },
  });
  actor.start();
  for (const event of options.events ?? []) actor.send(event);
  const language = options.language ?? 'en-GB';
  const i18n = await createI18n(language);
  const content = conversationContent(config, { language, staffLanguage: options.staffLanguage, shareScreen: options.shareScreen ?? false });
  // fixtureSync: the async fixture waits for an animation frame for a plain div, and a test page in a
  // background tab may get none, so every test of that file would time out.
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: actorContext, initialValue: actor });
  new ContextProvider(host, { context: i18nContext, initialValue: i18n });
  new ContextProvider(host, { context: contentContext, initialValue: content });
  render(template, host);
  const el = host.firstElementChild as T;
  await el.updateComplete;
  return { el, actor, content, i18n };
}

/** The visible text of an element's shadow root, with white space folded. */
export function getText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Something in seven sections of a conversation, and the private note `marker` beside most of them. */
export function filledEvents(marker: string): ConversationEvent[] {
  return [
    { type: 'agreed.set', section: 'checkIn', text: 'A hard month on nights' },
    { type: 'note.set', section: 'checkIn', text: marker },
    { type: 'topic.toggle', id: 'mood' },
    { type: 'agreed.set', section: 'topic.mood', text: 'Feeling flat after nights' },
    { type: 'note.set', section: 'topic.mood', text: marker },
    { type: 'agreed.set', section: 'whatHelps.keepsWell', text: 'Walking the dog' },
    { type: 'action.add' },
    { type: 'action.update', id: 'a1', text: 'Book a meeting with occupational health', owner: 'manager', due: '2026-12-10' },
    { type: 'adjustment.add' },
    { type: 'adjustment.update', id: 'j2', text: 'A desk fan', status: 'agreed' },
    { type: 'service.toggle', id: 'eap' },
    { type: 'reviewDate.set', date: '2027-03-01' },
    { type: 'note.set', section: 'plan', text: marker },
  ];
}

/** The headings of the seven sections `filledEvents` fills, in record order, as the staff member reads them. */
export const filledHeadings: readonly string[] = [
  'How things are',
  'What we talked about',
  'What helps you stay well',
  'Actions',
  'Changes to how you work',
  'Services you chose',
  'Next conversation',
];

/** The staff member's consent to record each of `sections`. */
export function consentTo(sections: readonly RecordSection[]): ConversationEvent[] {
  return sections.map((section) => ({ type: 'consent.set', section, given: true }));
}

/** Presses Continue (`stage.next`) until the conversation reaches `stage`, as a user would, then lets the element render. */
export async function continueTo(fixture: { actor: Actor<typeof conversationMachine>; el: LitElement }, stage: StageId): Promise<void> {
  for (let i = 0; i < 20 && fixture.actor.getSnapshot().context.stage !== stage; i++) fixture.actor.send({ type: 'stage.next' });
  if (fixture.actor.getSnapshot().context.stage !== stage) throw new Error(`did not reach ${stage}, at ${fixture.actor.getSnapshot().context.stage}`);
  await fixture.el.updateComplete;
}
