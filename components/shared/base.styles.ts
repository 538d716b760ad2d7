import { css } from 'lit';
import { tokens as t } from './tokens.styles.js';

/**
 * Styles every element shares: text, headings, buttons, form fields, focus, and the helpers for
 * forced colours, reduced motion and print. Logical properties throughout, so right-to-left just works.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: ${t.colorText};
    font-family: ${t.fontFamily};
    font-size: ${t.fontSize};
    line-height: 1.5;
    /* Text from a trust, a trainer or the people talking may hold a word longer than a phone is wide (a web
       address, a code): it breaks rather than push the page sideways at 320px. It is inherited by everything
       below, so no element's own styles need to repeat it. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A host page's own rules (even * { all: unset }) must not change the widget's text or boxes. */
  :host > * {
    font-family: ${t.fontFamily};
    color: ${t.colorText};
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin-block: 0 calc(${t.space} * 0.75);
  }
  h2 {
    font-size: 1.6em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1em;
  }
  /* The staff member's words beside the manager's, while the screen is turned to them: on a line of their own,
     marked by a rule at the start of the line as the question in their language is. */
  .staff-text {
    display: block;
    margin-block-start: 0.2em;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid ${t.colorPrimary};
    font-weight: normal;
  }
  /* The conversation's headings look the same at any heading level: the size follows the place, not the tag. */
  .h-top {
    font-size: 1.6em;
  }
  .h-section {
    font-size: 1.25em;
  }
  .h-subsection {
    font-size: 1em;
  }
  p,
  ul,
  ol {
    margin-block: 0 ${t.space};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  a {
    color: ${t.colorPrimary};
    text-underline-offset: 0.15em;
  }
  /* A phone number (and its "Call") on one line: read and dialled whole (contact-links.ts, isPhoneNumber). */
  .number {
    white-space: nowrap;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 4px solid ${t.colorFocus};
    outline-offset: 0;
    box-shadow: 0 0 0 6px ${t.colorText};
  }
  /* The GOV.UK link focus: yellow behind the text and a dark bar below it. Forced colours (Windows high contrast)
     drop both, so a transparent outline is there as well, which they paint in a system colour; and the underline
     stays, so a focused link still reads as a link. */
  a:focus-visible {
    background: ${t.colorFocus};
    color: ${t.colorText};
    box-shadow: 0 4px ${t.colorText};
    outline: 3px solid transparent;
    text-decoration-line: underline;
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.4em;
    padding-inline: 1em;
    border-radius: ${t.radius};
    border: 2px solid transparent;
    cursor: pointer;
    background: ${t.colorButton};
    color: ${t.colorButtonText};
    font-weight: bold;
  }
  button.secondary {
    background: ${t.colorBackground};
    color: ${t.colorPrimary};
    border-color: currentColor;
  }
  button.link {
    background: none;
    border: none;
    padding-inline: 0.25em;
    color: ${t.colorPrimary};
    text-decoration: underline;
    font-weight: normal;
  }
  label,
  legend {
    font-weight: bold;
  }
  .hint {
    display: block;
    color: ${t.colorSecondaryText};
    font-weight: normal;
    margin-block: 0.25em;
  }
  input[type='text'],
  input[type='date'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    color: ${t.colorText};
    background: ${t.colorBackground};
    border: 2px solid ${t.colorText};
    border-radius: 0;
    padding: 0.3em 0.4em;
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5em;
    resize: vertical;
  }
  /* Form controls take the browser's own small control font, not the text around them: without inherit, 1.5em
     would be of that (about 13px, so 20px boxes) and the boxes would stay that size at any text size. */
  input[type='checkbox'],
  input[type='radio'] {
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    flex: none;
    accent-color: ${t.colorPrimary};
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0 0 ${t.space};
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin-block: 0.5em;
    font-weight: normal;
  }
  .choice label {
    font-weight: normal;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .error-message {
    display: block;
    color: ${t.colorError};
    font-weight: bold;
    margin-block: 0.25em;
  }
  .has-error {
    border-inline-start: 5px solid ${t.colorError};
    padding-inline-start: ${t.space};
  }
  .has-error input,
  .has-error textarea {
    border-color: ${t.colorError};
  }
  /* The GOV.UK warning mark: a bold "!" in a dark circle, before a warning that cannot be missed. */
  .warning-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    background: ${t.colorText};
    color: ${t.colorBackground};
    font-weight: bold;
  }
  .manager-only {
    border-inline-start: 4px solid ${t.colorPrimary};
    background: ${t.colorSurface};
    padding: calc(${t.space} * 0.75) ${t.space};
    margin-block: ${t.space};
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    /* Shadows are gone here: the outline alone shows focus, in the colour the person chose for it. */
    :focus-visible {
      outline-color: Highlight;
    }
    .manager-only,
    .has-error {
      border-inline-start-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  .print-copy {
    display: none;
  }
  @media print {
    button,
    .no-print {
      display: none !important;
    }
    /* A text box's words on paper (print-copy.ts), in a box that grows with them, where a text area would cut
       them off. An empty one leaves room to write by hand. */
    .print-copy {
      display: block;
      white-space: pre-wrap;
      border: 1px solid;
      padding: 0.3em 0.4em;
      min-block-size: 3em;
    }
  }
`;
