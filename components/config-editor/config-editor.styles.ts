import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-config-editor>`: the form and the preview side by side where the element is wide, one
 * above the other where it is not. Sized by the element's own width, as a portal may give it a column.
 */
export const configEditorStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(${t.space} * 2);
  }
  @container (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    /* The preview stays in view beside the field being changed. */
    .preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .section {
    border-block-start: 2px solid ${t.colorBorder};
    padding-block: calc(${t.space} * 1.5) ${t.space};
  }
  .small-heading {
    font-size: 1.25em;
  }
  .field {
    margin-block-end: ${t.space};
  }
  .field label {
    display: block;
  }
  input[type='text'],
  select {
    min-block-size: 44px;
    display: block;
  }
  input.width-full {
    inline-size: 100%;
    max-inline-size: min(36em, 100%);
  }
  input.width-medium {
    inline-size: 100%;
    max-inline-size: min(20em, 100%);
  }
  input.width-short {
    inline-size: 8em;
  }
  textarea {
    max-inline-size: min(36em, 100%);
  }
  #wording-key {
    flex: 1 1 16em;
    max-inline-size: 30em;
  }
  select {
    max-inline-size: 100%;
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }
  input[type='file']::file-selector-button {
    font: inherit;
    min-block-size: 44px;
    margin-inline-end: 0.75em;
  }
  .message {
    display: block;
  }
  .warning-message {
    display: block;
    margin-block: 0.25em;
  }
  .has-warning {
    border-inline-start: 5px solid ${t.colorWarning};
    padding-inline-start: ${t.space};
  }
  .group {
    margin-block-end: ${t.space};
  }
  .choice {
    align-items: center;
    min-block-size: 44px;
    margin-block: 0;
  }
  .choices.columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    column-gap: ${t.space};
  }
  .row {
    border: 2px solid ${t.colorBorder};
    border-radius: ${t.radius};
    padding: ${t.space};
    margin-block-end: ${t.space};
    min-inline-size: 0;
  }
  details.row {
    padding: 0;
  }
  details.row > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding: 0.5em ${t.space};
    cursor: pointer;
    font-weight: bold;
    color: ${t.colorPrimary};
  }
  /* The marker is drawn here so it shows in every browser, and reads the same way round in right-to-left pages. */
  details.row > summary::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 3px solid currentColor;
    border-block-end: 3px solid currentColor;
    transform: rotate(-45deg);
    flex: none;
  }
  details.row[open] > summary::before {
    transform: rotate(45deg);
  }
  details.row > summary::-webkit-details-marker {
    display: none;
  }
  /* "More options" in a service: the GOV.UK details pattern, a link-like summary that opens in place. */
  details.more-options {
    margin-block: ${t.space};
  }
  details.more-options > summary {
    display: inline-block;
    min-block-size: 44px;
    cursor: pointer;
    color: ${t.colorPrimary};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details.more-options[open] > summary {
    margin-block-end: 0.5em;
  }
  .row-heading {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .row-problems {
    color: ${t.colorText};
    background: ${t.colorSurface};
    border-inline-start: 5px solid ${t.colorError};
    padding-inline: 0.4em;
    font-weight: normal;
  }
  /* A details element's content sits in its own internal slot, which does not pass box-sizing down. */
  .row-body,
  details.row > summary {
    box-sizing: border-box;
  }
  .row-body {
    padding: 0 ${t.space} ${t.space};
    margin: 0;
  }
  .row-legend {
    font-size: 1.1em;
    padding-inline: 0.25em;
  }
  .words {
    border-inline-start: 4px solid ${t.colorBorder};
    padding-inline-start: ${t.space};
    margin-block: ${t.space};
  }
  .topics,
  .languages,
  .buttons,
  .changes,
  .other-changes {
    list-style: none;
    padding: 0;
  }
  .topic,
  .languages li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    border-block-end: 1px solid ${t.colorBorder};
    padding-block: 0.25em;
  }
  .move,
  .inline,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .inline input {
    display: inline-block;
  }
  button.small {
    font-size: 0.9em;
    padding-inline: 0.75em;
  }
  .tag {
    font-weight: normal;
    font-size: 0.85em;
    border: 1px solid currentColor;
    padding-inline: 0.3em;
    margin-inline-start: 0.3em;
    white-space: nowrap;
  }
  .change {
    margin-block-end: ${t.space};
  }
  .warnings,
  .other {
    border: 5px solid ${t.colorWarning};
    padding: ${t.space};
    margin-block-end: ${t.space};
  }
  .other {
    border-color: ${t.colorError};
  }
  .warnings ul,
  .other ul {
    padding-inline-start: 1.25em;
  }
  .status {
    background: ${t.colorSurface};
    padding: calc(${t.space} * 0.75) ${t.space};
    margin-block-end: ${t.space};
  }
  .status p {
    margin: 0;
  }
  .inset {
    border-inline-start: 5px solid ${t.colorBorder};
    padding-inline-start: ${t.space};
  }
  @container (max-width: 30em) {
    .row-body {
      padding-inline: calc(${t.space} * 0.5);
    }
    .move {
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    .has-warning,
    .inset {
      border-inline-start-color: CanvasText;
    }
    .warnings,
    .other,
    .row {
      border-color: CanvasText;
    }
  }
`;
