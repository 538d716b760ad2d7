import { css } from 'lit';
import { navStyles } from '../shared/nav.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-conversation>`: the frame, header, heading and navigation. */
export const conversationStyles = css`
  :host {
    background: ${t.colorBackground};
    padding: ${t.space};
  }
  :host([share-screen]) {
    --wcg-font-size: 1.375rem;
    --wcg-font-size-prompt: 2.125rem;
  }
  .frame {
    max-inline-size: ${t.maxWidth};
    margin-inline: auto;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: ${t.space};
    margin-block-end: ${t.space};
  }
  .progress {
    color: ${t.colorSecondaryText};
    margin: 0;
  }
  .safety-button {
    background: ${t.colorBackground};
    color: ${t.colorSafety};
    border: 3px solid currentColor;
  }
  .safety-button[aria-pressed='true'] {
    background: ${t.colorSafety};
    color: ${t.colorButtonText};
  }
  /* While the steps are open the button shows a tick, as a chosen safety path does: forced colours drop the
     filled background, and the state must not rest on colour alone. Decorative, as aria-pressed says it. */
  .safety-button[aria-pressed='true']::before {
    content: '✓';
    content: '✓' / '';
    margin-inline-end: 0.4em;
  }
  ${navStyles}
  .problems {
    border: 4px solid ${t.colorError};
    padding: ${t.space};
    margin-block-end: calc(${t.space} * 1.5);
  }
  .problems.recovered {
    border-color: ${t.colorWarning};
  }
  .problems .h-top {
    font-size: 1.2em;
  }
  .problems code,
  .problems dt {
    font-weight: bold;
  }
  .recovered-text {
    white-space: pre-wrap;
    margin-inline-start: 0;
    margin-block-end: ${t.space};
    padding: 0.5em;
    background: ${t.colorSurface};
  }
  /* GOV.UK error message: a red bar beside bold red text. It takes focus when the host form is stopped. */
  .submit-error {
    border-inline-start: 5px solid ${t.colorError};
    padding-inline-start: ${t.space};
    margin-block: 0 ${t.space};
    color: ${t.colorError};
    font-weight: bold;
  }
  .submit-error:focus {
    outline: 4px solid ${t.colorFocus};
    outline-offset: 2px;
  }
  /* Asked before a step that cannot be undone: the GOV.UK warning text's "!" beside what will happen. */
  .warning {
    border-inline-start: 8px solid ${t.colorWarning};
    background: ${t.colorSurface};
    padding: ${t.space};
    margin-block: calc(${t.space} * 2) ${t.space};
  }
  .warning:focus {
    outline: 4px solid ${t.colorFocus};
    outline-offset: 2px;
  }
  .warning .h-top {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    font-size: 1.2em;
    margin-block-start: 0;
  }
  .warning-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space};
  }
  button.warning-button {
    background: ${t.colorError};
    color: ${t.colorButtonText};
  }
  @media (forced-colors: active) {
    .warning {
      border-inline-start-color: CanvasText;
    }
    .warning-icon {
      border: 2px solid CanvasText;
    }
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space};
    border-inline-start: 5px solid ${t.colorPrimary};
    background: ${t.colorSurface};
    padding: calc(${t.space} / 2) ${t.space};
    margin-block: 0 ${t.space};
  }
  .notice p {
    margin: 0;
    flex: 1 1 20rem;
  }
  @media (forced-colors: active) {
    .safety-button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  /* On paper the stage heading stays, so a page printed mid-conversation says what it is about ("Topic 1 of 3"
     alone does not); at the end it is marked no-print, and the staff copy stands alone. */
  .unreviewed {
    margin: 0 0 ${t.space};
    color: ${t.colorSecondaryText};
    font-size: 0.9em;
  }
  @media print {
    :host {
      padding: 0;
    }
    .header,
    .nav,
    .problems,
    .notice,
    .warning,
    .submit-error {
      display: none;
    }
  }
`;
