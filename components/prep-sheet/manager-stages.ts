import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { TopicDefinition } from '../../src/content/types.js';
import { reviewStatuses, whatHelpsQuestions } from '../../src/model/conversation.js';
import { stageIds, type StageId } from '../../src/model/stages.js';
import { openingPoints } from '../stage-open/stage-open.js';
import { prepareItems } from '../stage-prepare/stage-prepare.js';
import type { SheetView } from './sheet-view.js';

// The manager's paper guide, part one and two: every stage as the screen shows it (heading, lead and the points
// under it), then every topic's questions. The words are the screens' own keys, so paper and screen agree.

const para = (text: string) => html`<p class="paper-note">${text}</p>`;

// How many lines a list in the locale has, for text that has no content definition to count them.
function listLength(t: TFunction, key: string): number {
  const list = t(key, { returnObjects: true });
  return Array.isArray(list) ? list.length : 0;
}

// A prompt as a card: the question, a gentler way to say it, what to listen for and any cultural note.
function promptCard(t: TFunction, base: string, listenFor: number, culturalNote: boolean): TemplateResult {
  return html`
    <p class="ask"><strong>${t('summary:prep.manager.card.ask')}</strong> ${t(`${base}.prompt`)}</p>
    <p class="gentler"><strong>${t('summary:prep.manager.card.gentler')}</strong> ${t(`${base}.gentler`)}</p>
    ${listenFor
      ? html`<p class="label">${t('explore:card.listenFor')}</p>
          <ul class="points">${Array.from({ length: listenFor }, (_, n) => html`<li>${t(`${base}.listenFor.${n}`)}</li>`)}</ul>`
      : nothing}
    ${culturalNote
      ? html`<div class="note cultural-note"><p class="label">${t('explore:card.culturalNote')}</p><p>${t(`${base}.culturalNote`)}</p></div>`
      : nothing}
  `;
}

// The points under each stage's lead, on paper.
const stagePoints: { [S in StageId]: (view: SheetView) => TemplateResult } = {
  prepare: ({ t }) => html`
    <ul class="points">
      ${prepareItems.map((item) => {
        const base = `stages:prepare.checklist.items.${item}`;
        // On paper only the interpreter's hint is kept: using a colleague or relative instead is the mistake to prevent.
        return html`<li>${t(`${base}.label`)}${item === 'interpreter' ? html`<span class="item-hint">${t(`${base}.hint`)}</span>` : nothing}</li>`;
      })}
    </ul>
    <div class="note"><p class="label">${t('stages:prepare.safety.title')}</p><p>${t('stages:prepare.safety.text')}</p></div>
  `,
  open: ({ t }) => html`
    <ul class="points">${openingPoints.map((point) => html`<li>${t(`stages:open.say.${point}`)}</li>`)}</ul>
    ${para(t('summary:prep.manager.paper.open'))}
  `,
  review: ({ t }) => {
    const status = Object.fromEntries(reviewStatuses.map((s) => [s, t(`stages:review.status.${s}`)]));
    return para(t('summary:prep.manager.paper.review', { question: t('stages:review.status.legend'), ...status }));
  },
  checkIn: ({ t }) => promptCard(t, 'explore:checkIn', listLength(t, 'explore:checkIn.listenFor'), true),
  chooseTopics: ({ t }) => para(t('summary:prep.manager.paper.chooseTopics')),
  explore: ({ t }) => para(t('summary:prep.manager.paper.explore')),
  whatHelps: ({ t }) => html`
    <dl class="questions">
      ${whatHelpsQuestions.map(
        (q) => html`<dt>${t(`stages:whatHelps.questions.${q}`)}</dt>
          <dd><strong>${t('summary:prep.manager.card.gentler')}</strong> ${t(`stages:whatHelps.gentler.${q}`)}</dd>`,
      )}
    </dl>
  `,
  plan: ({ t }) => para(t('summary:prep.manager.paper.plan')),
  agree: ({ t }) => para(t('agree:lead')),
  complete: ({ t }) => para(t('summary:prep.manager.paper.complete')),
};

/** Part one: every stage, numbered, with its heading, lead and points. */
export function renderStages(view: SheetView): TemplateResult {
  const { t } = view;
  return html`
    <section class="part" aria-labelledby="part-stages">
      <h3 id="part-stages">${t('summary:prep.manager.parts.stages')}</h3>
      <ol class="stages" part="stages">
        ${stageIds.map(
          (stage, n) => html`
            <li class="stage">
              <h4>${t('summary:prep.manager.step', { n: n + 1, heading: t(`stages:${stage}.heading`) })}</h4>
              <p class="stage-lead">${t(`stages:${stage}.lead`)}</p>
              ${stagePoints[stage](view)}
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}

function topicCard(topic: TopicDefinition, { t }: SheetView) {
  const base = `${topic.namespace}:${topic.id}`;
  return html`
    <li class="topic-card">
      <h4>${t(`${base}.name`)}</h4>
      ${promptCard(t, base, topic.listenFor, topic.culturalNote)}
    </li>
  `;
}

/** Part two: each topic the trust offers, in its order, with its questions and what to listen for. */
export function renderTopics(view: SheetView): TemplateResult {
  return html`
    <section class="part" aria-labelledby="part-topics">
      <h3 id="part-topics">${view.t('summary:prep.manager.parts.topics')}</h3>
      <ul class="topic-cards" part="topics">${view.content.topics.map((topic) => topicCard(topic, view))}</ul>
    </section>
  `;
}
