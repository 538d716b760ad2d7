import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldMessages, ListedIssue } from './config-issues.js';
import { otherProblemsId } from './config-issues.js';

/** Follows a link to a field in the same shadow root: brings its label into view and focuses it, as the error summary does. */
export function focusField(root: ShadowRoot, id: string): void {
  const field = root.getElementById(id);
  if (!(field instanceof HTMLElement)) return;
  const label = 'labels' in field ? (field as HTMLInputElement).labels?.[0] : undefined;
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** The warnings, each a link to its field. Not an error summary: the config can be used despite them. */
export function warningsList(t: TFunction, warnings: readonly ListedIssue[], follow: (id: string) => void): TemplateResult | typeof nothing {
  if (!warnings.length) return nothing;
  const onClick = (id: string) => (event: Event) => {
    event.preventDefault();
    follow(id);
  };
  return html`
    <div class="warnings" part="warnings" role="group" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading" class="small-heading">${t('configure:problems.warningsHeading')}</h2>
      <p>${t('configure:problems.warningsLead')}</p>
      <ul>
        ${warnings.map((w) => html`<li><a href="#${w.target}" @click=${onClick(w.target)}>${w.text}</a></li>`)}
      </ul>
    </div>
  `;
}

/** Problems no field on the page owns (the whole file, or config the guide does not know), each with its path. */
export function otherProblems(t: TFunction, messages: FieldMessages): TemplateResult | typeof nothing {
  if (!messages.errors.length && !messages.warnings.length) return nothing;
  return html`
    <div class="other" part="other-problems">
      <h2 id=${otherProblemsId} class="small-heading" tabindex="-1">${t('configure:problems.otherHeading')}</h2>
      <p>${t('configure:problems.otherLead')}</p>
      <ul>
        ${messages.errors.map((m) => html`<li class="error-message"><span class="visually-hidden">${t('configure:problems.errorPrefix')}</span> ${m}</li>`)}
        ${messages.warnings.map((m) => html`<li><strong>${t('configure:problems.warningPrefix')}</strong> ${m}</li>`)}
      </ul>
    </div>
  `;
}

/**
 * The line under the lists: how many problems are left (or, with `errorCount` −1, how to begin, before
 * anything has been changed), and a way to undo the last removal or opening.
 */
export function statusLine(t: TFunction, errorCount: number, undo: { message: string } | undefined, onUndo: () => void): TemplateResult {
  const count = errorCount < 0 ? t('configure:status.start') : errorCount ? t('configure:status.errors', { count: errorCount }) : t('configure:status.none');
  return html`
    <div class="status" part="status">
      <p>${count}</p>
      ${undo ? html`<p>${undo.message} <button class="link" id="undo" @click=${onUndo}>${t('configure:status.undo')}</button></p>` : nothing}
    </div>
  `;
}
