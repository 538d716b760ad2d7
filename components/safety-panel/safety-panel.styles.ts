import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-safety-panel>`: large path buttons whose chosen state shows by a tick and a heavier
 * border as well as colour, phone links big enough to tap, and a GOV.UK-style warning.
 */
export const safetyPanelStyles = css`
  .reassurance {
    font-size: 1.1em;
    border-inline-start: 4px solid ${t.colorSafety};
    padding-inline-start: calc(${t.space} * 0.75);
  }
  .paths {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${t.space} * 0.5);
    margin-block: 0 ${t.space};
  }
  .choose-label {
    flex-basis: 100%;
    font-weight: bold;
    margin: 0;
  }
  .path {
    text-align: start;
  }
  .path[aria-pressed='true'] {
    background: ${t.colorPrimary};
    color: ${t.colorButtonText};
    border-width: 4px;
    border-color: ${t.colorText};
  }
  /* A tick, so the chosen path shows without colour; decorative, as aria-pressed already says it. */
  .path[aria-pressed='true']::before {
    content: '✓';
    content: '✓' / '';
    margin-inline-end: 0.4em;
  }
  .path-steps {
    border-inline-start: 4px solid ${t.colorSafety};
    padding-inline-start: ${t.space};
    margin-block: 0 calc(${t.space} * 1.5);
  }
  .steps li {
    margin-block-end: 0.5em;
  }
  .paths + .hint {
    margin-block-end: ${t.space};
  }
  .kind .h-subsection {
    font-size: 1.15em;
    margin-block: ${t.space} 0;
  }
  .lines {
    list-style: none;
    padding: 0;
  }
  .line {
    border-block-end: 1px solid ${t.colorBorder};
    padding-block: calc(${t.space} * 0.5);
  }
  .line p {
    margin-block: 0 0.25em;
  }
  .line-name {
    font-weight: bold;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space};
  }
  .contact a,
  .source a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .call {
    font-weight: bold;
    font-size: 1.1em;
  }
  .source,
  .hours,
  .verified {
    color: ${t.colorSecondaryText};
  }
  .warning {
    display: flex;
    gap: ${t.space};
    align-items: center;
  }
  /* The shared warning mark (base styles), larger beside the emergency steps. */
  .warning-icon {
    inline-size: 2.2em;
    block-size: 2.2em;
    font-size: 1.2em;
  }
  .warning-icon::before {
    content: '!';
  }
  .escalation {
    margin-block-start: calc(${t.space} * 1.5);
  }
  @media (forced-colors: active) {
    .path[aria-pressed='true'] {
      border-color: Highlight;
    }
    .warning-icon {
      border: 2px solid CanvasText;
    }
    .reassurance,
    .path-steps {
      border-inline-start-color: CanvasText;
    }
  }
`;
