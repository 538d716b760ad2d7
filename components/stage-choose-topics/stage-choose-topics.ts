import type { TFunction } from 'i18next';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { groupTopics, type OfferedTopicGroup } from '../../src/content/topic-groups.js';
import type { TopicDefinition } from '../../src/content/types.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageChooseTopicsStyles } from './stage-choose-topics.styles.js';
import { headingTags, type HeadingTags } from '../shared/heading.js';
import { alone, marked } from '../shared/marked-text.js';

type Direction = 'up' | 'down';

/**
 * The body of the "choose topics" stage. The staff member ticks any topics, or none, from a few headed groups
 * (a trust's own topics in a group of their own), then puts the chosen ones in the order they want to talk about them. Each move is announced politely, and keyboard focus
 * stays with the topic that moved.
 *
 * @csspart lead - The opening paragraph.
 * @csspart topics - The fieldset of topic checkboxes.
 * @csspart topic-group - One headed group of topic checkboxes, a fieldset inside `topics`.
 * @csspart topic - One topic checkbox with its name and description.
 * @csspart order - The ordered list of chosen topics.
 * @csspart order-item - One chosen topic with its move buttons.
 * @csspart status - The polite message that says where a topic moved to (visually hidden).
 */
export class WcgStageChooseTopics extends LitElement {
  static override styles = [baseStyles, stageChooseTopicsStyles];

  private readonly conversation = new ConversationController(this);

  static override properties = {
    moveMessage: { state: true, attribute: false },
  };

  /** What the last move did, for screen readers: "Sleep and energy moved to position 2 of 3". */
  private moveMessage = '';

  private readonly onToggle = (event: Event): void => {
    this.moveMessage = '';
    this.conversation.send({ type: 'topic.toggle', id: (event.target as HTMLInputElement).value });
  };

  private readonly onMove = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    const id = button.dataset.topic!;
    const direction = button.dataset.direction as Direction;
    this.conversation.send({ type: 'topic.move', id, by: direction === 'up' ? -1 : 1 });
    const chosen = this.conversation.context.chosenTopics;
    const position = chosen.indexOf(id);
    this.moveMessage = this.conversation.t('stages:chooseTopics.order.moved', {
      topic: this.topicName(id),
      position: position + 1,
      total: chosen.length,
    });
    await this.updateComplete;
    this.focusMoved(position, direction);
  };

  // Lit reuses list items by position, so focus would stay on a button that now belongs to another topic.
  // Focus the moved topic's same button again; at either end that button is disabled, so take its other one.
  private focusMoved(position: number, direction: Direction): void {
    const item = this.renderRoot.querySelectorAll<HTMLLIElement>('.order li')[position];
    const same = item?.querySelector<HTMLButtonElement>(`button[data-direction="${direction}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`button[data-direction="${direction === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private nameKey(id: string): string {
    const topic = this.conversation.content.topics.find((candidate) => candidate.id === id);
    return `${topic?.namespace ?? 'topics'}:${id}.name`;
  }

  private topicName(id: string): string {
    return alone(this.conversation.t)(this.nameKey(id));
  }

  private renderTopic(t: TFunction, topic: TopicDefinition, index: number) {
    const key = `${topic.namespace}:${topic.id}`;
    // A trust's own topic may have no description; then there is no hint to point to.
    const description = t(`${key}.description`, { defaultValue: '' }) ? marked(t, `${key}.description`) : '';
    const checked = this.conversation.context.chosenTopics.includes(topic.id);
    return html`
      <div class="choice" part="topic">
        <input
          type="checkbox"
          id="topic-${index}"
          value=${topic.id}
          .checked=${checked}
          aria-describedby=${description ? `topic-${index}-hint` : nothing}
          ?disabled=${this.conversation.disabled}
          @change=${this.onToggle}
        />
        <div>
          <label for="topic-${index}">${marked(t, `${key}.name`)}</label>
          ${description ? html`<span class="hint" id="topic-${index}-hint">${description}</span>` : nothing}
        </div>
      </div>
    `;
  }

  private renderMoveButton(t: TFunction, id: string, name: string, direction: Direction, disabled: boolean) {
    // The visible words come first in the accessible name (WCAG 2.5.3); the topic name tells the buttons apart.
    return html`
      <button type="button" class="secondary move" data-topic=${id} data-direction=${direction} ?disabled=${disabled || this.conversation.disabled} @click=${this.onMove}>
        ${marked(alone(t), `stages:chooseTopics.order.${direction === 'up' ? 'moveUp' : 'moveDown'}`)}<span class="visually-hidden"> ${name}</span>
      </button>
    `;
  }

  private renderGroup(t: TFunction, h: HeadingTags, group: OfferedTopicGroup) {
    const offered = this.conversation.content.topics;
    // The checkbox ids stay numbered by each topic's place in the offered list, whichever group shows it.
    return staticHtml`
      <fieldset class="topic-group" part="topic-group">
        <legend><${h.subsection} class="h-subsection">${marked(t, `stages:chooseTopics.groups.${group.id}`)}</${h.subsection}></legend>
        ${group.topics.map((topic) => this.renderTopic(t, topic, offered.indexOf(topic)))}
      </fieldset>
    `;
  }

  private renderOrder(t: TFunction) {
    const chosen = this.conversation.context.chosenTopics;
    if (!chosen.length) return html`<p part="order">${marked(t, 'stages:chooseTopics.order.empty')}</p>`;
    return html`
      <p class="hint" id="order-hint">${marked(t, 'stages:chooseTopics.order.hint')}</p>
      <ol class="order" part="order" aria-labelledby="order-heading" aria-describedby="order-hint">
        ${chosen.map((id, index) => {
          const name = this.topicName(id);
          return html`
            <li part="order-item">
              <div class="row">
                <span class="name">${marked(t, this.nameKey(id))}</span>
                <span class="buttons">
                  ${this.renderMoveButton(t, id, name, 'up', index === 0)}
                  ${this.renderMoveButton(t, id, name, 'down', index === chosen.length - 1)}
                </span>
              </div>
            </li>
          `;
        })}
      </ol>
    `;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, content } = this.conversation;
    const h = headingTags(content.headingLevel);
    return staticHtml`
      <p class="lead" part="lead">${marked(t, 'stages:chooseTopics.lead')}</p>
      <fieldset part="topics" aria-describedby="topics-hint">
        <legend><${h.section} class="h-section">${marked(t, 'stages:chooseTopics.topics.legend')}</${h.section}></legend>
        <span class="hint" id="topics-hint">${marked(t, 'stages:chooseTopics.topics.hint')}</span>
        ${groupTopics(content.topics).map((group) => this.renderGroup(t, h, group))}
      </fieldset>
      <${h.section} class="h-section" id="order-heading">${marked(t, 'stages:chooseTopics.order.heading')}</${h.section}>
      ${this.renderOrder(t)}
      <div class="visually-hidden" role="status" part="status">${this.moveMessage}</div>
    `;
  }
}
