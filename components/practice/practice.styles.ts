import { css } from 'lit';
import { navStyles } from '../shared/nav.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-practice>`: a banner marked by its words and a striped border (never by colour alone), large
 * radio choices, a persona card, the reply as a quotation, and a debrief that prints cleanly with its links written out.
 */
export const practiceStyles = css`
  :host {
    background: ${t.colorBackground};
    padding: ${t.space};
  }
  .frame {
    max-inline-size: ${t.maxWidth};
    margin-inline: auto;
  }
  .banner {
    border: 4px dashed ${t.colorText};
    background: ${t.colorSurface};
    padding: calc(${t.space} * 0.5) ${t.space};
    margin-block: 0 ${t.space};
  }
  .banner-label {
    display: inline-block;
    margin-inline-end: 0.5em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .banner-label::before {
    content: '';
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: 0.4em;
    background: ${t.colorWarning};
    border: 2px solid ${t.colorText};
  }
  wcg-error-summary {
    margin-block-end: ${t.space};
  }
  .choice .scenario-title {
    font-weight: bold;
  }
  .choice .hint {
    margin-block: 0.1em 0;
  }
  .choice label {
    padding-block: 0.1em;
  }
  .choice input {
    margin-block-start: 0.2em;
  }
  .tag {
    display: table;
    margin-block: 0.35em 0;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border: 2px solid currentColor;
    font-size: 0.9em;
  }
  .risk-tag,
  .risk-note {
    color: ${t.colorSafety};
  }
  .risk-note {
    border-inline-start: 6px solid currentColor;
    padding-inline-start: ${t.space};
  }
  form > button[type='submit'] {
    margin-block-start: calc(${t.space} * 0.5);
  }
  .own,
  .file-warnings {
    margin-block-start: calc(${t.space} * 2);
    padding-block-start: ${t.space};
    border-block-start: 1px solid ${t.colorBorder};
  }
  .own input[type='file'] {
    display: block;
    font: inherit;
    max-inline-size: 100%;
    margin-block: calc(${t.space} * 0.5);
  }
  .own input[type='file']::file-selector-button {
    font: inherit;
    font-weight: bold;
    min-block-size: 44px;
    margin-inline-end: 0.75em;
    padding-inline: 1em;
    border: 2px solid currentColor;
    border-radius: ${t.radius};
    background: ${t.colorBackground};
    color: ${t.colorPrimary};
    cursor: pointer;
  }
  .persona-card,
  .brief {
    background: ${t.colorSurface};
    border-inline-start: 6px solid ${t.colorPrimary};
    padding: ${t.space};
    margin-block: 0 ${t.space};
  }
  .eyebrow,
  .role,
  .mode-line {
    color: ${t.colorSecondaryText};
    margin-block-end: 0.25em;
  }
  .modes {
    display: grid;
    gap: ${t.space};
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    margin-block-end: ${t.space};
  }
  .mode button {
    inline-size: 100%;
  }
  .moment {
    font-size: ${t.fontSizePrompt};
    line-height: 1.3;
  }
  .reply {
    border: 2px solid ${t.colorBorder};
    padding: ${t.space};
    margin-block: 0 ${t.space};
  }
  .reply blockquote {
    font-size: 1.2em;
    margin: 0 0 ${t.space};
    padding-inline-start: ${t.space};
    border-inline-start: 4px solid ${t.colorText};
  }
  .openness {
    color: ${t.colorSecondaryText};
    margin: 0;
  }
  .coaching,
  .overall {
    border-inline-start: 6px solid ${t.colorAgreed};
    padding-inline-start: ${t.space};
    margin-block: 0 ${t.space};
  }
  .coaching.is-mistake,
  .overall-notYet,
  .overall-developing {
    border-inline-start-color: ${t.colorWarning};
  }
  .verdict.is-good::before {
    content: '✓ ';
  }
  .verdict.is-mistake::before {
    content: '! ';
  }
  .safety-steps,
  .safety-missed {
    border: 4px solid ${t.colorSafety};
    padding: ${t.space};
    margin-block: 0 ${t.space};
  }
  .safety-steps li,
  .safety-missed li,
  .answers > li {
    margin-block-end: 0.5em;
  }
  .coaching-toggle {
    margin-block: ${t.space};
  }
  /* Two areas side by side where there is room, so the observer scrolls half as far while scoring live. */
  .areas {
    display: grid;
    gap: 0 calc(${t.space} * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
  }
  .area {
    border-block-start: 1px solid ${t.colorBorder};
    padding-block-start: ${t.space};
  }
  .area .choice {
    margin-block: 0.25em;
  }
  ${navStyles}
  @media (forced-colors: active) {
    .banner,
    .persona-card,
    .brief,
    .reply,
    .safety-steps,
    .safety-missed {
      border-color: CanvasText;
    }
    .banner-label::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
