import { html, nothing, type HTMLTemplateResult } from 'lit';
import type { ParseIssue } from '../../src/content/trust-config.js';

/** What a problems panel shows: its heading and lead (already translated), the issues, and how serious they are. */
export interface ProblemsPanel {
  readonly id: string;
  readonly heading: string;
  readonly lead: string;
  readonly issues: readonly ParseIssue[];
  /** Errors stop something being shown; warnings only say what was left out. */
  readonly kind: 'error' | 'warning';
  /** The `part` name, so a host page can style or hide the panel. */
  readonly part: string;
}

/**
 * A panel for the HR admin listing every problem with an input (a stored record, the trust config), each as
 * its path and a plain-words message. Parsers never put what a person typed into a message, so this is safe to show.
 */
export function renderProblems({ id, heading, lead, issues, kind, part }: ProblemsPanel): HTMLTemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  return html`
    <section class="problems ${kind}" part=${part} aria-labelledby=${id}>
      <h2 id=${id}>${heading}</h2>
      <p>${lead}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      </ul>
    </section>
  `;
}
