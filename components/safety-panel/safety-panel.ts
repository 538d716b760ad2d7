import type { TFunction } from 'i18next';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { crisisEntriesFor, pathKey, safetyPathIds, safetyPaths, type CrisisKind, type SafetyPathId } from '../../src/content/crisis.js';
import { textIn } from '../../src/record/build-record.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConversationController } from '../shared/conversation-controller.js';
import { renderEscalation, renderLines, renderVerified, type LinesOptions } from './crisis-lines.js';
import { safetyPanelStyles } from './safety-panel.styles.js';
import { headingTags } from '../shared/heading.js';
import { marked } from '../shared/marked-text.js';

// Before a path is chosen, the lines that help whatever the worry is, so help is one click away.
const helpNowKinds: readonly CrisisKind[] = ['emergency', 'urgent', 'listening'];

/**
 * The body of the safety steps, shown while they are open: a choice of path (suicide or self-harm, someone
 * else at risk or not safe to work or drive, domestic abuse, a child or adult at risk), that path's steps, the
 * crisis lines for it with their sources and the date they were checked, and the trust's own escalation contact.
 *
 * @csspart paths - The group of path buttons.
 * @csspart path - One path button; `aria-pressed` says which is chosen.
 * @csspart steps - The numbered steps of the chosen path.
 * @csspart lines - The lines of one kind, under their heading.
 * @csspart verified - The date the numbers were checked.
 * @csspart warning - The warning shown when that date is more than a year old.
 * @csspart trust-note - A trust's note on a national line, labelled as the trust's.
 * @csspart escalation - The trust's policy line and escalation contact.
 */
export class WcgSafetyPanel extends LitElement {
  static override styles = [baseStyles, safetyPanelStyles];

  private readonly conversation = new ConversationController(this);

  private readonly onPath = (event: Event): void => {
    const path = (event.currentTarget as HTMLButtonElement).dataset.path as SafetyPathId;
    // A pressed toggle button un-presses when pressed again, which clears the choice.
    this.conversation.send({ type: 'safety.path', path: this.conversation.context.safetyPath === path ? null : path });
  };

  private renderPaths(chosen: SafetyPathId | null, t: TFunction) {
    return html`
      <div class="paths" role="group" aria-labelledby="choose-label" part="paths">
        <p id="choose-label" class="choose-label">${marked(t, 'safety:panel.choose')}</p>
        ${safetyPathIds.map(
          (path) => html`
            <button type="button" class="secondary path" part="path" data-path=${path} aria-pressed=${String(chosen === path)} @click=${this.onPath}>
              ${marked(t, pathKey(path, 'name'))}
            </button>
          `,
        )}
      </div>
    `;
  }

  private renderSteps(path: SafetyPathId, t: TFunction) {
    const h = headingTags(this.conversation.content.headingLevel);
    return staticHtml`
      <div class="path-steps">
        <${h.section} class="h-section">${marked(t, pathKey(path, 'name'))}</${h.section}>
        <p>${marked(t, pathKey(path, 'lead'))}</p>
        <ol class="steps" part="steps">
          ${safetyPaths[path].map((key) => html`<li>${marked(t, key)}</li>`)}
        </ol>
      </div>
    `;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.conversation.ready) return nothing;
    const { t, context, content } = this.conversation;
    const chosen = context.safetyPath;
    const organisation = textIn(content.config.organisation, content.language);
    const h = headingTags(content.headingLevel);
    const options: LinesOptions = { t, language: content.language, overrides: content.config.crisisOverrides, organisation, headings: h };
    const entries = chosen
      ? crisisEntriesFor(content.crisis, chosen)
      : helpNowKinds.flatMap((kind) => content.crisis.entries.filter((entry) => entry.kind === kind));
    return staticHtml`
      <p class="reassurance">${marked(t, 'safety:panel.reassurance')}</p>
      ${this.renderPaths(chosen, t)}
      ${chosen ? this.renderSteps(chosen, t) : html`<p class="hint">${marked(t, 'safety:panel.chooseHint')}</p>`}
      <${h.section} class="h-section">${marked(t, chosen ? 'safety:panel.linesHeading' : 'safety:panel.helpNow')}</${h.section}>
      ${renderVerified(content.crisis, context.today, options)}
      ${renderLines(entries, options)}
      ${renderEscalation(content.config.escalation, options)}
    `;
  }
}
