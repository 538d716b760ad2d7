import { LitElement, html, nothing, type HTMLTemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import type { TFunction } from 'i18next';
import { servicesForTopic } from '../../src/content/conversation-content.js';
import { topicKeys } from '../../src/content/topics.js';
import type { TopicDefinition } from '../../src/content/types.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { stageExploreStyles } from './stage-explore.styles.js';
import { headingTags } from '../shared/heading.js';
import { marked } from '../shared/marked-text.js';

// Keys come from `topicKeys`, the one place that knows the `<namespace>:<id>.<field>` convention.
function keysFor(topic: TopicDefinition) {
  const all = topicKeys(topic);
  const base = `${topic.namespace}:${topic.id}`;
  const list = (field: string) => all.filter((key) => key.startsWith(`${base}.${field}.`));
  return {
    name: `${base}.name`,
    prompt: `${base}.prompt`,
    gentler: `${base}.gentler`,
    followUps: list('followUps'),
    listenFor: list('listenFor'),
    avoid: list('avoid'),
    culturalNote: topic.culturalNote ? `${base}.culturalNote` : '',
  };
}

/**
 * The body of the explore stage: the topic being talked about, one at a time in the staff member's
 * order, with its prompt card, the local services that fit it, and notes for it. The root renders the
 * stage heading and the buttons.
 *
 * @csspart position - The "Topic 2 of 3" line.
 * @csspart card - The prompt card.
 * @csspart services - The services that could help.
 * @csspart unknown - The message shown when the topic cannot be found.
 */
export class WcgStageExplore extends LitElement {
  static override styles = [baseStyles, stageExploreStyles];

  private readonly conversation = new ConversationController(this);

  private renderServices(t: TFunction, topic: TopicDefinition) {
    // A section of the stage, beside the card's own sections: not under its manager-only guidance.
    const h = headingTags(this.conversation.content.headingLevel).section;
    return staticHtml`
      <div class="services" part="services">
        <${h} class="h-section">${marked(t, 'explore:topic.services')}</${h}>
        <wcg-service-list selectable .services=${servicesForTopic(this.conversation.content.services, topic)}></wcg-service-list>
      </div>
    `;
  }

  private renderTopic(t: TFunction, topic: TopicDefinition) {
    const { chosenTopics, topicIndex } = this.conversation.context;
    const keys = keysFor(topic);
    const section = `topic.${topic.id}`;
    // The root's heading names the topic ("Talking about: …"), so no second heading repeats it here.
    return html`
      <p class="position" part="position">${marked(t, 'explore:topic.position', { current: topicIndex + 1, total: chosenTopics.length })}</p>
      <wcg-prompt-card
        part="card"
        heading-level=${this.conversation.content.headingLevel + 1}
        prompt-key=${keys.prompt}
        gentler-key=${keys.gentler}
        cultural-note-key=${keys.culturalNote}
        .followUpKeys=${keys.followUps}
        .listenForKeys=${keys.listenFor}
        .avoidKeys=${keys.avoid}
      ></wcg-prompt-card>
      ${this.renderServices(t, topic)}
      <wcg-note-field section=${section}></wcg-note-field>
      <wcg-note-field section=${section} kind="agreed"></wcg-note-field>
    `;
  }

  override render(): HTMLTemplateResult | DirectiveResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    const id = context.chosenTopics[context.topicIndex];
    const topic = content.topics.find((candidate) => candidate.id === id);
    if (!topic) return html`<p class="unknown" part="unknown">${marked(t, 'explore:topic.unknown')}</p>`;
    // Each topic gets fresh elements, so a gentler wording revealed for one topic is not left open on the next.
    return keyed(topic.id, this.renderTopic(t, topic));
  }
}
