import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ParseIssue } from '../../src/content/trust-config.js';
import type { TopicDefinition } from '../../src/content/types.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import { countedStages, type StageId } from '../../src/model/stages.js';
import { confirmTrigger, type ConfirmKind } from './confirm.js';
import type { DraftsView } from './draft-keeper.js';
import { defaultHeadingLevel, headingTag } from '../shared/heading.js';
import { alone, marked, markedWith, type MarkedText } from '../shared/marked-text.js';

/** The body element of each stage. Adding a stage's screen means adding its tag here. */
export const stageBodies: Record<StageId, () => TemplateResult> = {
  prepare: () => html`<wcg-stage-prepare part="body"></wcg-stage-prepare>`,
  open: () => html`<wcg-stage-open part="body"></wcg-stage-open>`,
  review: () => html`<wcg-stage-review part="body"></wcg-stage-review>`,
  checkIn: () => html`<wcg-stage-check-in part="body"></wcg-stage-check-in>`,
  chooseTopics: () => html`<wcg-stage-choose-topics part="body"></wcg-stage-choose-topics>`,
  explore: () => html`<wcg-stage-explore part="body"></wcg-stage-explore>`,
  whatHelps: () => html`<wcg-stage-what-helps part="body"></wcg-stage-what-helps>`,
  plan: () => html`<wcg-stage-plan part="body"></wcg-stage-plan>`,
  agree: () => html`<wcg-stage-agree part="body"></wcg-stage-agree>`,
  complete: () => html`<wcg-stage-complete part="body"></wcg-stage-complete>`,
};


/** A problem list for the person who set the widget up: bad config, a bad previous record. */
export function problemsPanel(t: TFunction, kind: 'config' | 'previousRecord', errors: readonly ParseIssue[], warnings: readonly ParseIssue[] = [], headingLevel = defaultHeadingLevel) {
  if (!errors.length && !warnings.length) return nothing;
  const id = `${kind}-problems-heading`;
  const h = headingTag(headingLevel);
  return staticHtml`
    <section class="problems" part="${kind === 'config' ? 'config-errors' : 'record-errors'}" aria-labelledby=${id}>
      <${h} class="h-top" id=${id}>${marked(t, `${kind}.${errors.length ? 'errorsHeading' : 'warningsHeading'}`)}</${h}>
      <p>${marked(t, `${kind}.${errors.length ? 'errorsLead' : 'warningsLead'}`)}</p>
      <ul>
        ${[...errors, ...warnings].map((issue) => html`<li><code>${issue.path || t('config.root')}</code>: ${issue.message}</li>`)}
      </ul>
    </section>
  `;
}

/** What the draft notice's buttons do. */
export interface DraftActions {
  /** Asks to start again: the conversation and any kept draft are deleted once confirmed. */
  readonly startAgain: () => void;
  /** Deletes the copy kept on this device; the conversation carries on and no copy is kept until `keepAgain`. */
  readonly stopKeeping: () => void;
  readonly keepAgain: () => void;
}

/**
 * The line that says where the draft is kept and until when, or why it is not, with its buttons: stop keeping a copy
 * on this device (losing nothing on screen) and start again (confirmed first). Once the conversation has ended, the
 * stage's own Start again is the only one.
 */
export function draftNotice(t: TFunction, drafts: DraftsView, language: string, actions: DraftActions, { disabled, ended }: { disabled: boolean; ended: boolean }) {
  if (drafts.fault) {
    return html`<p class="notice" part="draft-notice" role="status">${marked(t, `drafts.fault.${drafts.fault}`)}</p>`;
  }
  if (drafts.conflict) {
    return html`<div class="notice" part="draft-notice" role="status">
      <p>${marked(t, 'drafts.conflict')}</p>
      <button class="secondary" ?disabled=${disabled} @click=${() => drafts.takeOver()}>${marked(alone(t), 'drafts.takeOver')}</button>
    </div>`;
  }
  const startAgain = ended
    ? nothing
    : html`<button class="secondary" data-confirm=${confirmTrigger('startAgain', 'draft')} ?disabled=${disabled} @click=${actions.startAgain}>${marked(alone(t), 'nav.startAgain')}</button>`;
  // The host keeps its drafts itself, where the guide cannot delete them: starting again is all it offers.
  if (drafts.mode === 'host') {
    return html`<div class="notice kept" part="draft-notice">
      <p role="status">${marked(t, 'drafts.keptByHost')}</p>
      ${startAgain}
    </div>`;
  }
  if (drafts.stopped && !ended) {
    return html`<div class="notice" part="draft-notice">
      <p role="status">${marked(t, 'drafts.stopped')}</p>
      <button class="secondary" ?disabled=${disabled} @click=${actions.keepAgain}>${marked(alone(t), 'drafts.keepAgain')}</button>
      ${startAgain}
    </div>`;
  }
  if (!drafts.keptUntil) return nothing;
  // The date and the hour the copy is kept until, at least: each change keeps it longer, and a time to the minute
  // would change the notice, and so what a screen reader announces, at every minute of typing.
  const hour = new Date(drafts.keptUntil);
  hour.setMinutes(0, 0, 0);
  const inLanguage = (lang: string) => new Intl.DateTimeFormat([lang, 'en-GB'], { dateStyle: 'medium', timeStyle: 'short' }).format(hour);
  const until = { text: inLanguage(language), inLanguage };
  return html`<div class="notice kept" part="draft-notice">
    <p role="status">${markedWith(t, drafts.hostKey ? 'drafts.keptHostKey' : 'drafts.kept', { time: until })}</p>
    <button class="secondary" ?disabled=${disabled} @click=${actions.stopKeeping}>${marked(alone(t), 'drafts.stopKeeping')}</button>
    ${startAgain}
  </div>`;
}

// Recovered text that was a private note (`notes.checkIn`, `notes["topic.mood"]`) in a draft written by an
// older guide or somewhere else: the manager's own, never shown on a screen turned to the staff member.
const privateNote = /^notes[.[]/;

/**
 * Text from a draft that could not be restored, shown so that nothing typed is lost; while the screen is
 * shared, private notes are left out.
 */
export function recoveredPanel(t: TFunction, drafts: DraftsView, shareScreen: boolean, disabled: boolean, headingLevel = defaultHeadingLevel) {
  if (!drafts.recovered.length && !drafts.errors.length) return nothing;
  const recovered = shareScreen ? drafts.recovered.filter((r) => !privateNote.test(r.label)) : drafts.recovered;
  const h = headingTag(headingLevel);
  return staticHtml`
    <section class="problems recovered" part="recovered" aria-labelledby="recovered-heading">
      <${h} class="h-top" id="recovered-heading">${marked(t, 'drafts.recoveredHeading')}</${h}>
      <p>${marked(t, recovered.length ? 'drafts.recoveredLead' : 'drafts.recoveredNone')}</p>
      ${recovered.length
        ? html`<dl>${recovered.map((r) => html`<dt>${r.label}</dt><dd class="recovered-text">${r.text}</dd>`)}</dl>`
        : nothing}
      <button class="secondary" ?disabled=${disabled} @click=${() => drafts.dismissRecovered()}>${marked(alone(t), 'drafts.dismiss')}</button>
    </section>
  `;
}

/** The stage heading: the safety steps, the topic being talked about, or the stage's own heading. */
export function stageHeading(t: TFunction, c: ConversationContext, inSafety: boolean, topics: readonly TopicDefinition[]): MarkedText {
  if (inSafety) return marked(t, 'safety:heading');
  const topic = c.stage === 'explore' ? topics.find((x) => x.id === c.chosenTopics[c.topicIndex]) : undefined;
  if (topic) return markedWith(t, 'explore.heading', { topic: marked(t, `${topic.namespace}:${topic.id}.name`) });
  return marked(t, `stages:${c.stage}.heading`);
}

/** "Step 4 of 9", or an empty placeholder where there is no step (safety steps, completion). */
export function progressLine(t: TFunction, c: ConversationContext, inSafety: boolean) {
  if (!hasProgress(c, inSafety)) return html`<span></span>`;
  const stages = countedStages(c);
  return html`<p class="progress" part="progress" id="progress">${marked(t, 'progress', { current: stages.indexOf(c.stage) + 1, total: stages.length })}</p>`;
}

/** True when the screen shows "Step N of M" (a counted stage, not the safety steps): the heading is described by it. */
export function hasProgress(c: ConversationContext, inSafety: boolean): boolean {
  return !inSafety && countedStages(c).includes(c.stage);
}

/** The buttons a simple event is sent from. */
export type NavEvent = 'stage.next' | 'stage.back' | 'topic.skip' | 'safety.open' | 'safety.close';

/**
 * Continue and Back, with each stage's extra button (decline, skip a topic) or the safety steps' way back; declining
 * and starting again ask `confirm` first. While the host has disabled the element they are disabled, but for the
 * way back from the safety steps.
 */
export function navButtons(t: TFunction, c: ConversationContext, inSafety: boolean, send: (type: NavEvent) => () => void, confirm: (kind: ConfirmKind) => () => void, disabled: boolean) {
  if (inSafety) return html`<button @click=${send('safety.close')}>${marked(alone(t), 'safety:close')}</button>`;
  if (c.stage === 'complete') {
    return html`<button class="secondary" data-confirm=${confirmTrigger('startAgain', 'nav')} ?disabled=${disabled} @click=${confirm('startAgain')}>${marked(alone(t), 'nav.startAgain')}</button>`;
  }
  return html`
    <button ?disabled=${disabled} @click=${send('stage.next')}>${marked(alone(t), c.stage === 'agree' ? 'nav.finish' : c.returnToAgree ? 'nav.backToCheck' : 'nav.next')}</button>
    ${c.stage === 'explore' ? html`<button class="secondary" ?disabled=${disabled} @click=${send('topic.skip')}>${marked(alone(t), 'nav.skipTopic')}</button>` : nothing}
    ${c.stage === 'open'
      ? html`<button class="secondary" data-confirm=${confirmTrigger('decline', 'nav')} ?disabled=${disabled} @click=${confirm('decline')}>${marked(alone(t), 'stages:open.decline')}</button>`
      : nothing}
    ${c.stage === 'prepare' ? nothing : html`<button class="secondary" ?disabled=${disabled} @click=${send('stage.back')}>${marked(alone(t), 'nav.back')}</button>`}
  `;
}
