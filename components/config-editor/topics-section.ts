import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldMessages, type EditorView } from './config-fields.js';
import { fieldId } from './config-issues.js';
import { sourceLanguage } from '../../src/i18n/resources.js';
import { getIn, languageKey, listAt, textAt } from './config-paths.js';
import { moveTopic, setTopicEnabled, topicEntries, type TopicEntry } from './config-topics.js';
import { ownTopicsPart } from './own-topics.js';

/** The name a topic is shown by: the built-in name, or the trust's own English name (else its id). */
export function topicName(view: Pick<EditorView, 't' | 'edited'>, id: string): string {
  const own = listAt(view.edited, ['extraTopics']).find((topic) => getIn(topic, ['id']) === id);
  if (!own) return view.t(`topics:${id}.name`);
  const text = getIn(own, ['text']);
  return textAt(text, [languageKey(text, sourceLanguage) ?? sourceLanguage, 'name']).trim() || id;
}

/** The id of a topic's move button, so focus can follow the topic it moved. */
function moveId(id: string, direction: 'up' | 'down'): string {
  return `topic-${id}-${direction}`;
}

function topicRow(view: EditorView, topic: TopicEntry, index: number, total: number): TemplateResult {
  const t = view.t;
  const name = topicName(view, topic.id);
  const move = (by: number) => () => {
    view.edit((edited) => moveTopic(edited, topic.id, by));
    const to = index + by;
    // Focus stays on the same button of the moved topic, unless it reached the end where that button is gone.
    const direction = by < 0 ? (to === 0 ? 'down' : 'up') : to === total - 1 ? 'up' : 'down';
    view.focus(moveId(topic.id, direction));
    view.announce(t('configure:topics.moved', { topic: name, position: to + 1, total }));
  };
  const checkboxId = `topic-${topic.id}`;
  return html`
    <li class="topic">
      <div class="choice">
        <input type="checkbox" id=${checkboxId} .checked=${live(topic.enabled)}
          @change=${(e: Event) => view.edit((edited) => setTopicEnabled(edited, topic.id, (e.target as HTMLInputElement).checked))} />
        <label for=${checkboxId}>${name}${topic.own ? html` <span class="tag">${t('configure:topics.ownTag')}</span>` : ''}</label>
      </div>
      <div class="move">
        ${index > 0
          ? html`<button class="secondary small" id=${moveId(topic.id, 'up')} @click=${move(-1)}>${t('configure:topics.up')}<span class="visually-hidden"> ${name}</span></button>`
          : ''}
        ${index < total - 1
          ? html`<button class="secondary small" id=${moveId(topic.id, 'down')} @click=${move(1)}>${t('configure:topics.down')}<span class="visually-hidden"> ${name}</span></button>`
          : ''}
      </div>
    </li>
  `;
}

/** The topics in the staff member's order, each with a tick box to offer it and buttons to move it; then the trust's own topics. */
export function topicsSection(view: EditorView): TemplateResult {
  const t = view.t;
  const topics = topicEntries(view.edited);
  const first = topics[0] ? `topic-${topics[0].id}` : 'topics-heading';
  const listIssues = view.issues.claimRest(first, { label: t('configure:issues.where.topics'), kind: 'group' }, ['topics']);
  const own = ownTopicsPart(view);
  const rest = view.issues.claimRest('own-topics-add', { label: t('configure:issues.where.ownTopics'), kind: 'group' }, ['extraTopics']);
  return html`
    <section class="section" aria-labelledby="topics-heading">
      <h2 id="topics-heading">${t('configure:topics.heading')}</h2>
      <p>${t('configure:topics.lead')}</p>
      <fieldset id=${fieldId(['topics'])} aria-describedby=${ifDefined(describedBy('topics-list', undefined, listIssues))}>
        <legend>${t('configure:topics.legend')}</legend>
        ${fieldMessages(t, 'topics-list', listIssues)}
        <ol class="topics">${topics.map((topic, i) => topicRow(view, topic, i, topics.length))}</ol>
      </fieldset>
      ${fieldMessages(t, 'own-topics', rest)} ${own}
    </section>
  `;
}
